package newsbot.bot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsbot.bot.Main;
import newsbot.retrieval.bench.ArchiveBench;
import newsbot.retrieval.bench.ArchiveBench.Built;
import newsbot.retrieval.bench.ArchiveBench.Serving;
import newsbot.retrieval.bench.QuantizationCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code bench --days N} run: builds the archive in this process, then serves it in a JVM of
 * its own started with the heap the README recommends ({@code bench --serve-only}), so that the
 * peak RSS reported is the serving process's, not the ingesting one's; prints one JSON object.
 */
final class ArchiveRun {

  private static final Logger LOG = LoggerFactory.getLogger(ArchiveRun.class);

  /** The serving heap the README recommends for a decade of the paper. */
  static final String RECOMMENDED_HEAP = "1g";

  /**
   * The numbers of issue #10's contract, and more.
   *
   * @param ingestPassagesPerSecond passages of the cold ingest per second (model load excluded)
   * @param ingestToModelRatio ingest's passages/s over the model's own embeddings/s (0 with
   *     synthetic vectors)
   * @param serveHeap the -Xmx the serving JVM ran with ("same": in the building one)
   * @param quantization int8 against float vectors, when asked for ({@code --compare-float32})
   */
  record Result(int days, int pages, int passages, boolean syntheticVectors,
      double ingestSeconds, long embeddingsComputed, double ingestPassagesPerSecond,
      double modelEmbeddingsPerSecond, double ingestToModelRatio, double addDaySeconds,
      long addDayEmbeddings, long indexBytes, String serveHeap, double reopenSeconds,
      long reopenEmbeddings, double askP50Ms, double askP99Ms, double searchP50Ms,
      double bm25P50Ms, double denseP50Ms, long peakRssMb, long rssAnonMb, long rssFileMb,
      @com.fasterxml.jackson.annotation.JsonProperty("hit_at_1") double hitAt1, double mrr,
      QuantizationCheck.Result quantization) {

    static Result of(Built b, Serving s, String heap, QuantizationCheck.Result q) {
      double rate = b.ingestSeconds() == 0 ? 0 : b.passages() / b.ingestSeconds();
      double ratio = b.modelEmbeddingsPerSecond() == 0 ? 0 : rate / b.modelEmbeddingsPerSecond();
      return new Result(b.days(), b.pages(), b.passages(), b.syntheticVectors(),
          b.ingestSeconds(), b.embedded(), round(rate), b.modelEmbeddingsPerSecond(),
          round(ratio), b.addDaySeconds(), b.addDayEmbedded(), b.indexBytes(), heap,
          s.reopenSeconds(), s.reopenEmbeddings(), s.askP50Ms(), s.askP99Ms(), s.searchP50Ms(),
          s.bm25P50Ms(), s.denseP50Ms(), s.peakRssMb(), s.rssAnonMb(), s.rssFileMb(),
          s.hitAt1(), s.mrr(), q);
    }
  }

  private final ArchiveBench bench;
  private final ArchiveBench.Options options;
  private final NewsbotCommand parent;

  ArchiveRun(ArchiveBench bench, ArchiveBench.Options options, NewsbotCommand parent) {
    this.bench = bench;
    this.options = options;
    this.parent = parent;
  }

  /** Builds, compares the vector encodings when asked, serves; all numbers in one result. */
  Result all(String serveHeap, boolean compareFloat32) throws IOException, InterruptedException {
    Built built = bench.build(options);
    LOG.info("archive built (serving numbers follow): {}", Json.write(built));
    QuantizationCheck.Result q = compareFloat32 ? bench.compareVectors(options) : null;
    Serving serving = "same".equals(serveHeap) ? bench.serve(options) : serveInOwnJvm(serveHeap);
    return Result.of(built, serving, serveHeap, q);
  }

  /** Runs {@code bench --serve-only} in a new JVM with the heap given and reads its numbers. */
  private Serving serveInOwnJvm(String heap) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Xmx" + heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    if (parent.config != null) {
      command.addAll(List.of("--config", parent.config.toString()));
    }
    if (parent.seeds != null) {
      command.addAll(List.of("--seeds", parent.seeds.toString()));
    }
    command.addAll(List.of("bench", "--serve-only", "--days", String.valueOf(options.days()),
        "--queries", String.valueOf(options.queries()), "--work", options.work().toString()));
    if (options.syntheticVectors()) {
      command.add("--synthetic-vectors");
    }
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = process.waitFor();
    if (status != 0) {
      throw new IOException("the serving JVM (-Xmx" + heap + ") exited with " + status
          + (status == 1 || status == 3 ? " (out of memory? see its message above)" : ""));
    }
    String[] lines = out.strip().split("\n");
    return Json.read(lines[lines.length - 1], Serving.class);
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
