package newsbot.retrieval.bench;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import newsbot.retrieval.IngestReport;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.AnswerRequest;
import newsbot.retrieval.answer.AnswerSettings;
import newsbot.retrieval.answer.ExtractiveAnswerer;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.eval.Metrics;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.QaSet;
import newsbot.retrieval.eval.RetrievalEval;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.search.HybridRetriever;
import newsbot.retrieval.search.RetrievalSettings;
import newsbot.retrieval.search.SearchRequest;
import newsbot.retrieval.store.PassageSync;
import newsbot.retrieval.store.Passages;

/**
 * {@code bench --json --days N}: builds an archive of N generated days plus the seed pages
 * ({@link ArchiveGenerator}), ingests it through {@link NewsLibrary} as {@code serve} does, adds
 * one more day's pages to it, and then (in {@link #serve}, which the command line runs in a JVM of
 * its own with the heap the README recommends, so that its peak RSS is the serving process's)
 * opens it again as a restarted bot would and times what a reader waits for: the full extractive
 * {@code ask}, and the searches under it, after a warm-up pass. hit@1 and MRR are the QA file's,
 * with the archive as distractors. Not a test: it prints numbers.
 */
public final class ArchiveBench {

  /** What the bench runs with: the bot's own parser, model and settings (from Wiring). */
  public record Setup(Path seeds, Path qaFile, CorpusParser parser, EmbeddingModelChoice choice,
      Supplier<EmbeddingModel> realModel, RetrievalSettings retrieval, Links links,
      AnswerSettings answer) {}

  /**
   * @param days generated days (8 pages each) before the seed pages
   * @param syntheticVectors passages get {@link SyntheticEmbeddingModel} vectors, not the model's
   * @param work the folder for the archive ({@code seeds/}) and its data folder ({@code data/})
   * @param queries how many timed asks and searches (the QA questions in turn)
   * @param seed the generator's seed
   */
  public record Options(int days, boolean syntheticVectors, Path work, int queries, long seed) {
    public static Options of(int days, boolean syntheticVectors, Path work) {
      return new Options(days, syntheticVectors, work, 200, 1);
    }
  }

  /**
   * What building the archive measured.
   *
   * @param ingestSeconds the first ingest of the whole archive (cold: nothing cached)
   * @param embedded embeddings computed by it
   * @param modelEmbeddingsPerSecond the model's own speed on a sample of the same passages, no
   *     index (0 with synthetic vectors)
   * @param addDaySeconds the ingest of one more day's 8 pages into the built archive
   */
  public record Built(int days, int pages, int passages, boolean syntheticVectors,
      double ingestSeconds, long embedded, double modelEmbeddingsPerSecond,
      double addDaySeconds, long addDayEmbedded, long indexBytes) {}

  /**
   * What serving the archive after a restart measured.
   *
   * @param peakRssMb the serving process's peak resident set
   * @param rssAnonMb its anonymous resident memory at the end (heap, model, native)
   * @param rssFileMb its resident pages of mapped files at the end (the index)
   */
  public record Serving(double reopenSeconds, long reopenEmbeddings, double askP50Ms,
      double askP99Ms, double searchP50Ms, double bm25P50Ms, double denseP50Ms,
      double hitAt1, double mrr, long peakRssMb, long rssAnonMb, long rssFileMb) {}

  private final Setup setup;
  private final Supplier<EmbeddingModel> realModel;

  public ArchiveBench(Setup setup) {
    this.setup = setup;
    this.realModel = new Supplier<>() { // loaded once, whoever asks first
      private EmbeddingModel model;

      @Override
      public synchronized EmbeddingModel get() {
        if (model == null) {
          model = setup.realModel().get();
        }
        return model;
      }
    };
  }

