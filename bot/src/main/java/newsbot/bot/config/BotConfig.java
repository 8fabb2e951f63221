package newsbot.bot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsbot.retrieval.Links;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.answer.AnswerSettings;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.search.Fusion;
import newsbot.retrieval.search.RetrievalSettings;
import newsbot.retrieval.store.VectorEncoding;
import newsbot.solr.SolrSettings;

/**
 * The whole configuration, parsed once and validated: every command and the bot process are built
 * from this record, never from string keys. A wrong value fails here, at start-up, naming the key
 * and where it was set. {@link #toString()} of the parts that hold secrets never shows them.
 */
public record BotConfig(Path seeds, Path data, Paper paper, List<String> furniture,
    EmbeddingModelChoice model, RetrievalSettings retrieval, Backend backend,
    AnswerSettings answer, Http http, Chat chat, Telegram telegram, Wecom wecom, Llm llm,
    Newsroom newsroom, String origin) {

  /**
   * Where the passages live.
   *
   * @param solr the SolrCloud cluster ({@code retrieval.backend: solr}), or null for the embedded
   *     Lucene index in the data folder (the default)
   */
  public record Backend(SolrSettings solr) {
    public boolean embedded() {
      return solr == null;
    }
  }

  /** The paper's name and edition, and where its e-paper lives. */
  public record Paper(String name, String edition, String epaperTemplate) {
    /** 嘉兴日报·平湖版: the paper as citations name it. */
    public String label() {
      return name + "·" + edition;
    }
  }

  /**
   * @param publicBaseUrl where people reach the bot; empty when not configured (then links point
   *     at localhost and cannot open on a phone)
   * @param trustedProxyHeader the header a trusted reverse proxy sets to the client's address
   *     (X-Forwarded-For, X-Real-IP), or empty to use the connection's address
   */
  public record Http(String host, int port, String publicBaseUrl, String trustedProxyHeader) {
    public boolean publicBaseUrlConfigured() {
      return !publicBaseUrl.isBlank();
    }

    /** The base of viewer links: the public URL, else this machine's own address. */
    public String linkBase() {
      return publicBaseUrlConfigured() ? publicBaseUrl : "http://localhost:" + port;
    }
  }

  public record Chat(int rateBurst, int rateRefillSeconds, int maxSubscriptionsPerChannel) {}

  public record Telegram(String token, URI apiUrl, Set<String> admins, int pollSeconds,
      int retrySeconds, int retryMaxSeconds) {
    public boolean enabled() {
      return !token.isBlank();
    }

    @Override
    public String toString() {
      return "Telegram[token=" + (enabled() ? "(set)" : "(none)") + ", apiUrl=" + apiUrl
          + ", admins=" + admins.size() + ", pollSeconds=" + pollSeconds + "]";
    }
  }

  public record Wecom(String corpId, String agentId, String apiUrl, Set<String> admins,
      int maxAgeSeconds, LocalTime robotTime, int retryBaseMillis, String secret, String token,
      String aesKey, String robotWebhook) {
    /** The application is on when all four of its credentials are set. */
    public boolean enabled() {
      return !corpId.isBlank() && !secret.isBlank() && !token.isBlank() && !aesKey.isBlank();
    }

    public boolean robotEnabled() {
      return !robotWebhook.isBlank();
    }

    @Override
    public String toString() {
      return "Wecom[corpId=" + corpId + ", agentId=" + agentId + ", enabled=" + enabled()
          + ", robot=" + robotEnabled() + "]";
    }
  }

  public record Llm(boolean enabled, String baseUrl, String model, int timeoutSeconds,
      String apiKey) {
    @Override
    public String toString() {
      return "Llm[enabled=" + enabled + ", baseUrl=" + baseUrl + ", model=" + model + "]";
    }
  }

  /** The same configuration over other seeds and data folders (benchmarks). */
  public BotConfig withFolders(Path newSeeds, Path newData) {
    return new BotConfig(newSeeds, newData, paper, furniture, model, retrieval, backend, answer,
        http, chat, telegram, wecom, llm, newsroom, origin);
  }

  /** The same values, said to come from elsewhere (tests compare configurations by value). */
  BotConfig withOrigin(String newOrigin) {
    return new BotConfig(seeds, data, paper, furniture, model, retrieval, backend, answer, http,
        chat, telegram, wecom, llm, newsroom, newOrigin);
  }

  /** The two links of a citation, from the paper and the public base URL. */
  public Links links() {
    return new Links(http.linkBase(), paper.epaperTemplate());
  }

  /** Parses and validates every key; the global --seeds/--data options win over the file. */
  public static BotConfig from(Config c, Path seedsOption, Path dataOption) {
    return new BotConfig(
        seedsOption != null ? seedsOption : Path.of(c.get("seeds")),
        dataOption != null ? dataOption : Path.of(c.get("data")),
        new Paper(c.get("paper.name"), c.get("paper.edition"), c.get("paper.epaper-url-template")),
        c.getList("parser.furniture"),
        model(c), retrieval(c), backend(c), answer(c),
        new Http(c.get("http.host"), port(c), baseUrl(c), c.get("http.trusted-proxy-header")),
        new Chat(positive(c, "chat.rate-burst"), positive(c, "chat.rate-refill-seconds"),
            positive(c, "chat.max-subscriptions-per-channel")),
        new Telegram(c.get("telegram.token"), absoluteUrl(c, "telegram.api-url"),
            Set.copyOf(c.getList("telegram.admins")), positive(c, "telegram.poll-seconds"),
            positive(c, "telegram.retry-seconds"), positive(c, "telegram.retry-max-seconds")),
        wecom(c), llm(c), Newsroom.from(c), c.origin());
  }

  private static EmbeddingModelChoice model(Config c) {
    try {
      return EmbeddingModelChoice.fromConfig(c.get("embedding.model"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(c.source("embedding.model") + ": " + e.getMessage());
    }
  }

  private static RetrievalSettings retrieval(Config c) {
    List<ChineseAnalysis> analyses;
    Fusion fusion;
    try {
      analyses = c.getList("retrieval.analyses").stream()
          .map(s -> ChineseAnalysis.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_')))
          .toList();
    } catch (IllegalArgumentException e) {
      throw new ConfigException(c.source("retrieval.analyses") + " must list analyses of "
          + List.of(ChineseAnalysis.values()).toString().toLowerCase(Locale.ROOT));
    }
    try {
      fusion = Fusion.fromConfig(c.get("retrieval.fusion"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(c.source("retrieval.fusion") + ": " + e.getMessage());
    }
    double denseWeight = c.getDouble("retrieval.dense-weight");
    if (denseWeight < 0 || denseWeight > 1) {
      throw new ConfigException(c.source("retrieval.dense-weight") + " must be between 0 and 1");
    }
    VectorEncoding vectors;
    try {
      vectors = VectorEncoding.fromConfig(c.get("retrieval.vectors"));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(c.source("retrieval.vectors") + " " + e.getMessage());
    }
    RetrievalSettings d = RetrievalSettings.defaults();
    return d.withAnalyses(analyses.isEmpty() ? d.analyses() : analyses).withFusion(fusion)
        .withDenseWeight(denseWeight).withVectors(vectors)
        .withTitleBoost((float) c.getDouble("retrieval.title-boost"));
  }

  private static Backend backend(Config c) {
    String name = c.get("retrieval.backend").strip().toLowerCase(Locale.ROOT);
    if (name.equals("lucene")) {
      return new Backend(null);
    }
    if (!name.equals("solr")) {
      throw new ConfigException(c.source("retrieval.backend") + " must be lucene or solr, not '"
          + name + "'");
    }
    List<String> urls = c.getList("retrieval.solr.urls");
    if (urls.isEmpty()) {
      throw new ConfigException(c.source("retrieval.backend") + " is solr: set"
          + " retrieval.solr.urls to the base URL of at least one node (http://host:8983/solr)");
    }
    for (String url : urls) {
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        uri = URI.create("invalid:x");
      }
      if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().matches("https?")) {
        throw new ConfigException(c.source("retrieval.solr.urls") + " must list absolute http(s)"
            + " URLs, not '" + url + "'");
      }
    }
    String collection = c.get("retrieval.solr.collection");
    if (!collection.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
      throw new ConfigException(c.source("retrieval.solr.collection") + " must be a Solr"
          + " collection name (letters, digits, _ . -), not '" + collection + "'");
    }
    String user = c.get("retrieval.solr.username");
    String password = c.get("retrieval.solr.password");
    if (user.isEmpty() != password.isEmpty()) {
      throw new ConfigException("set both NEWSBOT_RETRIEVAL_SOLR_USERNAME and"
          + " NEWSBOT_RETRIEVAL_SOLR_PASSWORD, or neither");
    }
    return new Backend(new SolrSettings(urls, collection, positive(c, "retrieval.solr.shards"),
        positive(c, "retrieval.solr.replicas"),
        Duration.ofMillis(positive(c, "retrieval.solr.connect-timeout-ms")),
        Duration.ofMillis(positive(c, "retrieval.solr.request-timeout-ms")), user, password));
  }

  private static AnswerSettings answer(Config c) {
    AnswerSettings d = AnswerSettings.defaults();
    return new AnswerSettings(fraction(c, "answer.min-passage-cosine"),
        fraction(c, "answer.min-sentence-cosine"), fraction(c, "answer.min-coverage"),
        positive(c, "answer.min-distinctive-terms"), fraction(c, "answer.max-distinctive-share"),
        fraction(c, "answer.min-foreign-cosine"), fraction(c, "answer.related-coverage"),
        positive(c, "answer.max-question-chars"), d.maxQuotes(), d.maxAnswerChars());
  }

  /** A share or a cosine: between 0 and 1. */
  private static double fraction(Config c, String key) {
    double v = c.getDouble(key);
    if (v < 0 || v > 1) {
      throw new ConfigException(c.source(key) + " must be between 0 and 1, not " + v);
    }
    return v;
  }

  private static Wecom wecom(Config c) {
    String agentId = c.get("wecom.agent-id");
    if (!agentId.isBlank() && !agentId.matches("\\d{1,10}")) {
      throw new ConfigException(c.source("wecom.agent-id") + " must be the app's number, not '"
          + agentId + "'");
    }
    LocalTime robotTime;
    try {
      String t = c.get("wecom.robot-time");
      robotTime = LocalTime.parse(t.length() == 4 ? "0" + t : t);
    } catch (DateTimeParseException e) {
      throw new ConfigException(c.source("wecom.robot-time") + " must be a time like 08:00");
    }
    String apiUrl = absoluteUrl(c, "wecom.api-url").toString();
    return new Wecom(c.get("wecom.corp-id"), agentId, apiUrl, Set.copyOf(c.getList("wecom.admins")),
        positive(c, "wecom.max-age-seconds"), robotTime, positive(c, "wecom.retry-base-ms"),
        c.get("wecom.secret"),
        c.get("wecom.token"), c.get("wecom.aes-key"), c.get("wecom.robot-webhook"));
  }

  private static Llm llm(Config c) {
    Llm llm = new Llm(c.getBoolean("llm.enabled"), c.get("llm.base-url"), c.get("llm.model"),
        positive(c, "llm.timeout-seconds"), c.get("llm.api-key"));
    if (llm.enabled() && (llm.baseUrl().isBlank() || llm.model().isBlank())) {
      throw new ConfigException(c.source("llm.enabled") + " needs llm.base-url and llm.model");
    }
    return llm;
  }

  private static int port(Config c) {
    int port = c.getInt("http.port");
    if (port < 0 || port > 65535) {
      throw new ConfigException(c.source("http.port") + " must be a port (0 to 65535), not "
          + port);
    }
    return port;
  }

  private static String baseUrl(Config c) {
    String url = c.get("http.public-base-url");
    if (!url.isBlank()) {
      absoluteUrl(c, "http.public-base-url");
    }
    return url;
  }

  private static URI absoluteUrl(Config c, String key) {
    try {
      URI uri = URI.create(c.get(key));
      if (uri.getScheme() == null || uri.getHost() == null
          || !uri.getScheme().matches("https?")) {
        throw new IllegalArgumentException();
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new ConfigException(c.source(key) + " must be an absolute http(s) URL, not '"
          + c.get(key) + "'");
    }
  }

  private static int positive(Config c, String key) {
    int v = c.getInt(key);
    if (v < 1) {
      throw new ConfigException(c.source(key) + " must be at least 1, not " + v);
    }
    return v;
  }
}
