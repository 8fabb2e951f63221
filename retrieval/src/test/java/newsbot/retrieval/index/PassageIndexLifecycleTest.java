package newsbot.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.store.Fields;
import newsbot.retrieval.store.PassageStore;
import newsbot.retrieval.store.PassageSync;
import newsbot.retrieval.store.StoreWrite;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Opening, failing to open and closing the index leave the folder usable. */
class PassageIndexLifecycleTest {

  static final EmbeddingModelChoice BGE = EmbeddingModelChoice.BGE_SMALL_ZH_V15;

  @TempDir Path folder;
  @TempDir Path cacheFolder;

  /** An embedder whose model must not be needed: loading it fails. */
  Embedder noModel() throws IOException {
    return new Embedder(BGE, () -> {
      throw new IllegalStateException("the model is unavailable");
    }, EmbeddingCache.open(cacheFolder, BGE.configName(), BGE.dimension()));
  }

  @Test
  void should_be_harmless_to_close_twice() throws IOException {
    PassageIndex index = PassageIndex.open(folder);
    index.close();
    index.close();
    try (PassageIndex again = PassageIndex.open(folder)) {
      assertEquals(0, again.size());
    }
  }

  @Test
  void should_say_it_is_closed_when_used_after_close() throws IOException {
    PassageIndex index = PassageIndex.open(folder);
    index.close();
    List<Executable> uses = List.of(index::size, index::snapshot, index::hashes,
        () -> index.committed(PassageStore.PAGES_KEY),
        () -> index.write(new StoreWrite(true, List.of(), List.of(), Map.of())));
    for (Executable use : uses) {
      IllegalStateException e = assertThrows(IllegalStateException.class, use);
      assertEquals("the passage index in " + folder + " is closed", e.getMessage());
    }
  }

  @Test
  void should_release_the_folder_when_an_open_fails_on_a_corrupt_index() throws IOException {
    // what the writer reads (commit, segment and field infos) is whole; a reader needs more
    try (IndexWriter raw = new IndexWriter(FSDirectory.open(folder),
        new IndexWriterConfig().setUseCompoundFile(false))) {
      Document doc = new Document();
      doc.add(new StringField(Fields.ID, "p1", Field.Store.YES));
      raw.addDocument(doc);
      raw.commit();
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".fdt")).toList()) {
        Files.write(f, new byte[] {1, 2, 3}); // a segment's stored fields, torn
      }
    }
    IOException first = assertThrows(IOException.class, () -> PassageIndex.open(folder));
    IOException second = assertThrows(IOException.class,
        () -> PassageIndex.open(folder));
    assertFalse(second instanceof LockObtainFailedException, "the failed open kept the lock");
    assertEquals(first.getClass(), second.getClass());

    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    try (PassageIndex index = PassageIndex.open(folder)) {
      assertEquals(0, index.size());
    }
  }

  @Test
  void should_release_the_folder_when_an_ingest_fails_in_the_embedder() throws IOException {
    PassageIndex index = PassageIndex.open(folder);
    // any page with an article needs the model; the seeds' first page will do
    var pages = newsbot.retrieval.Fixtures.parser()
        .parseFolder(newsbot.retrieval.Fixtures.SEEDS).pages().subList(0, 1);
    IllegalStateException failed = assertThrows(IllegalStateException.class,
        () -> PassageSync.sync(index, noModel(), pages, false,
            Map.of(PassageStore.PAGES_KEY, "{}")));
    assertEquals("the model is unavailable", failed.getMessage());
    index.close();
    try (PassageIndex again = PassageIndex.open(folder)) {
      assertEquals(0, again.size());
      assertEquals(null, again.committed(PassageStore.PAGES_KEY));
    }
    assertTrue(Files.exists(folder));
  }
}
