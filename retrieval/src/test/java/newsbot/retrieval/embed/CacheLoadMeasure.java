package newsbot.retrieval.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Measures how long a large embedding cache takes to open and how much heap it holds then (a
 * program, not a test: its numbers depend on the machine). Writes the synthetic cache first when
 * the folder has none.
 *
 * <pre>
 * mvn -q -o -pl retrieval test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp retrieval/target/test-classes:retrieval/target/classes:$(cat \
 *     retrieval/target/cp.txt) newsbot.retrieval.embed.CacheLoadMeasure /tmp/measure 1100000
 * </pre>
 *
 * <p>Ten years of the paper (1.1 M vectors of 512 dimensions, a 2.3 GB file), three opens on a
 * 2-core machine, file in page cache: 1.1 to 2.1 s and 26 MB of heap held, where the map of every
 * vector took 18 to 34 s and 2.37 GB. From disk the read of the file is the cost (2.3 s at 1 GB/s).
 */
final class CacheLoadMeasure {

  private static final int DIM = 512;
  private static final int BATCH = 10_000;

  private CacheLoadMeasure() {}

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args[0]);
    int entries = Integer.parseInt(args[1]);
    if (!Files.exists(folder.resolve("measure.bin"))) {
      write(folder, entries);
    }
    for (int round = 1; round <= 3; round++) {
      long heapBefore = heap();
      long start = System.nanoTime();
      try (EmbeddingCache cache = EmbeddingCache.open(folder, "measure", DIM)) {
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = heap();
        long getStart = System.nanoTime();
        Random random = new Random(round);
        int found = 0;
        for (int i = 0; i < 10_000; i++) {
          found += cache.get(EmbeddingCache.key("synthetic " + random.nextInt(entries))) == null
              ? 0 : 1;
        }
        long getUs = (System.nanoTime() - getStart) / 1000 / 10_000;
        System.out.printf("round %d: %d entries, file %d bytes, load %d ms, heap held %d MB,"
                + " %d/10000 random gets found, %d µs each%n", round, cache.size(),
            Files.size(folder.resolve("measure.bin")), loadMs, (heapAfter - heapBefore) >> 20,
            found, getUs);
      }
    }
  }

  private static void write(Path folder, int entries) throws IOException {
    try (EmbeddingCache cache = EmbeddingCache.open(folder, "measure", DIM)) {
      for (int from = 0; from < entries; from += BATCH) {
        Map<String, float[]> batch = new LinkedHashMap<>();
        Random random = new Random(from);
        for (int i = from; i < Math.min(entries, from + BATCH); i++) {
          batch.put(EmbeddingCache.key("synthetic " + i), unit(random));
        }
        cache.putAll(batch);
      }
    }
  }

  private static float[] unit(Random random) {
    float[] v = new float[DIM];
    double sum = 0;
    for (int d = 0; d < DIM; d++) {
      v[d] = (float) random.nextGaussian();
      sum += v[d] * v[d];
    }
    for (int d = 0; d < DIM; d++) {
      v[d] = (float) (v[d] / Math.sqrt(sum));
    }
    return v;
  }

  private static long heap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