  /** Generates the archive, ingests it cold, then adds one more day to it. */
  public Built build(Options options) throws IOException {
    Path seeds = options.work().resolve("seeds");
    Path data = options.work().resolve("data");
    ArchiveGenerator generator = new ArchiveGenerator(setup.parser(), options.seed());
    ArchiveGenerator.Archive archive = generator.write(setup.seeds(), seeds, options.days());
    Supplier<EmbeddingModel> model = model(options);
    model.get(); // the model loads before the clock starts, as serve loads it before ingesting

    long t0 = System.nanoTime();
    int passages;
    long embedded;
    try (NewsLibrary library = open(seeds, data, embedder(data, model))) {
      Optional<IngestReport> report = library.ensureFresh(); // empty: built by an earlier run
      passages = report.isPresent() ? report.get().index().passages() : library.index().size();
      embedded = library.embedder().computed();
    }
    double ingest = seconds(t0);
    double modelRate = options.syntheticVectors() ? 0 : modelRate(seeds);

    generator.writeDayBefore(setup.seeds(), seeds, options.days());
    t0 = System.nanoTime();
    long addDayEmbedded;
    try (NewsLibrary library = open(seeds, data, embedder(data, model))) {
      library.ensureFresh();
      addDayEmbedded = library.embedder().computed();
    }
    double addDay = seconds(t0);
    return new Built(options.days(), archive.pages(), passages, options.syntheticVectors(),
        round(ingest), embedded, round(modelRate), round(addDay), addDayEmbedded,
        Measures.folderBytes(data.resolve("index")));
  }

  /**
   * int8 against float vectors on the built archive ({@link QuantizationCheck}): recall@10 of
   * each index's dense search against exact search over the questions of the QA file and of
   * {@code qa-chat-dev.jsonl} beside it, and hit@1/MRR of the QA file with each.
   */
  public QuantizationCheck.Result compareVectors(Options options) throws IOException {
    Path seeds = options.work().resolve("seeds");
    Supplier<EmbeddingModel> model = model(options);
    List<QaItem> items = QaSet.load(setup.qaFile());
    List<String> questions = new ArrayList<>(items.stream().map(QaItem::question).toList());
    Path chat = setup.qaFile().resolveSibling("qa-chat-dev.jsonl");
    if (Files.isRegularFile(chat)) {
      QaSet.load(chat).forEach(i -> questions.add(i.question()));
    }
    return QuantizationCheck.run((data, vectors) -> NewsLibrary.open(seeds, data, setup.parser(),
            embedder(data, model), setup.retrieval().withVectors(vectors)),
        options.work().resolve("data"), options.work().resolve("data-float32"),
        setup.retrieval().depth(), questions, items);
  }

  /**
   * Opens the built archive as a restarted bot does and times asks and searches: run it in a
   * process of its own for the peak RSS to be the serving one's.
   */
  public Serving serve(Options options) throws IOException {
    Path seeds = options.work().resolve("seeds");
    Path data = options.work().resolve("data");
    Supplier<EmbeddingModel> model = model(options);
    Embedder embedder = embedder(data, model);
    embedder.warm(); // serve loads the model while the index opens; not part of re-opening
    long t0 = System.nanoTime();
    try (NewsLibrary library = open(seeds, data, embedder)) {
      library.ensureFresh();
      library.corpus();
      double reopen = seconds(t0);
      long reopenEmbeddings = embedder.computed();
      return time(library, embedder, options.queries(), reopen, reopenEmbeddings);
    }
  }

