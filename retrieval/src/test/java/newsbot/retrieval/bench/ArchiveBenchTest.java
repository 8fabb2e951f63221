package newsbot.retrieval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.Links;
import newsbot.retrieval.answer.AnswerSettings;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.search.RetrievalSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One day of archive with synthetic vectors: what the bench reports is what it built. */
class ArchiveBenchTest {

  @TempDir Path work;

  @Test
  void should_write_exactly_the_keys_of_the_issue_contract_in_snake_case() throws IOException {
    ObjectMapper json = new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE); // as the bot's Json
    JsonNode written = json.readTree(json.writeValueAsString(
        new ArchiveBench.Result(1, 13, 415, true, 1, 2, 3, 0, 4, 5, 6, 7, 0.87)));
    List<String> keys = new ArrayList<>();
    written.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("days", "pages", "passages", "synthetic_vectors", "ingest_seconds",
        "index_bytes", "reopen_seconds", "reopen_embeddings", "ask_p50_ms", "ask_p99_ms",
        "search_p50_ms", "peak_rss_mb", "hit_at_1"), keys);
    assertEquals(0.87, written.get("hit_at_1").asDouble());
  }

  @Test
  void should_ingest_reopen_without_embedding_and_answer_qa_dev_against_the_archive()
      throws IOException {
    EmbeddingModelChoice bge = EmbeddingModelChoice.BGE_SMALL_ZH_V15;
    ArchiveBench bench = new ArchiveBench(new ArchiveBench.Setup(Fixtures.SEEDS,
        Path.of("eval", "qa-dev.jsonl"), Fixtures.parser(), bge, () -> Fixtures.model(bge),
        RetrievalSettings.defaults(), new Links("http://localhost:8080",
            Links.DEFAULT_EPAPER_TEMPLATE), AnswerSettings.defaults()));

    ArchiveBench.Result r = bench.run(new ArchiveBench.Options(1, true, work, 5, 1));

    assertEquals(1, r.days());
    assertEquals(8 + 5, r.pages());
    assertTrue(r.syntheticVectors());
    assertTrue(Files.exists(work.resolve("data").resolve("SYNTHETIC-VECTORS")));
    assertTrue(r.passages() > 189 + 8 * 20, "passages " + r.passages());
    assertEquals(0, r.reopenEmbeddings(), "a re-open embeds nothing");
    assertTrue(r.indexBytes() > 0 && r.peakRssMb() > 0);
    assertTrue(r.askP50Ms() > 0 && r.askP99Ms() >= r.askP50Ms() && r.searchP50Ms() > 0);
    assertTrue(r.hitAt1() >= 0.9, "qa-dev hit@1 against a day of archive: " + r.hitAt1());
  }
}
