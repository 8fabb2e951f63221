package newsbot.retrieval.search;

import java.util.Locale;
import java.util.Map;

/**
 * How two article rankings (BM25 and dense) become one.
 *
 * <ul>
 *   <li>{@link #RRF}: reciprocal rank fusion, score = Σ 1 / (k + rank), k = 60;
 *   <li>{@link #MINMAX}: each list's scores scaled to [0, 1] by its min and max, then
 *       {@code weight · dense + (1 − weight) · bm25}; an article missing from a list scores 0 there.
 * </ul>
 */
public enum Fusion {
  RRF,
  MINMAX;

  public static final int RRF_K = 60;

  public static Fusion fromConfig(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Fused score of one article given its rank/score in each list (rank 0 = absent). */
  double score(int bm25Rank, double bm25Norm, int denseRank, double denseNorm, double denseWeight) {
    return switch (this) {
      case RRF -> (bm25Rank > 0 ? 1.0 / (RRF_K + bm25Rank) : 0)
          + (denseRank > 0 ? 1.0 / (RRF_K + denseRank) : 0);
      case MINMAX -> denseWeight * denseNorm + (1 - denseWeight) * bm25Norm;
    };
  }

  /** Scales scores to [0, 1]; a single score (or all equal) scales to 1. */
  static void normalise(Map<String, Double> scores, Map<String, Double> out) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double v : scores.values()) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      out.put(e.getKey(), max > min ? (e.getValue() - min) / (max - min) : 1.0);
    }
  }
}
