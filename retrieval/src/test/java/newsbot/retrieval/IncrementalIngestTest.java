package newsbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-ingesting, restarting and reloading compute only what changed and never lose good pages. */
class IncrementalIngestTest {

  static final EmbeddingModelChoice BGE = EmbeddingModelChoice.BGE_SMALL_ZH_V15;

  @TempDir Path seeds;
  @TempDir Path data;

  private void copySeeds(String... names) throws IOException {
    for (String n : names) {
      Files.copy(Fixtures.SEEDS.resolve(n), seeds.resolve(n));
    }
  }

  private static String top(NewsLibrary lib, String q) throws IOException {
    List<Hit> hits = lib.retriever().search(SearchRequest.of(q, 1));
    return hits.isEmpty() ? "" : hits.get(0).passage().title();
  }

  @Test
  void should_embed_nothing_when_reingesting_or_reopening_unchanged_pages() throws IOException {
    copySeeds("001_1b195415e26a939e.txt", "003_e4a181130212ea15.txt");
    try (NewsLibrary lib = Fixtures.library(seeds, data, BGE)) {
      IngestReport first = lib.ingest();
      assertEquals(List.of("001_1b195415e26a939e.txt", "003_e4a181130212ea15.txt"), first.added());
      assertTrue(first.index().passages() > 50);
      IngestReport again = lib.ingest();
      assertTrue(again.unchanged());
      assertEquals(0, again.index().embedded());
      assertEquals(0, again.index().added() + again.index().updated() + again.index().deleted());
    }
    try (NewsLibrary reopened = Fixtures.library(seeds, data, BGE)) {
      assertFalse(reopened.isStale());
      assertTrue(reopened.ensureFresh().isEmpty());
      assertEquals(0, reopened.embedder().computed(), "a restart embeds nothing");
      assertEquals("我市加力推动跨境电商高质量发展", top(reopened, "跨境电商出口规模目标"));
    }
  }

  @Test
  void should_add_new_pages_remove_deleted_ones_and_keep_a_page_that_turned_bad()
      throws IOException {
    copySeeds("001_1b195415e26a939e.txt");
    try (NewsLibrary lib = Fixtures.library(seeds, data, BGE)) {
      lib.ingest();
      copySeeds("004_c46a323090806ea5.txt");
      IngestReport added = lib.ingest();
      assertEquals(List.of("004_c46a323090806ea5.txt"), added.added());
      assertEquals(0, added.index().deleted());
      assertEquals("嘉兴银行平湖支行重装升级", lib.retriever()
          .search(SearchRequest.of("嘉兴银行平湖支行成立年份", 3)).get(0).passage().subtitle());

      // the page is overwritten with garbage: reported, and its previous version still served
      Files.write(seeds.resolve("004_c46a323090806ea5.txt"), new byte[] {0, 0, 1, 2});
      IngestReport bad = lib.ingest();
      assertEquals(List.of("004_c46a323090806ea5.txt"), bad.changed());
      assertEquals("004_c46a323090806ea5.txt", bad.rejected().get(0).source());
      assertTrue(bad.rejected().get(0).reason().startsWith("binary file"));
      assertEquals(List.of("004_c46a323090806ea5.txt"), bad.keptPrevious());
      assertEquals(0, bad.index().deleted(), "nothing of the old page is lost");
      assertEquals("004_c46a323090806ea5.txt", lib.retriever()
          .search(SearchRequest.of("嘉兴银行平湖支行成立年份", 1)).get(0).passage().source());

      Files.delete(seeds.resolve("004_c46a323090806ea5.txt"));
      IngestReport removed = lib.ingest();
      assertEquals(List.of("004_c46a323090806ea5.txt"), removed.removed());
      assertTrue(removed.index().deleted() > 0);
      assertTrue(lib.retriever().search(SearchRequest.of("嘉兴银行平湖支行", 10)).stream()
          .noneMatch(h -> h.passage().source().startsWith("004")));
    }
  }

  @Test
  void should_keep_answering_searches_while_a_reload_runs() throws Exception {
    copySeeds("001_1b195415e26a939e.txt");
    try (NewsLibrary lib = Fixtures.library(seeds, data, BGE)) {
      lib.ingest();
      copySeeds("000_aec2ecdd056b09f5.txt", "002_3ca735ac978f3637.txt");
      AtomicBoolean done = new AtomicBoolean();
      AtomicInteger searches = new AtomicInteger();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread searcher = new Thread(() -> {
        try {
          while (!done.get() && searches.get() < 500) {
            assertEquals("我市加力推动跨境电商高质量发展", top(lib, "跨境电商30亿元出口规模"));
            searches.incrementAndGet();
          }
        } catch (Throwable t) {
          failure.set(t);
        }
      });
      searcher.start();
      IngestReport r = lib.ingest();
      done.set(true);
      searcher.join();
      assertEquals(null, failure.get());
      assertTrue(searches.get() > 0);
      assertEquals(2, r.added().size());
      assertEquals("“跨”出去闯天地", top(lib, "信科洁具跨境电商"));
    }
  }

  @Test
  void should_report_a_bad_new_page_by_name_and_load_the_rest() throws IOException {
    copySeeds("001_1b195415e26a939e.txt");
    Files.writeString(seeds.resolve("notes.txt"), "今天天气很好。\n", StandardCharsets.UTF_8);
    try (NewsLibrary lib = Fixtures.library(seeds, data, BGE)) {
      IngestReport r = lib.ingest();
      assertEquals("notes.txt", r.rejected().get(0).source());
      assertTrue(r.rejected().get(0).reason().startsWith("no article found"));
      assertTrue(r.keptPrevious().isEmpty());
      assertEquals(5, lib.corpus().articles().size());
    }
  }
}
