package newsbot.bot.cli;

import dev.langchain4j.data.segment.TextSegment;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import newsbot.bot.Wiring;
import newsbot.bot.config.BotConfig;
import newsbot.retrieval.IngestReport;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.bench.ArchiveBench;
import newsbot.retrieval.bench.Measures;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.QaSet;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.search.HybridRetriever;
import newsbot.retrieval.search.RetrievalSettings;
import newsbot.retrieval.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bench --days N}: the archive benchmark ({@link ArchiveRun}; bench/run.sh makes the
 * README table). {@code bench --scale N}: ingest and query numbers on N re-dated copies of the
 * seed pages, in a fresh data folder, one scale per process. Not a test: it prints numbers.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmark an archive of N generated days (--days; bench/run.sh), or N"
        + " re-dated copies of the seed pages (--scale).")
final class BenchCommand implements Callable<Integer> {

  @ParentCommand NewsbotCommand parent;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--scale", description = "Copies of the seed pages (1, 10, 100 …).")
  int scale = 1;

  @Option(names = "--queries", description = "How many timed searches (default 300).")
  int queries = 300;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Scratch folder (default: a new temporary folder, deleted afterwards).")
  Path work;

  @Option(names = "--warm-cache", paramLabel = "DIR",
      description = "Embedding cache folder to start from (copies share text, so 10x and 100x"
          + " reuse the 1x embeddings; the 1x row is always cold).")
  Path warmCache;

  @Option(names = "--days", paramLabel = "N",
      description = "Archive mode: N days of generated pages (8 a day) before the seed pages.")
  Integer days;

  @Option(names = "--synthetic-vectors",
      description = "Archive mode: SYNTHETIC vectors for the generated pages (real for the seeds"
          + " and the questions): measures the index mechanics, not answer quality.")
  boolean syntheticVectors;

  @Option(names = "--serve-heap", paramLabel = "SIZE",
      description = "Archive mode: -Xmx of the JVM that re-opens and serves the archive (its peak"
          + " RSS is the one reported; default ${DEFAULT-VALUE}), or 'same' to serve in this one.")
  String serveHeap = ArchiveRun.RECOMMENDED_HEAP;

  @Option(names = "--compare-float32",
      description = "Archive mode: also index the archive with float vectors (from the embedding"
          + " cache) and report recall@10 against exact search, and hit@1/MRR, of both.")
  boolean compareFloat32;

  @Option(names = "--serve-only", hidden = true,
      description = "Internal: serve an archive built in --work and print the serving numbers.")
  boolean serveOnly;

  @Option(names = "--json", description = "Print JSON (the benchmark always does).")
  boolean json;

  /** Searches run before timing, so the JIT has compiled the hot paths. */
  private static final int WARM_UP = 100;

  record Row(int scale, int pages, int passages, double ingestSeconds, double passagesPerSecond,
      long embeddingsComputed, double modelEmbeddingsPerSecond, double ingestToModelRatio,
      double queryP50Ms, double queryP99Ms, double queryEmbeddingP50Ms, double bm25OnlyP50Ms,
      double denseOnlyP50Ms, long indexBytes, long peakRssMb, double reopenSeconds,
      long reopenEmbeddings, double modelLoadSeconds) {}

  @Override
  public Integer call() throws Exception {
    Wiring wiring = parent.wiring();
    BotConfig settings = wiring.config();
    boolean temporary = work == null;
    Path dir = temporary ? Files.createTempDirectory("newsbot-bench") : work;
    try {
      if (days != null) {
        return archive(wiring, settings, dir);
      }
      Path seeds = dir.resolve("seeds");
      Path data = dir.resolve("data");
      int pages = writeScaledCorpus(settings.seeds(), seeds, scale);
      if (warmCache != null && Files.isDirectory(warmCache)) {
        copyTree(warmCache, data.resolve("embeddings"));
      }
      Wiring scaled = new Wiring(settings.withFolders(seeds, data));
      EmbeddingModelChoice choice = settings.model();

      Serving serving;
      try (NewsLibrary lib = scaled.library(choice, settings.retrieval())) {
        serving = serve(lib, wiring);
      }
      long t0 = System.nanoTime();
      double reopen;
      long reopenEmbeddings;
      try (NewsLibrary again = scaled.library(choice, settings.retrieval())) {
        again.ensureFresh();
        again.index().size();
        reopen = seconds(t0);
        reopenEmbeddings = again.embedder().computed();
      }
      Serving v = serving;
      Row row = new Row(scale, pages, v.passages(), round(v.ingest()),
          round(v.passages() / v.ingest()), v.embedded(), round(v.modelRate()),
          v.embedded() == 0 ? 0 : round((v.passages() / v.ingest()) / v.modelRate()),
          round(Measures.percentile(v.latencies(), 50)),
          round(Measures.percentile(v.latencies(), 99)),
          round(Measures.percentile(v.embedOnly(), 50)), round(v.bm25Only()), round(v.denseOnly()),
          Measures.folderBytes(data.resolve("index").resolve(choice.configName())),
          Measures.peakRssMb(), round(reopen),
          reopenEmbeddings, round(v.modelLoad()));
      PrintWriter out = spec.commandLine().getOut();
      out.println(Json.write(row));
      out.flush();
      return 0;
    } finally {
      if (temporary) {
        deleteTree(dir);
      }
    }
  }

