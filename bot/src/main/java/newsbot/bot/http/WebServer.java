package newsbot.bot.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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

  private final NewsLibrary library;
  private final ChatService chat;
  private final HtmlRenderer renderer;
  private final Links links;
  private final String paper;
  private final Javalin app;

  public WebServer(NewsLibrary library, ChatService chat, HtmlRenderer renderer, Links links,
      String paper) {
    this.library = library;
    this.chat = chat;
    this.renderer = renderer;
    this.links = links;
    this.paper = paper;
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
    });
    app.get("/healthz", this::health);
    app.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(resource("web/index.html")));
    app.post("/api/chat", this::chat);
    app.get("/articles/{id}", this::viewer);
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("{} {} failed: {}", ctx.method(), ctx.path(), e.toString());
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

  private void health(Context ctx) throws IOException {
    int passages = library.index().size();
    boolean ok = passages > 0;
    ctx.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .json(Map.of("status", ok ? "ok" : "index empty", "passages", passages));
  }

  private void chat(Context ctx) throws IOException {
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
    String sender = ctx.ip() + "/" + (user.isEmpty() ? "anon" : user.substring(0, Math.min(40, user.length())));
    Reply reply = chat.handle(Incoming.text(Channel.WEB, sender, sender, body.get("text").asText()));
    ctx.json(Map.of("html", renderer.render(reply)));
  }

  private void viewer(Context ctx) throws IOException {
    Corpus corpus = library.corpus();
    Optional<Article> found = corpus.article(ctx.pathParam("id"));
    if (found.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND).contentType("text/html; charset=utf-8")
          .result(ViewerPage.notFound(ctx.pathParam("id")));
      return;
    }
    Article article = found.get();
    Page page = corpus.pageOf(article).orElseThrow();
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
