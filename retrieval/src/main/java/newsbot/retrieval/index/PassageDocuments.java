package newsbot.retrieval.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.store.Fields;
import newsbot.retrieval.store.IndexedPassage;
import newsbot.retrieval.store.StoredPassage;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * How a passage becomes a Lucene document and back: which fields, and why each type. Stateless.
 */
final class PassageDocuments {
  private PassageDocuments() {}

  /** The whole article's terms: searched for counts only, so no frequencies, positions or norms. */
  private static final FieldType ARTICLE_TERMS = articleTerms();

  private static FieldType articleTerms() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS);
    t.setOmitNorms(true);
    t.freeze();
    return t;
  }

  static Document document(StoredPassage stored) {
    IndexedPassage p = stored.passage();
    Document doc = new Document();
    doc.add(new StringField(Fields.ID, p.passageId(), Field.Store.YES));
    doc.add(new StringField(Fields.ARTICLE_ID, p.articleId(), Field.Store.YES));
    // group by article without loading stored fields
    doc.add(new SortedDocValuesField(Fields.ARTICLE_ID, new BytesRef(p.articleId())));
    doc.add(new StoredField(Fields.ORDINAL, p.ordinal()));
    doc.add(new IntPoint(Fields.ORDINAL, p.ordinal()));
    doc.add(new StoredField(Fields.PASSAGE, p.passage()));
    doc.add(new StoredField(Fields.TITLE, p.title()));
    doc.add(new StoredField(Fields.KICKER, p.kicker()));
    doc.add(new StoredField(Fields.SUBTITLE, p.subtitle()));
    doc.add(new StoredField(Fields.BYLINE, p.byline()));
    doc.add(new StringField(Fields.KIND, p.kind(), Field.Store.YES));
    doc.add(new StringField(Fields.SOURCE, p.source(), Field.Store.YES));
    doc.add(new StoredField(Fields.HASH, stored.hash()));
    if (p.date() != null) {
      doc.add(new StoredField(Fields.DATE, p.date().toString()));
      doc.add(new LongPoint(Fields.DATE_DAY, p.date().toEpochDay()));
    }
    if (p.issueNo() != null) {
      doc.add(new StoredField(Fields.ISSUE_NO, p.issueNo()));
    }
    if (p.page() != null) {
      doc.add(new StoredField(Fields.PAGE, p.page()));
      doc.add(new IntPoint(Fields.PAGE, p.page()));
    }
    String stack = p.titleStack();
    for (ChineseAnalysis an : ChineseAnalysis.values()) {
      doc.add(new TextField(Fields.text(an), p.passage(), Field.Store.NO));
      doc.add(new TextField(Fields.title(an), stack, Field.Store.NO));
    }
    String article = stored.articleText();
    if (article != null) {
      for (ChineseAnalysis an : Fields.ARTICLE_ANALYSES) {
        doc.add(new Field(Fields.article(an), article, ARTICLE_TERMS));
      }
    }
    doc.add(new KnnFloatVectorField(Fields.VECTOR, stored.vector(),
        VectorSimilarityFunction.DOT_PRODUCT));
    return doc;
  }

  /** Passage id → hash of every live document. */
  static Map<String, String> hashes(IndexReader reader) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader r = leaf.reader();
      Bits live = r.getLiveDocs();
      StoredFields stored = r.storedFields();
      for (int d = 0; d < r.maxDoc(); d++) {
        if (live == null || live.get(d)) {
          Document doc = stored.document(d, Set.of(Fields.ID, Fields.HASH));
          out.put(doc.get(Fields.ID), doc.get(Fields.HASH));
        }
      }
    }
    return out;
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
