package newsbot.retrieval.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.search.Fusion;
import newsbot.retrieval.search.HybridRetriever;
import newsbot.retrieval.search.RetrievalSettings.Mode;
import newsbot.retrieval.search.RetrievalSettings;
import newsbot.retrieval.search.Retriever;

/**
 * The runs of {@code eval}, defined once: the command prints them and {@code
 * RetrievalRegressionTest} checks each against eval/expected-metrics.json by the same name. Every
 * run over our index is this system with one thing changed (mode, analyses, model or fusion); the
 * peer baseline is langchain4j's Easy RAG ({@link EasyRagBaseline}).
 */
public final class EvalRuns {

  /** The name of this system's run. */
  public static final String SYSTEM = "newsbot";

  private static final List<List<ChineseAnalysis>> BM25_ANALYSES = List.of(
      List.of(ChineseAnalysis.UNIGRAM), List.of(ChineseAnalysis.BIGRAM),
      List.of(ChineseAnalysis.BIGRAM_UNIGRAM), List.of(ChineseAnalysis.SMARTCN),
      List.of(ChineseAnalysis.BIGRAM_UNIGRAM, ChineseAnalysis.SMARTCN));

  private EvalRuns() {}

  /**
   * A run over newsbot's own index.
   *
   * @param name its key in eval/expected-metrics.json
   * @param model whose index (and query embedding) it searches
   */
  public record IndexRun(String name, EmbeddingModelChoice model, RetrievalSettings settings) {

    /** What it runs, in words: mode, analyses, headline boost, model, fusion. */
    public String label() {
      String bm25 = "BM25 " + settings.analyses().stream().map(EvalRuns::describe)
          .collect(Collectors.joining(" and ")) + ", headline boost " + settings.titleBoost();
      String dense = "dense " + model.configName();
      return switch (settings.mode()) {
        case BM25 -> bm25;
        case DENSE -> dense;
        case HYBRID -> "hybrid " + bm25 + " + " + dense + ", " + switch (settings.fusion()) {
          case MINMAX -> "min-max fusion, dense weight " + settings.denseWeight();
          case RRF -> "RRF k=" + Fusion.RRF_K;
        };
      };
    }
  }

  /**
   * The runs over our index, in the order eval prints them: the system, BM25 alone with each
   * analysis, dense alone with each model, then the hybrid with each other model and fusion.
   */
  public static List<IndexRun> indexRuns(EmbeddingModelChoice model, RetrievalSettings system) {
    List<IndexRun> runs = new ArrayList<>();
    runs.add(new IndexRun(SYSTEM, model, system));
    for (List<ChineseAnalysis> analyses : BM25_ANALYSES) {
      runs.add(new IndexRun("bm25 " + analyses.stream().map(ChineseAnalysis::suffix)
          .collect(Collectors.joining("+")), model,
          system.withMode(Mode.BM25).withAnalyses(analyses)));
    }
    for (EmbeddingModelChoice m : EmbeddingModelChoice.values()) {
      runs.add(new IndexRun("dense " + m.configName(), m, system.withMode(Mode.DENSE)));
    }
    for (EmbeddingModelChoice m : EmbeddingModelChoice.values()) {
      for (Fusion f : Fusion.values()) {
        RetrievalSettings s = system.withMode(Mode.HYBRID).withFusion(f);
        if (m != model || !s.equals(system)) {
          runs.add(new IndexRun("hybrid " + m.configName() + " " + f.name().toLowerCase(
              Locale.ROOT), m, s));
        }
      }
    }
    return runs;
  }

  /**
   * Measures every run: the system first, the peer baseline beside it, then the other runs.
   *
   * @param libraries the seed library indexed with each model
   * @param peer the Easy RAG baseline over the same corpus
   */
  public static List<Metrics> measure(Function<EmbeddingModelChoice, NewsLibrary> libraries,
      EmbeddingModelChoice model, RetrievalSettings system, Retriever peer, List<QaItem> items)
      throws IOException {
    List<Metrics> out = new ArrayList<>();
    for (IndexRun run : indexRuns(model, system)) {
      NewsLibrary library = libraries.apply(run.model());
      Retriever retriever = new HybridRetriever(library.index(), library.embedder(),
          run.settings());
      out.add(RetrievalEval.run(run.name(), run.label(), retriever, items));
    }
    out.add(1, RetrievalEval.run(EasyRagBaseline.NAME, EasyRagBaseline.LABEL, peer, items));
    return out;
  }

  private static String describe(ChineseAnalysis a) {
    return switch (a) {
      case UNIGRAM -> "single characters (StandardAnalyzer, the Lucene default)";
      case BIGRAM -> "CJK bigrams";
      case BIGRAM_UNIGRAM -> "CJK bigrams + unigrams";
      case SMARTCN -> "smartcn words";
    };
  }
}
