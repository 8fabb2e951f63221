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
import newsbot.bot.chat.Reply;
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
 * chat at {@code /} with its endpoint {@code POST /api/chat}. Other channels (the WeCom callback)
 * add their routes through {@link #app()} before {@link #start}.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The web chat's requests are small; anything larger is refused before parsing. */
  private static final int MAX_BODY_BYTES = 64 * 1024;

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
  private final Javalin app;

  /**
   * @param http where to listen, and the header (if any) a trusted reverse proxy sets to the
   *     client's address
   */
  public WebServer(NewsLibrary library, ChatService chat, HtmlRenderer renderer, Links links,
      String paper, BotConfig.Http http) {
    this.library = library;
    this.chat = chat;
    this.renderer = renderer;
    this.links = links;
    this.paper = paper;
    this.trustedProxyHeader = http.trustedProxyHeader();
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

  /** 200 once the index is loaded and the model warm; 503 with the reason before. */
  private void health(Context ctx) throws IOException {
    boolean ready = chat.ready();
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

  private void chat(Context ctx) throws IOException {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      ctx.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
          .json(Map.of("error", "Content-Type must be application/json"));
      return;
    }
    JsonNode body;
    try {
      body = JSON.readTree(ctx.body());
    } catch (IOException e) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "body must be JSON: {\"text\": …}"));
      return;
    }
    if (body == null || !body.path("text").isTextual()) {
      ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", "missing \"text\""));
      return;
    }
    String user = body.path("user").asText("").replaceAll("[^A-Za-z0-9-]", "");
    String address = clientAddress(ctx);
    // the rate limit keys on the address (the client cannot choose it); the conversation on the
    // browser's own id, so two people behind one address keep their own follow-ups
    String conversation = address + "/"
        + (user.isEmpty() ? "anon" : user.substring(0, Math.min(40, user.length())));
    Reply reply = chat.handle(Incoming.text(Channel.WEB, address, conversation,
        body.get("text").asText()));
    ctx.json(Map.of("html", renderer.render(reply)));
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
