package newsbot.retrieval.search;

import newsbot.retrieval.store.IndexedPassage;

/**
 * One article in a result list.
 *
 * @param rank 1-based
 * @param passage the article's passage that best matches the query
 * @param score the fused score (comparable within one result list only)
 * @param bm25 the article's best BM25 score, 0 when BM25 did not find it
 * @param dense the article's best cosine similarity, 0 when kNN did not find it
 */
public record Hit(int rank, IndexedPassage passage, double score, double bm25, double dense) {
  public String articleId() {
    return passage.articleId();
  }

  /** The cosine of the query and the best passage (Lucene scores a dot product as (1+cos)/2). */
  public double cosine() {
    return 2 * dense - 1;
  }
}
