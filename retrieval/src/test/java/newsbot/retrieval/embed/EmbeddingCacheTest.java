package newsbot.retrieval.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding cache file survives torn and corrupt writes: what was whole loads exactly. */
class EmbeddingCacheTest {

  static final String MODEL = "bge-small-zh-v15";
  static final int DIM = 512;

  @TempDir Path dir;

  /** Unit vectors of the texts "text from" … "text to-1", the same on every call. */
  static Map<String, float[]> vectors(int from, int to) {
    Map<String, float[]> out = new LinkedHashMap<>();
    for (int i = from; i < to; i++) {
      Random random = new Random(i);
      float[] v = new float[DIM];
      double sum = 0;
      for (int d = 0; d < DIM; d++) {
        v[d] = (float) random.nextGaussian();
        sum += v[d] * v[d];
      }
      for (int d = 0; d < DIM; d++) {
        v[d] = (float) (v[d] / Math.sqrt(sum));
      }
      out.put(EmbeddingCache.key("text " + i), v);
    }
    return out;
  }

  static Map<String, float[]> union(Map<String, float[]> a, Map<String, float[]> b) {
    Map<String, float[]> out = new LinkedHashMap<>(a);
    out.putAll(b);
    return out;
  }

  static void assertHolds(Map<String, float[]> expected, EmbeddingCache cache, String when) {
    assertEquals(expected.size(), cache.size(), when + ": keys loaded");
    for (Map.Entry<String, float[]> e : expected.entrySet()) {
      float[] got = cache.get(e.getKey());
      assertNotNull(got, when + ": missing " + e.getKey());
      assertArrayEquals(e.getValue(), got, when + ": vector of " + e.getKey());
    }
  }

  private Path file(Path folder) {
    return folder.resolve(MODEL + ".bin");
  }

  @Test
  void should_load_what_precedes_a_tear_at_any_byte_of_a_record_and_append_cleanly_after_it()
      throws IOException {
    Map<String, float[]> whole = vectors(0, 3);
    Map<String, float[]> next = vectors(10, 12);
    Path written = dir.resolve("written");
    EmbeddingCache cache = EmbeddingCache.open(written, MODEL, DIM);
    cache.putAll(whole);
    int start = (int) Files.size(file(written));
    cache.putAll(vectors(3, 4));
    byte[] bytes = Files.readAllBytes(file(written));

    Path torn = dir.resolve("torn");
    Files.createDirectories(torn);
    for (int cut = start; cut < bytes.length; cut++) {
      Files.write(file(torn), Arrays.copyOf(bytes, cut));
      try (EmbeddingCache reopened = EmbeddingCache.open(torn, MODEL, DIM)) {
        assertHolds(whole, reopened, "torn at byte " + cut);
        assertEquals(cut == start ? 0 : 1, reopened.dropped(), "torn at byte " + cut);
        reopened.putAll(next);
      }
      try (EmbeddingCache appended = EmbeddingCache.open(torn, MODEL, DIM)) {
        assertHolds(union(whole, next), appended, "appended after a tear at byte " + cut);
      }
    }
  }

  @Test
  void should_drop_a_corrupt_record_and_everything_after_it() throws IOException {
    EmbeddingCache cache = EmbeddingCache.open(dir, MODEL, DIM);
    Map<String, float[]> first = vectors(0, 1);
    cache.putAll(first);
    int second = (int) Files.size(file(dir));
    cache.putAll(vectors(1, 4));
    byte[] bytes = Files.readAllBytes(file(dir));
    bytes[second + 100] ^= 0x01; // one flipped bit in the second record's vector
    Files.write(file(dir), bytes);

    EmbeddingCache reopened = EmbeddingCache.open(dir, MODEL, DIM);
    assertHolds(first, reopened, "after a flipped bit");
    assertEquals(3, reopened.dropped(), "the bad record and the two after it");
    Map<String, float[]> next = vectors(10, 11);
    reopened.putAll(next);
    assertHolds(union(first, next), EmbeddingCache.open(dir, MODEL, DIM), "appended after it");
  }

