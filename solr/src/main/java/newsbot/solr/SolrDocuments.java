package newsbot.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.store.Fields;
import newsbot.retrieval.store.IndexedPassage;
import newsbot.retrieval.store.StoredPassage;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * How a passage becomes a Solr document and back: the same fields as the embedded index (names
 * from {@link Fields}, types in the configset's schema). Stateless.
 */
final class SolrDocuments {
  private SolrDocuments() {}

  /** The id of the one document that is not a passage: what the last ingest recorded. */
  static final String COMMIT_ID = "_newsbot_commit";
  /** Its field: the commit data as JSON. */
  static final String COMMIT_DATA = "commit_data";
  /** Stored fields a search returns (everything a citation needs). */
  static final List<String> RETURNED = List.of(Fields.ID, Fields.ARTICLE_ID, Fields.ORDINAL,
      Fields.PASSAGE, Fields.TITLE, Fields.KICKER, Fields.SUBTITLE, Fields.BYLINE, Fields.KIND,
      Fields.SOURCE, Fields.DATE, Fields.ISSUE_NO, Fields.PAGE, "score");
  /** Matches every passage and not the commit document: only passages have an ordinal. */
  static final String PASSAGES = Fields.ORDINAL + ":[* TO *]";

  static SolrInputDocument document(StoredPassage stored) {
    IndexedPassage p = stored.passage();
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(Fields.ID, p.passageId());
    doc.addField(Fields.ARTICLE_ID, p.articleId());
    doc.addField(Fields.ORDINAL, p.ordinal());
    doc.addField(Fields.PASSAGE, p.passage());
    doc.addField(Fields.TITLE, p.title());
    doc.addField(Fields.KICKER, p.kicker());
    doc.addField(Fields.SUBTITLE, p.subtitle());
    doc.addField(Fields.BYLINE, p.byline());
    doc.addField(Fields.KIND, p.kind());
    doc.addField(Fields.SOURCE, p.source());
    doc.addField(Fields.HASH, stored.hash());
    if (p.date() != null) {
      doc.addField(Fields.DATE, p.date().toString());
      doc.addField(Fields.DATE_DAY, p.date().toEpochDay());
    }
    if (p.issueNo() != null) {
      doc.addField(Fields.ISSUE_NO, p.issueNo());
    }
    if (p.page() != null) {
      doc.addField(Fields.PAGE, p.page());
    }
    String stack = p.titleStack();
    for (ChineseAnalysis an : ChineseAnalysis.values()) {
      doc.addField(Fields.text(an), p.passage());
      doc.addField(Fields.title(an), stack);
    }
    String article = stored.articleText();
    if (article != null) {
      for (ChineseAnalysis an : Fields.ARTICLE_ANALYSES) {
        doc.addField(Fields.article(an), article);
      }
    }
    List<Float> vector = new ArrayList<>(stored.vector().length);
    for (float f : stored.vector()) {
      vector.add(f);
    }
    doc.addField(Fields.VECTOR, vector);
    return doc;
  }

  static IndexedPassage read(SolrDocument d) {
    Object date = d.getFieldValue(Fields.DATE);
    return new IndexedPassage(text(d, Fields.ID), text(d, Fields.ARTICLE_ID),
        number(d, Fields.ORDINAL), text(d, Fields.PASSAGE), text(d, Fields.TITLE),
        text(d, Fields.KICKER), text(d, Fields.SUBTITLE), text(d, Fields.BYLINE),
        text(d, Fields.KIND), text(d, Fields.SOURCE),
        date == null ? null : LocalDate.parse(date.toString()),
        optionalNumber(d, Fields.ISSUE_NO), optionalNumber(d, Fields.PAGE));
  }

  /** A stored string; "" when Solr left an empty value out, as the embedded index keeps it. */
  private static String text(SolrDocument d, String field) {
    Object v = d.getFieldValue(field);
    return v == null ? "" : v.toString();
  }

  private static int number(SolrDocument d, String field) {
    return ((Number) d.getFieldValue(field)).intValue();
  }

  private static Integer optionalNumber(SolrDocument d, String field) {
    Object v = d.getFieldValue(field);
    return v == null ? null : ((Number) v).intValue();
  }
}
