package newsbot.retrieval.embed;

import static newsbot.retrieval.embed.EmbeddingCacheTest.DIM;
import static newsbot.retrieval.embed.EmbeddingCacheTest.MODEL;
import static newsbot.retrieval.embed.EmbeddingCacheTest.assertHolds;
import static newsbot.retrieval.embed.EmbeddingCacheTest.union;
import static newsbot.retrieval.embed.EmbeddingCacheTest.vectors;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding cache holds where each record lies, not the vectors: it reads a vector when asked,
 * checks the record there, and keeps only a bounded number of vectors in memory.
 */
class EmbeddingCacheReadTest {

  static final int RECORD_BYTES = 32 + 4 * DIM + 4;

  @TempDir Path dir;

  private Path file() {
    return dir.resolve(MODEL + ".bin");
  }

  private static float[] vectorOf(int i) {
    return vectors(i, i + 1).values().iterator().next();
  }

  /** Flips one bit of the file where it is, as a failing disk would. */
  private void flipBit(long at) throws IOException {
    try (FileChannel channel = FileChannel.open(file(), StandardOpenOption.READ,
        StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.allocate(1);
      channel.read(b, at);
      b.put(0, (byte) (b.get(0) ^ 0x01)).rewind();
      channel.write(b, at);
    }
  }

  @Test
  void should_hold_no_vector_of_what_it_loads_and_a_bounded_number_of_those_read()
      throws IOException {
    int entries = 3000;
    Map<String, float[]> all = vectors(0, entries);
    try (EmbeddingCache writer = EmbeddingCache.open(dir, MODEL, DIM)) {
      writer.putAll(all);
    }
    try (EmbeddingCache cache = EmbeddingCache.open(dir, MODEL, DIM)) {
      assertEquals(entries, cache.size());
      assertEquals(0, cache.vectorsInMemory(), "loaded: no vector in memory");
      assertTrue(cache.tableBytes() <= 32L * entries, cache.tableBytes() + " bytes of table");
      assertHolds(all, cache, "read from the file");
      assertEquals(EmbeddingCache.RECENT, cache.vectorsInMemory(), "the most recently read");
    }
  }

  @Test
  void should_reembed_a_record_spoilt_on_disk_after_the_load() throws IOException {
    Map<String, float[]> written = vectors(0, 5);
    List<String> keys = new ArrayList<>(written.keySet());
    EmbeddingCache.open(dir, MODEL, DIM).putAll(written);
    try (EmbeddingCache cache = EmbeddingCache.open(dir, MODEL, DIM)) {
      flipBit(CacheFile.HEADER_BYTES + 1L * RECORD_BYTES + 100); // the vector of the second
      flipBit(CacheFile.HEADER_BYTES + 3L * RECORD_BYTES + 20); // the key of the fourth

      assertNull(cache.get(keys.get(1)), "a spoilt vector is not handed out");
      assertNull(cache.get(keys.get(3)), "nor a spoilt key's record");
      assertEquals(2, cache.dropped());
      assertEquals(3, cache.size());
      Map<String, float[]> intact = new LinkedHashMap<>(written);
      intact.remove(keys.get(1));
      intact.remove(keys.get(3));
      assertHolds(intact, cache, "the records around them");

      Map<String, float[]> again = Map.of(keys.get(1), written.get(keys.get(1)),
          keys.get(3), written.get(keys.get(3)));
      cache.putAll(again);
      assertHolds(written, cache, "embedded again");
    }
  }

  @Test
  void should_serve_a_cache_indexed_in_the_background_as_one_indexed_at_open() throws Exception {
    Map<String, float[]> written = vectors(0, 50);
    try (EmbeddingCache cache = EmbeddingCache.open(dir, MODEL, DIM)) {
      cache.putAll(written);
    }
    flipBit(file().toFile().length() - 10); // the last record is torn

    try (EmbeddingCache cache = EmbeddingCache.openInBackground(dir, MODEL, DIM)) {
      String first = written.keySet().iterator().next();
      assertArrayEquals(written.get(first), cache.get(first), "asked at once: waits for the index");
      assertEquals(49, cache.size());
      assertEquals(1, cache.dropped(), "the torn record found by the background indexing");
      cache.putAll(vectors(50, 51));
      assertEquals(50, cache.size());
    }
  }

  @Test
  void should_read_and_write_again_after_close() throws IOException {
    EmbeddingCache cache = EmbeddingCache.open(dir, MODEL, DIM);
    cache.putAll(vectors(0, 2));
    cache.close();
    cache.putAll(vectors(2, 3));
    cache.close();
    assertHolds(vectors(0, 3), cache, "after close");
    cache.close();
  }

  @Test
  void should_tell_apart_keys_that_share_their_first_8_bytes() throws IOException {
    String start = "0123456789abcdef";
    String a = start + "a".repeat(48);
    String b = start + "b".repeat(48);
    String c = start + "c".repeat(48);
    Map<String, float[]> both = new LinkedHashMap<>();
    both.put(a, vectorOf(0));
    both.put(b, vectorOf(1));
    try (EmbeddingCache cache = EmbeddingCache.open(dir, MODEL, DIM)) {
      cache.putAll(both);
      assertNull(cache.get(c));
      assertHolds(both, cache, "written");
      cache.putAll(Map.of(a, vectorOf(2))); // a key written again: the later record wins
    }
    Map<String, float[]> latest = union(both, Map.of(a, vectorOf(2)));
    try (EmbeddingCache reopened = EmbeddingCache.open(dir, MODEL, DIM)) {
      assertNull(reopened.get(c));
      assertHolds(latest, reopened, "loaded");
    }
  }

  @Test
  void should_keep_only_the_latest_vectors_put_in_a_read_only_cache() throws IOException {
    Path none = dir.resolve("none");
    int put = EmbeddingCache.MEMORY_ONLY + 10;
    Map<String, float[]> all = vectors(0, put);
    List<String> keys = new ArrayList<>(all.keySet());
    try (EmbeddingCache cache = EmbeddingCache.openReadOnly(none, MODEL, DIM)) {
      cache.putAll(all);
      assertEquals(EmbeddingCache.MEMORY_ONLY, cache.vectorsInMemory());
      assertEquals(EmbeddingCache.MEMORY_ONLY, cache.size());
      assertNull(cache.get(keys.get(0)), "the first put is let go");
      assertArrayEquals(all.get(keys.get(put - 1)), cache.get(keys.get(put - 1)));
    }
    assertFalse(Files.exists(none), "nothing written");
  }
}
