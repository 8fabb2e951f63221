package newsbot.retrieval.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.AnswerRequest;
import newsbot.retrieval.answer.AnswerSettings;
import newsbot.retrieval.answer.ExtractiveAnswerer;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.QaSet;
import newsbot.retrieval.eval.RetrievalEval;
import newsbot.retrieval.store.Passages;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.search.RetrievalSettings;
import newsbot.retrieval.search.SearchRequest;

/**
 * {@code bench --json --days N}: builds an archive of N generated days plus the seed pages
 * ({@link ArchiveGenerator}), ingests it through {@link NewsLibrary} as {@code serve} does, opens
 * it again as a restarted bot would, and times what a reader waits for: the full extractive
 * {@code ask} and the search under it, over the questions of a QA file, after a warm-up pass.
 * hit@1 is that QA file's, with the archive as distractors. Peak RSS is this process's (VmHWM), so
 * run one bench per JVM with the heap to recommend. Not a test: it prints numbers.
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
   * The JSON contract of issue #10, written by the bot's Json (snake_case): hit@1 is named
   * explicitly, since snake_case of hitAt1 is hit_at1.
   */
  public record Result(int days, int pages, int passages, boolean syntheticVectors,
      double ingestSeconds, long indexBytes, double reopenSeconds, long reopenEmbeddings,
      double askP50Ms, double askP99Ms, double searchP50Ms, long peakRssMb,
      @JsonProperty("hit_at_1") double hitAt1) {}

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

  public Result run(Options options) throws IOException {
    Path seeds = options.work().resolve("seeds");
    Path data = options.work().resolve("data");
    ArchiveGenerator.Archive archive = new ArchiveGenerator(setup.parser(), options.seed())
        .write(setup.seeds(), seeds, options.days());
    Supplier<EmbeddingModel> model = options.syntheticVectors()
        ? syntheticModel(options.work(), data) : realModel;
    model.get(); // the model loads before the clock starts, as serve loads it before ingesting

    long t0 = System.nanoTime();
    int passages;
    try (NewsLibrary library = open(seeds, data, embedder(data, model))) {
      library.ensureFresh();
      passages = passages(library);
    }
    double ingest = seconds(t0);

    t0 = System.nanoTime();
    Embedder embedder = embedder(data, model);
    try (NewsLibrary library = open(seeds, data, embedder)) {
      library.ensureFresh();
      library.corpus();
      double reopen = seconds(t0);
      long reopenEmbeddings = embedder.computed();
      Timings t = time(library, embedder, options.queries());
      return new Result(options.days(), archive.pages(), passages, options.syntheticVectors(),
          round(ingest), Measures.folderBytes(data.resolve("index")), round(reopen),
          reopenEmbeddings, round(t.askP50()), round(t.askP99()), round(t.searchP50()),
          Measures.peakRssMb(), t.hitAt1());
    }
  }

  private record Timings(double askP50, double askP99, double searchP50, double hitAt1) {}

  private Timings time(NewsLibrary library, Embedder embedder, int queries) throws IOException {
    List<QaItem> items = QaSet.load(setup.qaFile());
    List<String> questions = items.stream().map(QaItem::question).toList();
    ExtractiveAnswerer answerer = new ExtractiveAnswerer(library.retriever(), embedder, library,
        setup.links(), setup.answer());
    embedder.warm();
    for (String q : questions) { // warm-up: JIT, and the sentence embeddings a bot would cache
      answerer.answer(AnswerRequest.of(q));
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
    double hitAt1 = RetrievalEval.run("archive", "qa against the archive", library.retriever(),
        items).hitAt1();
    return new Timings(Measures.percentile(ask, 50), Measures.percentile(ask, 99),
        Measures.percentile(search, 50), hitAt1);
  }

  private NewsLibrary open(Path seeds, Path data, Embedder embedder) throws IOException {
    return NewsLibrary.open(seeds, data, setup.parser(), embedder, setup.retrieval());
  }

  private Embedder embedder(Path data, Supplier<EmbeddingModel> model) throws IOException {
    EmbeddingModelChoice choice = setup.choice();
    return new Embedder(choice, model, EmbeddingCache.open(data.resolve("embeddings"),
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

  /** Passages as the index cuts them, counted on the parsed archive. */
  private static int passages(NewsLibrary library) throws IOException {
    int n = 0;
    for (Article a : library.corpus().articles()) {
      n += Passages.of(a).size();
    }
    return n;
  }




  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
