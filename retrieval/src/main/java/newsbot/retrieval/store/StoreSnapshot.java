package newsbot.retrieval.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import newsbot.retrieval.analysis.ChineseAnalysis;

/**
 * The store as one search sees it: top-N by BM25 and by embedding, then the passages of the
 * candidates finally shown. Candidates are valid only within the snapshot that found them.
 * {@link #bm25} and {@link #knn} may run at the same time from two threads (a search runs its two
 * sides at once); {@link #load} follows both.
 */
public interface StoreSnapshot extends Closeable {

  /**
   * BM25 over the text (and, boosted, the headline) fields of the given analyses: every term is
   * one optional clause on the text field and one, times {@code titleBoost}, on the headline.
   *
   * @param terms the query cut by each analysis chain (in-process, identically for every engine)
   * @param filter restricts the passages, or null
   * @return best first; empty when there are no terms
   */
  List<Candidate> bm25(List<AnalysedQuery> terms, float titleBoost, int n, PassageFilter filter)
      throws IOException;

  /**
   * The passages nearest to a unit query embedding, scored (1 + cosine) / 2.
   *
   * @param filter restricts the passages, or null
   */
  List<Candidate> knn(float[] vector, int n, PassageFilter filter) throws IOException;

  /**
   * How many articles of this snapshot hold each term, as the analysis cut the whole article (the
   * field {@link Fields#article} of each article's first passage), and how many articles it holds
   * (its passages of ordinal 0). Exact: deleted passages are not counted.
   *
   * @param analysis one of {@link Fields#ARTICLE_ANALYSES}
   * @throws IllegalArgumentException for another analysis
   */
  ArticleCounts articleCounts(ChineseAnalysis analysis, Collection<String> terms)
      throws IOException;

  /** The stored passage of a candidate found through this snapshot. */
  IndexedPassage load(Candidate candidate) throws IOException;
}
