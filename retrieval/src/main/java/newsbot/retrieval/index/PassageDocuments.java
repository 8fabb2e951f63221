package newsbot.retrieval.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * How a passage becomes a Lucene document and back: which fields, why each type, and the hash
 * that tells an unchanged passage from a changed one. Stateless.
 */
final class PassageDocuments {
  private PassageDocuments() {}

  /** The text that is embedded for a passage: the headline stack gives it its context. */
  static String embeddingText(Article article, Passage p) {
    return article.titleStack() + "\n" + p.text();
  }

  static String hash(Page page, Article a, Passage p, String embedText) {
    String all = String.join("\u0001", embedText, a.id(), a.kind().jsonName(), a.byline(),
        page.source(), String.valueOf(page.date()), String.valueOf(page.issueNo()),
        String.valueOf(page.page()), a.title(), a.kicker(), a.subtitle());
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
          .digest(all.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Document document(Page page, Article a, Passage p, String hash) {
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
    doc.add(new StringField(Fields.ARTICLE_ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(Fields.ARTICLE_ID, new BytesRef(a.id()))); // group w/o loading
    doc.add(new StoredField(Fields.ORDINAL, p.ordinal()));
    doc.add(new StoredField(Fields.PASSAGE, p.text()));
    doc.add(new StoredField(Fields.TITLE, a.title()));
    doc.add(new StoredField(Fields.KICKER, a.kicker()));
    doc.add(new StoredField(Fields.SUBTITLE, a.subtitle()));
    doc.add(new StoredField(Fields.BYLINE, a.byline()));
    doc.add(new StringField(Fields.KIND, a.kind().jsonName(), Field.Store.YES));
    doc.add(new StringField(Fields.SOURCE, page.source(), Field.Store.YES));
    doc.add(new StoredField(Fields.HASH, hash));
    if (page.date() != null) {
      doc.add(new StoredField(Fields.DATE, page.date().toString()));
      doc.add(new LongPoint(Fields.DATE_DAY, page.date().toEpochDay()));
    }
    if (page.issueNo() != null) {
      doc.add(new StoredField(Fields.ISSUE_NO, page.issueNo()));
    }
    if (page.page() != null) {
      doc.add(new StoredField(Fields.PAGE, page.page()));
      doc.add(new IntPoint(Fields.PAGE, page.page()));
    }
    String stack = a.titleStack();
    for (ChineseAnalysis an : ChineseAnalysis.values()) {
      doc.add(new TextField(Fields.text(an), p.text(), Field.Store.NO));
      doc.add(new TextField(Fields.title(an), stack, Field.Store.NO));
    }
    return doc;
  }

  static IndexedPassage read(Document d) {
    String date = d.get(Fields.DATE);
    return new IndexedPassage(d.get(Fields.ID), d.get(Fields.ARTICLE_ID),
        d.getField(Fields.ORDINAL).numericValue().intValue(), d.get(Fields.PASSAGE),
        d.get(Fields.TITLE), d.get(Fields.KICKER), d.get(Fields.SUBTITLE), d.get(Fields.BYLINE),
        d.get(Fields.KIND), d.get(Fields.SOURCE), date == null ? null : LocalDate.parse(date),
        d.getField(Fields.ISSUE_NO) == null ? null
            : d.getField(Fields.ISSUE_NO).numericValue().intValue(),
        d.getField(Fields.PAGE) == null ? null : d.getField(Fields.PAGE).numericValue().intValue());
  }

}
