package newsbot.retrieval.store;

import java.io.IOException;
import java.util.Collection;
import newsbot.retrieval.analysis.ChineseAnalysis;

/**
 * How many articles hold a term, as an analysis chain cuts the whole article (its headline stack
 * and body, {@link StoredPassage#articleText}): asked of the store that indexes them, a batch of
 * terms at a time, so that nothing scans the articles to weight a question. Thread-safe.
 */
public interface ArticleFrequencies {

  /**
   * The counts of the terms in the version searchable now.
   *
   * @param analysis one of {@link Fields#ARTICLE_ANALYSES}
   * @throws IllegalArgumentException for another analysis (its article terms are not indexed)
   */
  ArticleCounts articleCounts(ChineseAnalysis analysis, Collection<String> terms)
      throws IOException;
}