  /** {@code --days N}: the archive benchmark of issue #10, its JSON contract. */
  private int archive(Wiring wiring, BotConfig settings, Path dir) throws Exception {
    if (days < 1) {
      throw new UserError("--days must be at least 1, not " + days);
    }
    if (serveOnly && work == null) {
      throw new UserError("--serve-only serves an archive built before: give its --work folder");
    }
    EmbeddingModelChoice choice = settings.model();
    ArchiveBench bench = new ArchiveBench(new ArchiveBench.Setup(settings.seeds(),
        Path.of("eval", "qa-dev.jsonl"), wiring.parser(), choice, () -> wiring.loadModel(choice),
        settings.retrieval(), settings.links(), settings.answer()));
    ArchiveBench.Options options = new ArchiveBench.Options(days, syntheticVectors, dir, queries,
        1);
    ArchiveRun run = new ArchiveRun(bench, options, parent);
    Object result = serveOnly ? bench.serve(options)
        : run.all(serveHeap, compareFloat32);
    PrintWriter out = spec.commandLine().getOut();
    out.println(Json.write(result));
    out.flush();
    return 0;
  }

  /** What the bench measures on an open library: model, ingest and query latencies. */
  private record Serving(int passages, double ingest, long embedded, double modelRate,
      double modelLoad, double[] latencies, double[] embedOnly, double bm25Only,
      double denseOnly) {}

  private Serving serve(NewsLibrary lib, Wiring wiring) throws IOException {
    long t0 = System.nanoTime();
    lib.embedder().warm();
    double modelLoad = seconds(t0);
    double modelRate = modelEmbeddingsPerSecond(lib, wiring);

    t0 = System.nanoTime();
    IngestReport report = lib.ingest();
    double ingest = seconds(t0);

    List<String> questions = QaSet.load(Path.of("eval", "qa-dev.jsonl")).stream()
        .map(QaItem::question).toList();
    double[] latencies = new double[queries];
    for (int i = 0; i < WARM_UP; i++) { // JIT warm-up
      lib.retriever().search(SearchRequest.of(questions.get(i % questions.size()), 5));
    }
    for (int i = 0; i < queries; i++) {
      long q0 = System.nanoTime();
      lib.retriever().search(SearchRequest.of(questions.get(i % questions.size()), 5));
      latencies[i] = (System.nanoTime() - q0) / 1e6;
    }
    Arrays.sort(latencies);
    double[] embedOnly = new double[queries];
    for (int i = 0; i < queries; i++) {
      long q0 = System.nanoTime();
      lib.embedder().embedQuery(questions.get(i % questions.size()));
      embedOnly[i] = (System.nanoTime() - q0) / 1e6;
    }
    Arrays.sort(embedOnly);
    double bm25Only = p50(lib, questions, RetrievalSettings.Mode.BM25);
    double denseOnly = p50(lib, questions, RetrievalSettings.Mode.DENSE);

    return new Serving(report.index().passages(), ingest, report.index().embedded(), modelRate,
        modelLoad, latencies, embedOnly, bm25Only, denseOnly);
  }

  /** Median latency of one retrieval mode alone over the questions. */
  private double p50(NewsLibrary lib, List<String> questions, RetrievalSettings.Mode mode)
      throws IOException {
    HybridRetriever r = new HybridRetriever(lib.index(), lib.embedder(),
        RetrievalSettings.defaults().withMode(mode));
    double[] ms = new double[Math.min(queries, 100)];
    for (int i = 0; i < ms.length; i++) {
      long t0 = System.nanoTime();
      r.search(SearchRequest.of(questions.get(i % questions.size()), 5));
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return Measures.percentile(ms, 50);
  }

  /** The model's own speed: the 1x passages embedded straight through the model, no index. */
  private static double modelEmbeddingsPerSecond(NewsLibrary lib, Wiring wiring)
      throws IOException {
    CorpusParser parser = wiring.parser();
    List<TextSegment> texts = new ArrayList<>();
    for (var article : parser.parseFolder(wiring.config().seeds()).articles()) {
      for (var p : newsbot.retrieval.store.Passages.of(article)) {
        texts.add(TextSegment.from(
            newsbot.retrieval.store.PassageSync.embeddingText(article, p)));
      }
    }
    return Measures.embeddingsPerSecond(lib.embedder().model(), texts);
  }

  /** N copies of every seed page, each copy dated one day later (masthead line prepended). */
  static int writeScaledCorpus(Path from, Path to, int copies) throws IOException {
    Files.createDirectories(to);
    List<Path> files = CorpusParser.pageFiles(from);
    LocalDate base = LocalDate.of(2024, 1, 1);
    int n = 0;
    for (int c = 0; c < copies; c++) {
      LocalDate d = base.plusDays(c);
      String masthead = String.format("平湖版%n%n%d年%d月%d日 %s%n%n", d.getYear(),
          d.getMonthValue(), d.getDayOfMonth(),
          d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA));
      for (Path f : files) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        Files.writeString(to.resolve(d + "_" + f.getFileName()), masthead + text,
            StandardCharsets.UTF_8);
        n++;
      }
    }
    return n;
  }




  private static void copyTree(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(from)) {
      for (Path p : s.toList()) {
        Files.copy(p, to.resolve(p.getFileName()));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
