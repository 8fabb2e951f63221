package newsbot.retrieval.search;

import java.util.List;
import newsbot.retrieval.store.VectorEncoding;
import newsbot.retrieval.analysis.ChineseAnalysis;

/**
 * How the retriever combines its parts; the defaults are what measured best on the seed questions
 * (see README, "Retrieval quality").
 *
 * @param mode hybrid, BM25 only, or dense only
 * @param analyses the analysis chains whose fields BM25 searches together
 * @param titleBoost weight of a headline match relative to a body match
 * @param fusion how the two rankings are fused
 * @param denseWeight weight of the dense side in {@link Fusion#MINMAX}
 * @param depth how many passages each side retrieves before grouping by article
 * @param vectors how the store keeps the embeddings for kNN (int8: scalar-quantized)
 */
public record RetrievalSettings(Mode mode, List<ChineseAnalysis> analyses, float titleBoost,
    Fusion fusion, double denseWeight, int depth, VectorEncoding vectors) {

  public enum Mode { HYBRID, BM25, DENSE }

  public RetrievalSettings {
    analyses = List.copyOf(analyses);
  }

  public static RetrievalSettings defaults() {
    return new RetrievalSettings(Mode.HYBRID,
        List.of(ChineseAnalysis.BIGRAM_UNIGRAM), 2.0f, Fusion.MINMAX, 0.6, 100,
        VectorEncoding.INT8);
  }

  public RetrievalSettings withMode(Mode m) {
    return new RetrievalSettings(m, analyses, titleBoost, fusion, denseWeight, depth,
        vectors);
  }

  public RetrievalSettings withAnalyses(List<ChineseAnalysis> a) {
    return new RetrievalSettings(mode, a, titleBoost, fusion, denseWeight, depth,
        vectors);
  }

  public RetrievalSettings withFusion(Fusion f) {
    return new RetrievalSettings(mode, analyses, titleBoost, f, denseWeight, depth,
        vectors);
  }

  public RetrievalSettings withDenseWeight(double w) {
    return new RetrievalSettings(mode, analyses, titleBoost, fusion, w, depth,
        vectors);
  }

  public RetrievalSettings withVectors(VectorEncoding v) {
    return new RetrievalSettings(mode, analyses, titleBoost, fusion, denseWeight, depth, v);
  }

  public RetrievalSettings withTitleBoost(float b) {
    return new RetrievalSettings(mode, analyses, b, fusion, denseWeight, depth,
        vectors);
  }
}
