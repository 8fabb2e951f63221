package newsbot.retrieval.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What the benchmarks read off the process and the disk: peak memory, percentiles, sizes. */
public final class Measures {

  private Measures() {}

  /** This process's peak resident set (VmHWM) in MiB, or -1 where /proc does not say. */
  public static long peakRssMb() throws IOException {
    return statusMb("VmHWM:");
  }

  /**
   * This process's resident memory now of one kind, in MiB: {@code RssAnon:} (heap, native
   * allocations: what only this process can use) or {@code RssFile:} (pages of mapped files, the
   * index: page cache the kernel may drop and read again); -1 where /proc does not say.
   */
  public static long statusMb(String field) throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
      if (line.startsWith(field)) {
        return Long.parseLong(line.replaceAll("\\D+", "")) / 1024;
      }
    }
    return -1;
  }

  /**
   * A model's own embeddings per second on the texts, embedded straight through it (no cache, no
   * index), after a warm-up on the first few.
   */
  public static double embeddingsPerSecond(EmbeddingModel model, List<TextSegment> texts) {
    model.embedAll(texts.subList(0, Math.min(16, texts.size())));
    long t0 = System.nanoTime();
    model.embedAll(texts);
    return texts.size() / ((System.nanoTime() - t0) / 1e9);
  }

  /** The p-th percentile (nearest rank) of sorted values. */
  public static double percentile(double[] sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  /** Bytes of every file below a folder. */
  public static long folderBytes(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
