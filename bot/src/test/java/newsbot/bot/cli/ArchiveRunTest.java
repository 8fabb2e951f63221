package newsbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import newsbot.retrieval.bench.ArchiveBench;
import org.junit.jupiter.api.Test;

/** What {@code bench --json --days N} prints: the keys automated checks read (issue #10). */
class ArchiveRunTest {

  @Test
  void should_print_every_key_of_the_issue_contract_with_the_serving_and_build_numbers()
      throws Exception {
    ArchiveBench.Built built = new ArchiveBench.Built(1, 13, 415, true, 12.5, 415, 0, 2.5, 30,
        1_000_000);
    ArchiveBench.Serving serving = new ArchiveBench.Serving(0.4, 0, 20, 40, 15, 5, 12, 0.87,
        0.91, 650, 500, 120);

    JsonNode written = new ObjectMapper().readTree(
        Json.write(ArchiveRun.Result.of(built, serving, "1g", null)));

    List<String> keys = new ArrayList<>();
    written.fieldNames().forEachRemaining(keys::add);
    assertTrue(keys.containsAll(List.of("days", "pages", "passages", "synthetic_vectors",
        "ingest_seconds", "index_bytes", "reopen_seconds", "reopen_embeddings", "ask_p50_ms",
        "ask_p99_ms", "search_p50_ms", "peak_rss_mb", "hit_at_1")), keys.toString());
    assertEquals(0.87, written.get("hit_at_1").asDouble());
    assertEquals(650, written.get("peak_rss_mb").asLong(), "the serving JVM's, not the builder's");
    assertEquals(33.2, written.get("ingest_passages_per_second").asDouble());
    assertEquals(2.5, written.get("add_day_seconds").asDouble());
    assertEquals(0.4, Json.read(Json.write(serving), ArchiveBench.Serving.class).reopenSeconds(),
        "the serving JVM's numbers read back as written");
  }
}
