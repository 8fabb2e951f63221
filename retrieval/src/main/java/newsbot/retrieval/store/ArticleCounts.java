package newsbot.retrieval.store;

import java.util.Map;

/**
 * How many articles hold each of some terms, and how many articles there are: document
 * frequencies at the level a reader thinks in, for weighting the terms of a question.
 *
 * @param articles the articles in the store (those with at least one passage)
 * @param holding term → how many articles hold it, for every term asked (0 when none does)
 */
public record ArticleCounts(int articles, Map<String, Integer> holding) {
  public ArticleCounts {
    holding = Map.copyOf(holding);
  }
}
