package newsbot.bot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newsbot.bot.config.Config;
import newsbot.bot.config.ConfigException;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.AnswerSettings;
import newsbot.retrieval.answer.Answerer;
import newsbot.retrieval.answer.ExtractiveAnswerer;
import newsbot.retrieval.answer.LlmAnswerer;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.index.ChineseAnalysis;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.FurnitureRules;
import newsbot.retrieval.search.Fusion;
import newsbot.retrieval.search.RetrievalSettings;

/** The composition root for the command line: builds components from configuration. */
final class Components {

  /** Embedding runs on daemon threads, one per core: the machine is small. */
  private static final ExecutorService EMBEDDING_THREADS = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "embedding");
        t.setDaemon(true);
        return t;
      });

  private Components() {}

  static CorpusParser parser(Config config) {
    return new CorpusParser(FurnitureRules.withExtra(config.getList("parser.furniture")),
        config.get("paper.edition", "平湖版"));
  }

  static EmbeddingModelChoice model(Config config) {
    try {
      return EmbeddingModelChoice.fromConfig(config.get("embedding.model", "bge-small-zh-v15"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("embedding.model: " + e.getMessage());
    }
  }

  static Embedder embedder(EmbeddingModelChoice choice, Path data) throws IOException {
    EmbeddingCache cache = EmbeddingCache.open(data.resolve("embeddings"), choice.configName(),
        choice.dimension());
    return new Embedder(choice, () -> choice.load(EMBEDDING_THREADS), cache);
  }

  static RetrievalSettings retrieval(Config config) {
    RetrievalSettings d = RetrievalSettings.defaults();
    try {
      List<ChineseAnalysis> analyses = config.getList("retrieval.analyses").stream()
          .map(s -> ChineseAnalysis.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_')))
          .toList();
      return d.withAnalyses(analyses.isEmpty() ? d.analyses() : analyses)
          .withFusion(Fusion.fromConfig(config.get("retrieval.fusion", d.fusion().name())))
          .withDenseWeight(Double.parseDouble(
              config.get("retrieval.dense-weight", String.valueOf(d.denseWeight()))))
          .withTitleBoost(Float.parseFloat(
              config.get("retrieval.title-boost", String.valueOf(d.titleBoost()))));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("retrieval settings: " + e.getMessage());
    }
  }

  static NewsLibrary library(Settings settings, EmbeddingModelChoice choice,
      RetrievalSettings retrieval) throws IOException {
    return NewsLibrary.open(settings.seeds(), settings.data(), parser(settings.config()),
        embedder(choice, settings.data()), retrieval);
  }

  static NewsLibrary library(Settings settings) throws IOException {
    if (!settings.seeds().toFile().isDirectory()) {
      throw new UserError("seeds folder not found: " + settings.seeds());
    }
    return library(settings, model(settings.config()), retrieval(settings.config()));
  }

  /** 嘉兴日报·平湖版: the paper as citations name it. */
  static String paperLabel(Config config) {
    return config.get("paper.name", "嘉兴日报") + "·" + config.get("paper.edition", "平湖版");
  }

  /** The extractive answerer; its thresholds come from answer.* in the configuration. */
  static ExtractiveAnswerer extractive(Config config, NewsLibrary library) {
    AnswerSettings d = AnswerSettings.defaults();
    AnswerSettings s;
    try {
      s = new AnswerSettings(
          Double.parseDouble(config.get("answer.min-bm25", String.valueOf(d.minBm25()))),
          Double.parseDouble(config.get("answer.min-similarity", String.valueOf(d.minSimilarity()))),
          Double.parseDouble(config.get("answer.min-similarity-gap",
              String.valueOf(d.minSimilarityGap()))),
          Double.parseDouble(config.get("answer.min-foreign-similarity",
              String.valueOf(d.minForeignSimilarity()))),
          config.getInt("answer.max-question-chars", d.maxQuestionChars()),
          d.maxQuotes(), d.maxAnswerChars());
    } catch (NumberFormatException e) {
      throw new ConfigException("answer thresholds must be numbers: " + e.getMessage());
    }
    return new ExtractiveAnswerer(library.retriever(), library.index().embedder(), library,
        links(config), s);
  }

  /** The answerer the bot uses: extractive, or an LLM over it when llm.enabled. */
  static Answerer answerer(Config config, NewsLibrary library) {
    ExtractiveAnswerer extractive = extractive(config, library);
    if (!config.getBoolean("llm.enabled", false)) {
      return extractive;
    }
    String baseUrl = config.get("llm.base-url", "");
    String model = config.get("llm.model", "");
    if (baseUrl.isBlank() || model.isBlank()) {
      throw new ConfigException("llm.enabled needs llm.base-url and llm.model");
    }
    ChatModel chat = OpenAiChatModel.builder()
        .baseUrl(baseUrl)
        .apiKey(config.get("llm.api-key", "none")) // local servers (Ollama, vLLM) take any key
        .modelName(model)
        .temperature(0.0)
        .timeout(Duration.ofSeconds(config.getInt("llm.timeout-seconds", 20)))
        .maxRetries(0)
        .build();
    return new LlmAnswerer(extractive, library, chat);
  }

  /** Everything the bot process is built from. */
  static newsbot.bot.App.Parts appParts(Settings settings, NewsLibrary library) {
    Config c = settings.config();
    return new newsbot.bot.App.Parts(c, library, answerer(c, library), parser(c), links(c),
        paperLabel(c), settings.data(), java.time.Clock.systemUTC());
  }

  static Links links(Config config) {
    String base = config.get("http.public-base-url",
        "http://localhost:" + config.getInt("http.port", 8080));
    return new Links(base, config.get("paper.epaper-url-template", Links.DEFAULT_EPAPER_TEMPLATE));
  }
}
