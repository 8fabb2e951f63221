package newsbot.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.eval.Metrics;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.QaSet;
import newsbot.retrieval.eval.RetrievalEval;
import newsbot.retrieval.index.ChineseAnalysis;
import newsbot.retrieval.search.RetrievalSettings.Mode;
import org.junit.jupiter.api.Test;

/**
 * Anserini-style regression: the expected metrics of this system and its baselines on
 * eval/qa-dev.jsonl are data (eval/expected-metrics.json); every run must reproduce them, and the
 * system must keep hit@1 ≥ 0.95 and hit@5 = 1.0 and never fall below its best single component.
 */
class RetrievalRegressionTest {

  static final Path QA = Path.of("eval", "qa-dev.jsonl");
  static final Path EXPECTED = Path.of("eval", "expected-metrics.json");

  @Test
  void should_reproduce_the_expected_metrics_of_every_run() throws IOException {
    List<QaItem> items = QaSet.load(QA);
    NewsLibrary bge = Fixtures.seedLibrary(EmbeddingModelChoice.BGE_SMALL_ZH_V15);
    NewsLibrary minilm = Fixtures.seedLibrary(EmbeddingModelChoice.ALL_MINILM_L6_V2);
    RetrievalSettings system = RetrievalSettings.defaults();
    Map<String, Metrics> runs = new LinkedHashMap<>();
    put(runs, RetrievalEval.run("newsbot", new HybridRetriever(bge.index(), system), items));
    for (ChineseAnalysis a : ChineseAnalysis.values()) {
      put(runs, RetrievalEval.run("bm25 " + a.suffix(), new HybridRetriever(bge.index(),
          system.withMode(Mode.BM25).withAnalyses(List.of(a))), items));
    }
    put(runs, RetrievalEval.run("dense bge-small-zh-v15",
        new HybridRetriever(bge.index(), system.withMode(Mode.DENSE)), items));
    put(runs, RetrievalEval.run("dense all-minilm-l6-v2",
        new HybridRetriever(minilm.index(), system.withMode(Mode.DENSE)), items));
    put(runs, RetrievalEval.run("hybrid bge-small-zh-v15 rrf",
        new HybridRetriever(bge.index(), system.withFusion(Fusion.RRF)), items));
    put(runs, RetrievalEval.run("hybrid all-minilm-l6-v2 minmax",
        new HybridRetriever(minilm.index(), system), items));

    JsonNode expected = new ObjectMapper()
        .readTree(Files.readString(EXPECTED, StandardCharsets.UTF_8)).get("qa-dev.jsonl");
    List<String> report = new ArrayList<>();
    boolean ok = true;
    for (Map.Entry<String, JsonNode> e : expected.properties()) {
      Metrics m = runs.get(e.getKey());
      for (String metric : List.of("hit_at_1", "hit_at_3", "hit_at_5", "mrr_at_10")) {
        double want = e.getValue().get(metric).asDouble();
        double got = value(m, metric);
        boolean same = Math.abs(want - got) < 0.001;
        ok &= same;
        report.add(String.format("%-32s %-10s expected %.4f got %.4f %s", e.getKey(), metric,
            want, got, same ? "OK" : "FAIL"));
      }
    }
    report.forEach(System.out::println);
    assertTrue(ok, String.join("\n", report));
    assertEquals(expected.size(), runs.size(), "every run has expected values");

    Metrics system1 = runs.get("newsbot");
    assertTrue(system1.hitAt1() >= 0.95, "hit@1 " + system1.hitAt1());
    assertEquals(1.0, system1.hitAt5());
    for (Metrics single : runs.values()) {
      if (single.name().startsWith("bm25") || single.name().startsWith("dense")) {
        assertTrue(system1.mrrAt10() >= single.mrrAt10(), "hybrid below " + single.name());
        assertTrue(system1.hitAt1() >= single.hitAt1(), "hybrid below " + single.name());
      }
    }
  }

  private static void put(Map<String, Metrics> runs, Metrics m) {
    runs.put(m.name(), m);
  }

  private static double value(Metrics m, String metric) {
    return switch (metric) {
      case "hit_at_1" -> m.hitAt1();
      case "hit_at_3" -> m.hitAt3();
      case "hit_at_5" -> m.hitAt5();
      default -> Math.round(m.mrrAt10() * 10000) / 10000.0;
    };
  }
}
