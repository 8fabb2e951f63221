package newsbot.retrieval.parse;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.ArticleKind;
import newsbot.retrieval.model.Page;
import newsbot.retrieval.parse.CorpusParser.ParsedFile;

/**
 * Parsed page files as bytes and back, so that a restart re-reads what was parsed instead of
 * parsing every page of the archive again. Stateless.
 *
 * <p>Layout: magic {@code NBPF}, format version, the parsing rules' version (a string: bytes
 * written under other rules are not used), the entry count, the entries (each a key and one
 * {@link ParsedFile}), then a CRC32C of everything before it. Strings are a length and UTF-16
 * chars (Chinese text reads back without decoding), -1 for null. A file that is cut short, fails
 * its checksum or was written under other rules or another format reads as empty: it is a cache,
 * and the pages are parsed again.
 */
public final class ParsedFileCodec {

  private static final int MAGIC = 0x4E42_5046; // "NBPF"
  private static final int VERSION = 1;

  private ParsedFileCodec() {}

  /** Writes the entries (key to parsed file), in their order, under the given rules' version. */
  public static void write(OutputStream sink, String rules, Map<String, ParsedFile> entries)
      throws IOException {
    CheckedOutputStream checked = new CheckedOutputStream(sink, new CRC32C());
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    string(out, rules);
    out.writeInt(entries.size());
    for (Map.Entry<String, ParsedFile> e : entries.entrySet()) {
      string(out, e.getKey());
      parsed(out, e.getValue());
    }
    out.flush();
    int crc = (int) checked.getChecksum().getValue();
    out.writeInt(crc);
    out.flush();
  }

  /** The entries of what {@link #write} wrote under the same rules, else none. */
  public static Map<String, ParsedFile> read(ByteBuffer bytes, String rules) {
    ByteBuffer in = bytes.duplicate().order(ByteOrder.BIG_ENDIAN);
    int length = in.remaining();
    if (length < 12) {
      return Map.of();
    }
    CRC32C crc = new CRC32C();
    crc.update(in.duplicate().limit(in.position() + length - 4));
    if ((int) crc.getValue() != in.getInt(in.position() + length - 4)
        || in.getInt() != MAGIC || in.getInt() != VERSION) {
      return Map.of();
    }
    try {
      if (!rules.equals(string(in))) {
        return Map.of();
      }
      int n = in.getInt();
      Map<String, ParsedFile> out = new LinkedHashMap<>(Math.max(16, n * 4 / 3 + 1));
      for (int i = 0; i < n; i++) {
        out.put(string(in), parsed(in));
      }
      return out;
    } catch (BufferUnderflowException | IllegalArgumentException | NullPointerException e) {
      return Map.of(); // a good checksum over a malformed body: written by a broken writer
    }
  }

  private static void parsed(DataOutputStream out, ParsedFile f) throws IOException {
    out.writeInt(f.furnitureLines());
    out.writeInt(f.repeatedParagraphs());
    out.writeInt(f.joinedParagraphs());
    out.writeInt(f.unassignedLines());
    Page p = f.page();
    string(out, p.source());
    out.writeLong(p.date() == null ? Long.MIN_VALUE : p.date().toEpochDay());
    number(out, p.issueNo());
    string(out, p.edition());
    number(out, p.page());
    out.writeInt(p.articles().size());
    for (Article a : p.articles()) {
      for (String s : List.of(a.id(), a.source(), a.title(), a.kicker(), a.subtitle(),
          a.byline(), a.kind().name())) {
        string(out, s);
      }
      out.writeInt(a.paragraphs().size());
      for (String s : a.paragraphs()) {
        string(out, s);
      }
      number(out, a.continuesToPage());
      number(out, a.continuedFromPage());
    }
  }

  private static ParsedFile parsed(ByteBuffer in) {
    int furniture = in.getInt();
    int repeated = in.getInt();
    int joined = in.getInt();
    int unassigned = in.getInt();
    String source = string(in);
    long day = in.getLong();
    Integer issueNo = number(in);
    String edition = string(in);
    Integer pageNo = number(in);
    int count = in.getInt();
    List<Article> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String id = string(in);
      String articleSource = string(in);
      String title = string(in);
      String kicker = string(in);
      String subtitle = string(in);
      String byline = string(in);
      ArticleKind kind = ArticleKind.valueOf(string(in));
      int paragraphs = in.getInt();
      List<String> texts = new ArrayList<>(paragraphs);
      for (int k = 0; k < paragraphs; k++) {
        texts.add(string(in));
      }
      articles.add(new Article(id, articleSource, title, kicker, subtitle, byline, kind, texts,
          number(in), number(in)));
    }
    Page page = new Page(source, day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
        issueNo, edition, pageNo, articles);
    return new ParsedFile(page, furniture, repeated, joined, unassigned);
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    out.writeInt(s.length());
    out.writeChars(s);
  }

  private static String string(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0) {
      return null;
    }
    if (length > in.remaining() / 2) {
      throw new IllegalArgumentException("a string longer than what is left");
    }
    char[] chars = new char[length];
    in.asCharBuffer().get(chars);
    in.position(in.position() + 2 * length);
    return new String(chars);
  }

  private static void number(DataOutputStream out, Integer n) throws IOException {
    out.writeBoolean(n != null);
    out.writeInt(n == null ? 0 : n);
  }

  private static Integer number(ByteBuffer in) {
    boolean present = in.get() != 0;
    int n = in.getInt();
    return present ? n : null;
  }
}
