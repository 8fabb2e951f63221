package newsbot.bot;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.RateLimiter;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.ConfigException;
import newsbot.bot.config.Newsroom;
import newsbot.bot.log.QuestionLog;
import newsbot.bot.log.UserHash;
import newsbot.bot.report.NewsroomReports;
import newsbot.bot.report.QuestionGroups;
import newsbot.bot.report.ReportText;
import newsbot.bot.render.TextRenderer;
import newsbot.bot.store.Store;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.Answerer;
import newsbot.retrieval.answer.ExtractiveAnswerer;
import newsbot.retrieval.answer.LlmAnswerer;
import newsbot.retrieval.answer.TopicAnswers;
import newsbot.retrieval.digest.Digester;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.query.QueryTermExtractor;
import newsbot.retrieval.search.RetrievalSettings;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.FurnitureRules;
import newsbot.solr.SolrPassageStore;
import newsbot.solr.SolrUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one composition root: every command and the bot process get their objects here, built with
 * plain constructors from the validated {@link BotConfig}. Nothing else reads configuration.
 */
public final class Wiring {

  private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

  private final BotConfig config;
  /** Embedding runs on daemon threads (they never hold up an exit), one per core. */
  private final ExecutorService embeddingThreads = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "embedding");
        t.setDaemon(true);
        return t;
      });

  public Wiring(BotConfig config) {
    this.config = config;
  }

  public BotConfig config() {
    return config;
  }

  public CorpusParser parser() {
    return new CorpusParser(FurnitureRules.withExtra(config.furniture()),
        config.paper().edition());
  }

  /** Opens the library over the seeds and data folders (the caller closes it). */
  public NewsLibrary library() throws IOException {
    return library(config.model(), config.retrieval());
  }

  /**
   * The same over another embedding model or retrieval settings (eval, bench). With {@code
   * retrieval.backend: solr} the passages live in the model's SolrCloud collection (created when
   * missing); the data folder keeps the embedding cache and the page copies.
   */
  public NewsLibrary library(EmbeddingModelChoice choice, RetrievalSettings retrieval)
      throws IOException {
    Path data = checkedFolders();
    if (config.backend().embedded()) {
      return NewsLibrary.open(config.seeds(), data, parser(), embedder(choice, data), retrieval);
    }
    return NewsLibrary.over(config.seeds(), data, parser(), solrStore(choice),
        embedder(choice, data), retrieval);
  }

  private SolrPassageStore solrStore(EmbeddingModelChoice choice) throws IOException {
    try {
      return SolrPassageStore.open(config.backend().solr(), choice.configName(),
          choice.dimension());
    } catch (SolrUnavailableException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  /**
   * For a query command (ask, search, chat): writes when the data folder is free, so a stale
   * index is refreshed; reads a running bot's index when it holds the folder. A SolrCloud
   * collection is shared by every process: it is opened as for {@link #library()}.
   */
  public NewsLibrary queryLibrary() throws IOException {
    if (!config.backend().embedded()) {
      return library();
    }
    Path data = checkedFolders();
    return NewsLibrary.openForQueries(config.seeds(), data, parser(),
        embedder(config.model(), data), config.retrieval());
  }

  /** For digest: never writes, never loads the model. */
  public NewsLibrary readOnlyLibrary() throws IOException {
    Path data = checkedFolders();
    EmbeddingModelChoice choice = config.model();
    EmbeddingCache cache = EmbeddingCache.openReadOnly(data.resolve("embeddings"),
        choice.configName(), choice.dimension());
    return NewsLibrary.openReadOnly(config.seeds(), data, parser(),
        new Embedder(choice, () -> choice.load(embeddingThreads), cache), config.retrieval());
  }

  private Path checkedFolders() {
    if (!Files.isDirectory(config.seeds())) {
      throw new ConfigException("seeds folder not found: " + config.seeds());
    }
    return dataFolder();
  }

  /** Loads a model on this process's embedding threads (the benchmark's own embedders). */
  public dev.langchain4j.model.embedding.EmbeddingModel loadModel(EmbeddingModelChoice choice) {
    return choice.load(embeddingThreads);
  }

  private Embedder embedder(EmbeddingModelChoice choice, Path data) throws IOException {
    EmbeddingCache cache = EmbeddingCache.openInBackground(data.resolve("embeddings"),
        choice.configName(), choice.dimension());
    return new Embedder(choice, () -> choice.load(embeddingThreads), cache);
  }

  /** The data folder, created when missing; one clear sentence when it cannot be used. */
  public Path dataFolder() {
    Path data = config.data();
    if (Files.exists(data) && !Files.isDirectory(data)) {
      throw new ConfigException("data folder " + data + " is a file, not a folder: point --data"
          + " (or data: in the configuration) at a folder");
    }
    try {
      Files.createDirectories(data);
    } catch (IOException e) {
      throw new ConfigException("data folder " + data + " cannot be created: " + e.getMessage());
    }
    if (!Files.isWritable(data)) {
      throw new ConfigException("data folder " + data + " is not writable by this user");
    }
    return data;
  }

  public ExtractiveAnswerer extractive(NewsLibrary library) {
    return new ExtractiveAnswerer(library.retriever(), library.embedder(), library,
        config.links(), config.answer());
  }

  /** The answerer the bot uses: extractive, or an LLM over it when llm.enabled. */
  public Answerer answerer(NewsLibrary library) {
    return answerer(library, extractive(library));
  }

  private Answerer answerer(NewsLibrary library, ExtractiveAnswerer extractive) {
    BotConfig.Llm llm = config.llm();
    if (!llm.enabled()) {
      return extractive;
    }
    ChatModel chat = OpenAiChatModel.builder()
        .baseUrl(llm.baseUrl())
        .apiKey(llm.apiKey().isBlank() ? "none" : llm.apiKey()) // local servers take any key
        .modelName(llm.model())
        .temperature(0.0)
        .timeout(Duration.ofSeconds(llm.timeoutSeconds()))
        .maxRetries(0)
        .build();
    return new LlmAnswerer(extractive, library, chat);
  }

  public Digester digester() {
    return new Digester(config.links());
  }

  /** 嘉兴日报·平湖版. */
  public String paper() {
    return config.paper().label();
  }

  /** Text as a phone shows it: viewer links only when they can open there. */
  public TextRenderer textRenderer() {
    return textRenderer(config.http().publicBaseUrlConfigured());
  }

  /** Plain text; {@code viewerLinks} where the reader is on this machine (the command line). */
  public TextRenderer textRenderer(boolean viewerLinks) {
    return new TextRenderer(paper(), viewerLinks);
  }


  /**
   * The question log in the data folder, or null when {@code log.enabled} is false (the caller
   * closes it).
   */
  public QuestionLog questionLog() throws SQLException {
    Newsroom n = config.newsroom();
    if (!n.logEnabled()) {
      return null;
    }
    UserHash hash = UserHash.of(n.salt());
    if (!hash.stable()) {
      LOG.warn("NEWSBOT_LOG_SALT is not set: the question log hashes users with a new salt each"
          + " run, so /forget and the one-vote rule reach only this run's questions");
    }
    return QuestionLog.open(dataFolder().resolve("questions.db"), hash, n.retention(),
        Clock.systemUTC());
  }

  /** The newsroom report over a log and the library's articles. */
  public NewsroomReports reports(QuestionLog log, NewsLibrary library) {
    Embedder embedder = library.embedder();
    // question against question is symmetric: no query instruction
    QuestionGroups groups = new QuestionGroups(q -> embedder.model().embed(q).content().vector(),
        new QueryTermExtractor(), QuestionGroups.MIN_COSINE);
    return new NewsroomReports(log, groups, library, Clock.systemUTC());
  }

  /** The one ChatService of a process, over an open library and store, without a question log. */
  public ChatService chatService(NewsLibrary library, Store store) {
    return chatService(library, store, null);
  }

  /** The one ChatService of a process, over an open library, store and question log (or null). */
  public ChatService chatService(NewsLibrary library, Store store, QuestionLog log) {
    BotConfig.Chat chatConfig = config.chat();
    RateLimiter limiter = new RateLimiter(chatConfig.rateBurst(),
        1000L * chatConfig.rateRefillSeconds(), System::currentTimeMillis);
    Map<Channel, Set<String>> admins = Map.of(Channel.TELEGRAM, config.telegram().admins(),
        Channel.WECOM, config.wecom().admins());
    ExtractiveAnswerer extractive = extractive(library);
    ChatService chat = new ChatService(library, answerer(library, extractive),
        new TopicAnswers(extractive, library.retriever(), library.embedder(), library,
            config.links()),
        digester(), store, limiter,
        new ChatService.Settings(admins, paper(), chatConfig.maxSubscriptionsPerChannel(),
            config.http().publicBaseUrlConfigured(), Clock.systemUTC(),
            config.paper().edition().replaceAll("版$", "")), log, reportMaker(log, library));
    return chat;
  }

  ChatService.ReportMaker reportMaker(QuestionLog log, NewsLibrary library) {
    if (log == null) {
      return null;
    }
    NewsroomReports reports = reports(log, library);
    return days -> ReportText.render(reports.build(days), paper());
  }

  /** Builds the bot process over an open library; {@link App#start()} runs it. */
  public App app(NewsLibrary library, Clock scheduleClock) throws SQLException {
    return new ProcessWiring(this).app(library, scheduleClock);
  }
}