  @Test
  void should_refuse_a_vector_that_a_load_would_drop_and_write_nothing() throws IOException {
    EmbeddingCache cache = EmbeddingCache.open(dir, MODEL, DIM);
    cache.putAll(vectors(0, 1));
    byte[] before = Files.readAllBytes(file(dir));
    float[] notUnit = vectors(1, 2).values().iterator().next().clone();
    notUnit[0] += 0.5f;
    float[] nan = notUnit.clone();
    nan[1] = Float.NaN;
    for (float[] bad : List.of(notUnit, nan, new float[DIM - 1])) {
      Map<String, float[]> batch = union(vectors(2, 3), Map.of(EmbeddingCache.key("bad"), bad));
      assertThrows(IllegalArgumentException.class, () -> cache.putAll(batch));
    }
    assertThrows(IllegalArgumentException.class,
        () -> cache.putAll(Map.of("not a key", vectors(2, 3).values().iterator().next())));
    assertArrayEquals(before, Files.readAllBytes(file(dir)));
    assertEquals(1, cache.size());
  }

  @Test
  void should_migrate_a_format_1_file_keeping_its_valid_records() throws IOException {
    Map<String, float[]> old = vectors(0, 3);
    ByteBuffer legacy = ByteBuffer.allocate(4 * (32 + 4 * DIM));
    for (Map.Entry<String, float[]> e : union(old, Map.of(EmbeddingCache.key("junk"),
        new float[DIM])).entrySet()) {
      legacy.put(HexFormat.of().parseHex(e.getKey()));
      for (float f : e.getValue()) {
        legacy.putFloat(f);
      }
    }
    Files.write(file(dir), legacy.array());

    EmbeddingCache cache = EmbeddingCache.open(dir, MODEL, DIM);
    assertHolds(old, cache, "format 1");
    assertEquals(1, cache.dropped(), "the zero vector");
    Map<String, float[]> next = vectors(10, 11);
    cache.putAll(next);
    assertEquals(CacheFile.MAGIC, ByteBuffer.wrap(Files.readAllBytes(file(dir))).getInt());
    EmbeddingCache migrated = EmbeddingCache.open(dir, MODEL, DIM);
    assertHolds(union(old, next), migrated, "migrated");
    assertEquals(0, migrated.dropped());
  }

  @Test
  void should_rebuild_a_file_of_another_dimension() throws IOException {
    EmbeddingCache.open(dir, MODEL, DIM).putAll(vectors(0, 2));
    EmbeddingCache other = EmbeddingCache.open(dir, MODEL, 384);
    assertEquals(0, other.size());
    float[] v = new float[384];
    v[0] = 1;
    other.putAll(Map.of(EmbeddingCache.key("a"), v));
    assertEquals(1, EmbeddingCache.open(dir, MODEL, 384).size());
  }

  @Test
  void should_take_in_what_another_writer_appended_before_appending() throws IOException {
    EmbeddingCache one = EmbeddingCache.open(dir, MODEL, DIM);
    EmbeddingCache two = EmbeddingCache.open(dir, MODEL, DIM);
    one.putAll(vectors(0, 2));
    two.putAll(vectors(2, 3));
    one.putAll(vectors(3, 4));
    assertHolds(vectors(0, 3), two, "the second writer");
    assertHolds(vectors(0, 4), one, "the first writer");
    assertHolds(vectors(0, 4), EmbeddingCache.open(dir, MODEL, DIM), "reopened");
  }

  @Test
  void should_keep_what_is_put_in_a_read_only_cache_in_memory_only() throws IOException {
    Path none = dir.resolve("none");
    EmbeddingCache empty = EmbeddingCache.openReadOnly(none, MODEL, DIM);
    empty.putAll(vectors(0, 1));
    assertHolds(vectors(0, 1), empty, "in memory");
    assertFalse(Files.exists(none), "nothing created");

    EmbeddingCache.open(dir, MODEL, DIM).putAll(vectors(0, 2));
    byte[] before = Files.readAllBytes(file(dir));
    EmbeddingCache readOnly = EmbeddingCache.openReadOnly(dir, MODEL, DIM);
    assertHolds(vectors(0, 2), readOnly, "read-only");
    readOnly.putAll(vectors(2, 3));
    assertHolds(vectors(0, 3), readOnly, "read-only, after a put");
    assertArrayEquals(before, Files.readAllBytes(file(dir)));
  }
}
