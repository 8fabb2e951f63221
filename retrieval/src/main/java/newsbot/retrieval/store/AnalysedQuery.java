package newsbot.retrieval.store;

import java.util.List;
import newsbot.retrieval.analysis.ChineseAnalysis;

/**
 * A query as one analysis chain cut it.
 *
 * @param terms in order, repeats kept (a repeated term counts again, as in a Lucene query)
 */
public record AnalysedQuery(ChineseAnalysis analysis, List<String> terms) {
  public AnalysedQuery {
    terms = List.copyOf(terms);
  }

  /** The query cut by each chain. */
  public static List<AnalysedQuery> of(String query, List<ChineseAnalysis> analyses) {
    return analyses.stream().map(a -> new AnalysedQuery(a, a.terms(query))).toList();
  }
}
