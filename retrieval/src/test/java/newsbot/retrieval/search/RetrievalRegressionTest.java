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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.eval.EasyRagBaseline;
import newsbot.retrieval.eval.EvalRuns;
import newsbot.retrieval.eval.Metrics;
import newsbot.retrieval.eval.QaSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Anserini-style regression: the runs are those of {@code eval} ({@link EvalRuns}), their expected
 * metrics on eval/qa-dev.jsonl are data (eval/expected-metrics.json, by run name); every run must
 * reproduce them, and the system must keep hit@1 ≥ 0.95 and hit@5 = 1.0, never fall below one of
 * its single components, and stay ahead of langchain4j's Easy RAG defaults.
 */
class RetrievalRegressionTest {

  static final Path QA = Path.of("eval", "qa-dev.jsonl");
  static final Path EXPECTED = Path.of("eval", "expected-metrics.json");
  static final List<String> METRICS = List.of("hit_at_1", "hit_at_3", "hit_at_5", "mrr_at_10");

  static List<Metrics> runs;
  static JsonNode expected;

  @BeforeAll
  static void measureEveryRun() throws IOException {
    Map<EmbeddingModelChoice, NewsLibrary> libraries = new EnumMap<>(EmbeddingModelChoice.class);
    for (EmbeddingModelChoice m : EmbeddingModelChoice.values()) {
      libraries.put(m, Fixtures.seedLibrary(m));
    }
    long start = System.nanoTime();
    EasyRagBaseline peer = EasyRagBaseline.open(
        libraries.get(EmbeddingModelChoice.BGE_SMALL_ZH_V15).corpus(),
        Path.of("retrieval", "target", "test-data", "easy-rag"));
    System.out.printf("easy-rag baseline: %d segments ready in %d ms%n", peer.segments(),
        (System.nanoTime() - start) / 1_000_000);
    runs = EvalRuns.measure(libraries::get, EmbeddingModelChoice.BGE_SMALL_ZH_V15,
        RetrievalSettings.defaults(), peer, QaSet.load(QA));
    expected = new ObjectMapper().readTree(Files.readString(EXPECTED, StandardCharsets.UTF_8))
        .get(QA.getFileName().toString());
  }

  @Test
  void should_have_expected_metrics_for_exactly_the_runs_of_eval() {
    List<String> names = runs.stream().map(Metrics::name).toList();
    List<String> recorded = new ArrayList<>();
    expected.fieldNames().forEachRemaining(recorded::add);
    assertEquals(names, recorded);
  }

  @Test
  void should_reproduce_the_expected_metrics_of_every_run() {
    List<String> report = new ArrayList<>();
    boolean ok = true;
    for (Metrics m : runs) {
      JsonNode want = expected.path(m.name());
      for (String metric : METRICS) {
        double got = value(m, metric);
        boolean same = want.has(metric) && Math.abs(want.get(metric).asDouble() - got) < 0.001;
        ok &= same;
        report.add(String.format("%-32s %-10s expected %s got %.4f %s", m.name(), metric,
            want.path(metric).asText("none"), got, same ? "OK" : "FAIL"));
      }
    }
    report.forEach(System.out::println);
    assertTrue(ok, String.join("\n", report));
  }

  @Test
  void should_keep_the_system_above_its_floor_and_every_single_component() {
    Metrics system = run(EvalRuns.SYSTEM);
    assertTrue(system.hitAt1() >= 0.95, "hit@1 " + system.hitAt1());
    assertEquals(1.0, system.hitAt5());
    for (Metrics single : runs) {
      if (single.name().startsWith("bm25") || single.name().startsWith("dense")) {
        assertTrue(system.mrrAt10() >= single.mrrAt10(), "MRR below " + single.name());
        assertTrue(system.hitAt1() >= single.hitAt1(), "hit@1 below " + single.name());
      }
    }
  }

  @Test
  void should_stay_ahead_of_langchain4j_easy_rag_defaults() {
    Metrics system = run(EvalRuns.SYSTEM);
    Metrics peer = run(EasyRagBaseline.NAME);
    assertEquals(runs.get(1), peer, "the peer baseline is printed beside the system");
    assertTrue(system.hitAt1() > peer.hitAt1(), "hit@1 " + peer.hitAt1());
    assertTrue(system.mrrAt10() > peer.mrrAt10(), "MRR@10 " + peer.mrrAt10());
  }

  private static Metrics run(String name) {
    return runs.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
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
