package newsbot.bot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import newsbot.bot.config.BotConfig;
import java.util.Optional;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.Incoming;
import newsbot.bot.chat.RateLimiter;
import newsbot.bot.render.HtmlRenderer;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;
import newsbot.retrieval.parse.Corpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's HTTP server: {@code /healthz}, the source viewer {@code /articles/{id}}, and the web
 * chat at {@code /} with its endpoints {@code POST /api/chat} (the reply, and the question a
 * reader may vote on) and {@code POST /api/verdict} (their 👍/👎). Other channels (the WeCom callback)
 * add their routes through {@link #app()} before {@link #start}.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The web chat's requests are small; anything larger is refused before parsing. */
  private static final int MAX_BODY_BYTES = 64 * 1024;
  /**
   * Verdicts from one address: a reader votes once per answer, so a burst of 30 and one more
   * every 2 s only stops a script.
   */
  private static final int VERDICT_BURST = 30;
  private static final long VERDICT_REFILL_MILLIS = 2_000;
  /** The reply when every worker is busy and the queue is full (plain text: the page shows it). */
  static final String BUSY = "现在提问的人很多,请过几秒再问。";

  /** The web chat's own page: scripts and styles from this origin only, no framing. */
  static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
      + " connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self';"
      + " frame-ancestors 'none'";
  /** The source viewer: no script at all; its one inline stylesheet. */
  static final String VIEWER_POLICY = "default-src 'none'; style-src 'unsafe-inline';"
      + " base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final NewsLibrary library;
  private final ChatService chat;
  private final HtmlRenderer renderer;
  private final Links links;
  private final String paper;
  private final String trustedProxyHeader;
  private final AnswerQueue answers;
  private final Javalin app;
  private volatile boolean open;
  private final RateLimiter verdicts =
      new RateLimiter(VERDICT_BURST, VERDICT_REFILL_MILLIS, System::currentTimeMillis);

  /**
   * @param http where to listen, and the header (if any) a trusted reverse proxy sets to the
   *     client's address
   * @param answers where chat messages wait for a free core
   */
  public WebServer(NewsLibrary library, ChatService chat, HtmlRenderer renderer, Links links,
      String paper, BotConfig.Http http, AnswerQueue answers) {
    this.library = library;
    this.chat = chat;
    this.renderer = renderer;
    this.links = links;
    this.paper = paper;
    this.trustedProxyHeader = http.trustedProxyHeader();
    this.answers = answers;
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("X-Frame-Options", "DENY");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("Content-Security-Policy", PAGE_POLICY);
    });
    app.get("/healthz", this::health);
    app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(resource("web/index.html")));
    app.get("/app.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
        .result(resource("web/app.js")));
    app.get("/app.css", ctx -> ctx.contentType("text/css; charset=utf-8")
        .result(resource("web/app.css")));
    app.post("/api/chat", this::chat);
    app.post("/api/verdict", this::verdict);
    app.get("/articles/{id}", this::viewer);
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
      ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).result("internal error");
    });
  }

  /** For other channels' routes. */
  public Javalin app() {
    return app;
  }

  public WebServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  /** Lets {@code /healthz} say 200 (once the chat is ready): the bot is warm and serving. */
  public void open() {
    open = true;
  }

  /** 200 once the chat is ready and the server open; 503 with the reason before. */
  private void health(Context ctx) throws IOException {
    boolean ready = chat.ready() && open;
    int passages = ready ? library.index().size() : 0;
    boolean ok = ready && passages > 0;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", ok ? "ok" : ready ? "index empty" : "loading");
    body.put("passages", passages);
    body.put("channels", chat.channelStatus());
    ctx.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(body);
  }

  /** The client's address: the connection's, or the trusted proxy's header when configured. */
  String clientAddress(Context ctx) {
    if (!trustedProxyHeader.isBlank()) {
      String forwarded = ctx.header(trustedProxyHeader);
      if (forwarded != null && !forwarded.isBlank()) {
        // X-Forwarded-For: client, proxy1, proxy2 — the proxy appends; the first is the client
        return forwarded.split(",")[0].strip();
      }
    }
    return ctx.ip();
  }

  private void chat(Context ctx) throws IOException, InterruptedException {
    JsonNode body = jsonBody(ctx, "{\"text\": …}");
    if (body == null) {
      return;
    }
    if (!body.path("text").isTextual()) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "missing \"text\""));
      return;
    }
    String address = clientAddress(ctx);
    // the rate limit keys on the address (the client cannot choose it)
    Incoming in = Incoming.text(Channel.WEB, address, conversation(address, body),
        body.get("text").asText());
    long queued = System.nanoTime();
    ChatService.Response response;
    try {
      response = answers.run(() -> {
        long started = System.nanoTime();
        ChatService.Response r = chat.respond(in);
        LOG.debug("chat: waited {} ms, answered in {} ms", (started - queued) / 1_000_000,
            (System.nanoTime() - started) / 1_000_000);
        return r;
      });
    } catch (AnswerQueue.Busy e) {
      LOG.warn("chat message refused, every worker busy: {}", e.getMessage());
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
          .json(Map.of("error", BUSY));
      return;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("html", renderer.render(response.reply()));
    if (response.votable()) {
      out.put("question", response.questionId());
    }
    ctx.json(out);
  }

  /** A reader's 👍/👎 on the answer to their question, from the same browser (chat id). */
  private void verdict(Context ctx) throws IOException {
    JsonNode body = jsonBody(ctx, "{\"question\": id, \"helpful\": true|false, \"user\": …}");
    if (body == null) {
      return;
    }
    JsonNode question = body.path("question");
    if (!question.isIntegralNumber() || !question.canConvertToLong() || question.asLong() < 1
        || !body.path("helpful").isBoolean()) {
      ctx.status(HttpStatus.BAD_REQUEST)
          .json(Map.of("error", "needs \"question\" (a positive integer) and \"helpful\" (a boolean)"));
      return;
    }
    String address = clientAddress(ctx);
    if (!verdicts.tryAcquire(address)) {
      ctx.status(HttpStatus.TOO_MANY_REQUESTS).json(Map.of("text", "评价太频繁了,请稍后再试。"));
      return;
    }
    ctx.json(Map.of("text", chat.vote(Channel.WEB, address, conversation(address, body),
        question.asLong(), body.get("helpful").asBoolean()).text()));
  }

  /**
   * The chat id of a web reader: the client's address and the browser's own id, so two people
   * behind one address keep their own follow-ups and their own votes.
   */
  private static String conversation(String address, JsonNode body) {
    String user = body.path("user").asText("").replaceAll("[^A-Za-z0-9-]", "");
    return address + "/"
        + (user.isEmpty() ? "anon" : user.substring(0, Math.min(40, user.length())));
  }

  /** The request's JSON object, or null once the request is refused (415 or 400). */
  private static JsonNode jsonBody(Context ctx, String shape) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      ctx.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
          .json(Map.of("error", "Content-Type must be application/json"));
      return null;
    }
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "body must be JSON: " + shape));
      return null;
    }
    return body;
  }

  private void viewer(Context ctx) throws IOException {
    Corpus corpus = library.corpus();
    Optional<Article> found = corpus.article(ctx.pathParam("id"));
    if (found.isEmpty()) {
      ctx.header("Content-Security-Policy", VIEWER_POLICY);
      ctx.status(HttpStatus.NOT_FOUND).contentType("text/html; charset=utf-8")
          .result(ViewerPage.notFound(ctx.pathParam("id")));
      return;
    }
    Article article = found.get();
    Page page = corpus.pageOf(article).orElseThrow();
    ctx.header("Content-Security-Policy", VIEWER_POLICY);
    ctx.contentType("text/html; charset=utf-8")
        .result(ViewerPage.render(page, article, links, paper));
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = WebServer.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