  private Serving time(NewsLibrary library, Embedder embedder, int queries, double reopen,
      long reopenEmbeddings) throws IOException {
    List<QaItem> items = QaSet.load(setup.qaFile());
    List<String> questions = items.stream().map(QaItem::question).toList();
    ExtractiveAnswerer answerer = new ExtractiveAnswerer(library.retriever(), embedder, library,
        setup.links(), setup.answer());
    for (String q : questions.subList(0, Math.min(questions.size(), Math.max(10, queries)))) {
      answerer.answer(AnswerRequest.of(q)); // warm-up: JIT, the sentence embeddings a bot caches
    }
    double[] ask = new double[queries];
    double[] search = new double[queries];
    for (int i = 0; i < queries; i++) {
      String q = questions.get(i % questions.size());
      long t0 = System.nanoTime();
      answerer.answer(AnswerRequest.of(q));
      ask[i] = (System.nanoTime() - t0) / 1e6;
      t0 = System.nanoTime();
      library.retriever().search(SearchRequest.of(q, 5));
      search[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ask);
    Arrays.sort(search);
    Metrics m = RetrievalEval.run("archive", "qa against the archive", library.retriever(),
        items);
    return new Serving(round(reopen), reopenEmbeddings, round(Measures.percentile(ask, 50)),
        round(Measures.percentile(ask, 99)), round(Measures.percentile(search, 50)),
        round(modeP50(library, embedder, questions, queries, RetrievalSettings.Mode.BM25)),
        round(modeP50(library, embedder, questions, queries, RetrievalSettings.Mode.DENSE)),
        m.hitAt1(), round4(m.mrrAt10()), Measures.peakRssMb(), Measures.statusMb("RssAnon:"),
        Measures.statusMb("RssFile:"));
  }

  /** Median latency of one retrieval side alone (query embedding included for dense). */
  private static double modeP50(NewsLibrary library, Embedder embedder, List<String> questions,
      int queries, RetrievalSettings.Mode mode) throws IOException {
    HybridRetriever r = new HybridRetriever(library.index(), embedder,
        RetrievalSettings.defaults().withMode(mode));
    int n = Math.min(questions.size(), Math.max(10, queries));
    double[] ms = new double[n * 2];
    for (int i = 0; i < ms.length; i++) {
      long t0 = System.nanoTime();
      r.search(SearchRequest.of(questions.get(i % n), 5));
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    double[] timed = Arrays.copyOfRange(ms, n, ms.length); // the first pass warms up
    Arrays.sort(timed);
    return Measures.percentile(timed, 50);
  }

  /**
   * The model's own embeddings per second on passages of the archive (an even sample of 512, as
   * ingest would embed them), straight through the model: no cache, no index.
   */
  private double modelRate(Path seeds) throws IOException {
    List<Article> articles = setup.parser().parseFolder(seeds).articles();
    List<TextSegment> texts = new ArrayList<>();
    int step = Math.max(1, articles.size() / 512);
    for (int i = 0; i < articles.size() && texts.size() < 512; i += step) {
      Article a = articles.get(i);
      Passages.of(a).stream().findFirst()
          .ifPresent(p -> texts.add(TextSegment.from(PassageSync.embeddingText(a, p))));
    }
    return Measures.embeddingsPerSecond(realModel.get(), texts);
  }

  private Supplier<EmbeddingModel> model(Options options) throws IOException {
    return options.syntheticVectors()
        ? syntheticModel(options.work(), options.work().resolve("data")) : realModel;
  }

  private NewsLibrary open(Path seeds, Path data, Embedder embedder) throws IOException {
    return NewsLibrary.open(seeds, data, setup.parser(), embedder, setup.retrieval());
  }

  private Embedder embedder(Path data, Supplier<EmbeddingModel> model) throws IOException {
    EmbeddingModelChoice choice = setup.choice();
    return new Embedder(choice, model, EmbeddingCache.openInBackground(data.resolve("embeddings"),
        choice.configName(), choice.dimension()));
  }

  /**
   * The synthetic model over the seed pages' real vectors, computed once through a cache of its
   * own ({@code base-embeddings/}, real vectors only); the data folder is marked synthetic.
   */
  private Supplier<EmbeddingModel> syntheticModel(Path work, Path data) throws IOException {
    EmbeddingModelChoice choice = setup.choice();
    Embedder real = new Embedder(choice, realModel, EmbeddingCache.open(
        work.resolve("base-embeddings"), choice.configName(), choice.dimension()));
    SyntheticEmbeddingModel synthetic = new SyntheticEmbeddingModel(real.model(),
        choice.queryInstruction(),
        SyntheticEmbeddingModel.seedVectors(setup.parser().parseFolder(setup.seeds()), real),
        SyntheticEmbeddingModel.DEFAULT_NOISE);
    Files.createDirectories(data);
    Files.writeString(data.resolve("SYNTHETIC-VECTORS"), "The vectors of this data folder are"
        + " synthetic (bench --synthetic-vectors): do not serve it.\n", StandardCharsets.UTF_8);
    return () -> synthetic;
  }

  static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  static double round4(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
