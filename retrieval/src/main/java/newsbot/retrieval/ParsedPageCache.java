package newsbot.retrieval;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.CorpusParser.ParsedFile;
import newsbot.retrieval.parse.Manifest;
import newsbot.retrieval.parse.PageReader;
import newsbot.retrieval.parse.ParsedFileCodec;
import newsbot.retrieval.parse.RejectedFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Page files parsed once: each page's parse is kept under its file name, the SHA-1 of its bytes
 * and its manifest entry, so an ingest parses only the pages that are new or changed (a day's
 * eight, not the archive's thirty thousand) and a restart reads the parses back instead of
 * parsing again. Pages of one issue are still stitched together afresh each time, which is cheap.
 * Persisted in one file ({@link ParsedFileCodec}) under the parsing rules' version and the
 * parser's configuration; a missing, damaged or outdated file only means parsing again. Not
 * thread-safe (used under the library's ingest lock or its first parse).
 */
final class ParsedPageCache {

  private static final Logger LOG = LoggerFactory.getLogger(ParsedPageCache.class);

  private final Path store; // null: in memory only
  private final CorpusParser parser;
  private final String rules;
  private Map<String, ParsedFile> parsed = new HashMap<>();
  private final Set<String> used = new java.util.HashSet<>();
  private boolean dirty;
  private boolean loaded;

  /**
   * @param store the file the parses persist in, or null to keep them in memory only
   * @param version the parsing rules' version: parses written under another are not used
   */
  ParsedPageCache(Path store, CorpusParser parser, String version) {
    this.store = store;
    this.parser = parser;
    this.rules = version + "\n" + parser.configuration();
  }

  /**
   * The parse of a page file whose bytes hash to {@code sha1}, from the cache or parsed now.
   *
   * @throws RejectedFileException when the page does not parse (not cached: it is tried again)
   */
  ParsedFile parse(Path file, String sha1, Manifest.Entry entry) throws RejectedFileException {
    load();
    String name = file.getFileName().toString();
    String key = name + "|" + sha1 + (isEmpty(entry) ? "" : "|" + entry);
    used.add(key);
    ParsedFile hit = parsed.get(key);
    if (hit != null) {
      return hit;
    }
    ParsedFile fresh = parser.parseFile(name, PageReader.read(file), entry);
    parsed.put(key, fresh);
    dirty = true;
    return fresh;
  }

  /**
   * Forgets the parses not asked for since the last call (pages deleted or changed), then writes
   * the cache when it changed.
   */
  void keepUsedAndSave() throws IOException {
    if (parsed.keySet().retainAll(used)) {
      dirty = true;
    }
    used.clear();
    if (store == null || !dirty) {
      return;
    }
    Files.createDirectories(store.getParent());
    Path temp = store.resolveSibling(store.getFileName() + ".tmp");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
      ParsedFileCodec.write(out, rules, new LinkedHashMap<>(parsed));
    }
    Files.move(temp, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    dirty = false;
  }

  private void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    if (store == null || !Files.isRegularFile(store)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(store, StandardOpenOption.READ)) {
      Map<String, ParsedFile> read = ParsedFileCodec.read(
          channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()), rules);
      if (read.isEmpty() && channel.size() > 0) {
        LOG.info("{} was written under other rules or is damaged: the pages are parsed again",
            store);
      }
      parsed = new HashMap<>(read);
    } catch (IOException | RuntimeException e) {
      LOG.warn("{} could not be read: the pages are parsed again", store, e);
    }
  }

  private static boolean isEmpty(Manifest.Entry e) {
    return e.date() == null && e.issueNo() == null && e.page() == null && e.edition() == null;
  }
}
