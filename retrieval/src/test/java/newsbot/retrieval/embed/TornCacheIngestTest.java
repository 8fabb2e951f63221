package newsbot.retrieval.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.IngestReport;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.SearchRequest;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed while it appends a batch to the embedding cache leaves the first buffer of the
 * batch on disk: the next ingest re-embeds only what was lost, and the cache stays clean for good.
 */
class TornCacheIngestTest {

  static final EmbeddingModelChoice BGE = EmbeddingModelChoice.BGE_SMALL_ZH_V15;
  static final int BUFFER = 64 * 1024;

  @TempDir Path seeds;
  @TempDir Path data;
  @TempDir Path saved;

  private Path cacheFile() {
    return data.resolve("embeddings").resolve(BGE.configName() + ".bin");
  }

  private EmbeddingCache cache() throws IOException {
    return EmbeddingCache.open(data.resolve("embeddings"), BGE.configName(), BGE.dimension());
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void deleteContents(Path folder) throws IOException {
    try (Stream<Path> all = Files.list(folder)) {
      IOUtils.rm(all.sorted(Comparator.reverseOrder()).toArray(Path[]::new));
    }
  }

  private IngestReport ingest() throws IOException {
    try (NewsLibrary lib = Fixtures.library(seeds, data, BGE)) {
      return lib.ingest();
    }
  }

  @Test
  void should_reembed_only_what_a_torn_batch_lost_and_never_load_junk() throws IOException {
    Files.copy(Fixtures.SEEDS.resolve("003_e4a181130212ea15.txt"),
        seeds.resolve("003_e4a181130212ea15.txt"));
    ingest();
    int cachedBefore = cache().size();
    byte[] before = Files.readAllBytes(cacheFile());
    copyTree(data, saved);

    // the whole batch of a second page, as a clean ingest writes it
    Files.copy(Fixtures.SEEDS.resolve("001_1b195415e26a939e.txt"),
        seeds.resolve("001_1b195415e26a939e.txt"));
    long batch = ingest().index().embedded();
    byte[] after = Files.readAllBytes(cacheFile());
    assertTrue(after.length - before.length > BUFFER, "the batch spans more than one buffer");

    // the same ingest killed after its first buffer reached the file: the index never committed
    deleteContents(data);
    copyTree(saved, data);
    try (OutputStream out = Files.newOutputStream(cacheFile(), StandardOpenOption.APPEND)) {
      out.write(Arrays.copyOfRange(after, before.length, before.length + BUFFER));
    }
    int survived = cache().size() - cachedBefore;
    assertTrue(survived > 0 && survived < batch, "whole records of the first buffer load");

    assertEquals(batch - survived, ingest().index().embedded(), "only the lost ones are embedded");
    assertEquals(cachedBefore + batch, cache().size(), "every passage once, and nothing else");

    // a rebuild from scratch finds every embedding in the cache
    IOUtils.rm(data.resolve("index"));
    try (NewsLibrary rebuilt = Fixtures.library(seeds, data, BGE)) {
      assertEquals(0, rebuilt.ingest().index().embedded());
      List<Hit> hits = rebuilt.retriever().search(SearchRequest.of("跨境电商出口规模目标", 1));
      assertEquals("我市加力推动跨境电商高质量发展", hits.get(0).passage().title());
    }
  }
}
