package newsbot.retrieval.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void should_ingest_reopen_without_embedding_and_answer_qa_dev_against_the_archive()
      throws IOException {
    EmbeddingModelChoice bge = EmbeddingModelChoice.BGE_SMALL_ZH_V15;
    ArchiveBench bench = new ArchiveBench(new ArchiveBench.Setup(Fixtures.SEEDS,
        Path.of("eval", "qa-dev.jsonl"), Fixtures.parser(), bge, () -> Fixtures.model(bge),
        RetrievalSettings.defaults(), new Links("http://localhost:8080",
            Links.DEFAULT_EPAPER_TEMPLATE), AnswerSettings.defaults()));

    ArchiveBench.Options options = new ArchiveBench.Options(1, true, work, 5, 1);
    ArchiveBench.Built b = bench.build(options);
    ArchiveBench.Serving s = bench.serve(options);

    assertEquals(1, b.days());
    assertEquals(8 + 5, b.pages());
    assertTrue(b.syntheticVectors());
    assertTrue(Files.exists(work.resolve("data").resolve("SYNTHETIC-VECTORS")));
    assertTrue(b.passages() > 189 + 8 * 20, "passages " + b.passages());
    assertEquals(b.passages(), b.embedded(), "a cold ingest embeds every passage");
    assertTrue(Files.exists(work.resolve("seeds").resolve("2025-08-02_p8.txt")),
        "the day added is the one before the archive's first");
    assertTrue(b.addDayEmbedded() > 8 * 20 && b.addDayEmbedded() < b.passages(),
        "adding a day embeds that day's passages, none of the archive's: " + b.addDayEmbedded());
    assertTrue(b.indexBytes() > 0);
    assertEquals(0, s.reopenEmbeddings(), "a re-open embeds nothing");
    assertTrue(s.peakRssMb() > 0);
    assertTrue(s.askP50Ms() > 0 && s.askP99Ms() >= s.askP50Ms() && s.searchP50Ms() > 0);
    assertTrue(s.hitAt1() >= 0.9, "qa-dev hit@1 against two days of archive: " + s.hitAt1());
    assertTrue(s.mrr() >= s.hitAt1());
  }
}
