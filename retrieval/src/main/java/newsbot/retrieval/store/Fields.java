package newsbot.retrieval.store;

import java.util.List;
import newsbot.retrieval.analysis.ChineseAnalysis;

/** Every field name of a passage store, in one place: the embedded index and the Solr schema. */
public final class Fields {
  private Fields() {}

  /** Passage id, the unique key (StringField, stored). */
  public static final String ID = "id";
  public static final String ARTICLE_ID = "article_id";
  /** The passage's place in its article (stored; indexed as a point: 0 counts the articles). */
  public static final String ORDINAL = "ordinal";
  /** The passage text as stored (verbatim sentences). */
  public static final String PASSAGE = "passage";
  public static final String TITLE = "title";
  public static final String KICKER = "kicker";
  public static final String SUBTITLE = "subtitle";
  public static final String BYLINE = "byline";
  public static final String KIND = "kind";
  public static final String SOURCE = "source";
  /** ISO date, stored; absent when the page is undated. */
  public static final String DATE = "date";
  /** The date as epoch day, for range filters (LongPoint). */
  public static final String DATE_DAY = "date_day";
  public static final String ISSUE_NO = "issue_no";
  public static final String PAGE = "page";
  /** Hash of everything indexed for the passage: unchanged hash, no update. */
  public static final String HASH = "hash";
  /** The passage embedding (KnnFloatVectorField, dot product of unit vectors). */
  public static final String VECTOR = "vector";

  /** Analyzed passage text for one analysis chain. */
  public static String text(ChineseAnalysis analysis) {
    return "text_" + analysis.suffix();
  }

  /** Analyzed headline stack (kicker, title, subtitle) for one analysis chain. */
  public static String title(ChineseAnalysis analysis) {
    return "title_" + analysis.suffix();
  }

  /**
   * The analyses whose article-level terms are indexed ({@link #article}): those the answer gate
   * weighs question terms with.
   */
  public static final List<ChineseAnalysis> ARTICLE_ANALYSES =
      List.of(ChineseAnalysis.BIGRAM, ChineseAnalysis.SMARTCN);

  /**
   * The terms of the whole article (headline stack and body) for one of {@link
   * #ARTICLE_ANALYSES}, on its first passage only: index-only, documents without frequencies or
   * norms, for counting how many articles hold a term.
   */
  public static String article(ChineseAnalysis analysis) {
    if (!ARTICLE_ANALYSES.contains(analysis)) {
      throw new IllegalArgumentException("article terms are not indexed for " + analysis);
    }
    return "article_" + analysis.suffix();
  }
}
