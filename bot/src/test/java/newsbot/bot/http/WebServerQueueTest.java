package newsbot.bot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import newsbot.bot.Wiring;
import newsbot.bot.chat.ChatService;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.Config;
import newsbot.bot.render.HtmlRenderer;
import newsbot.bot.store.Store;
import newsbot.bot.testing.BotFixtures;
import newsbot.retrieval.NewsLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web chat while every answer worker is busy: a clear 503, and /healthz still answers. */
class WebServerQueueTest {

  @TempDir static Path data;
  static NewsLibrary library;
  static Store store;
  static BotConfig config;
  static ChatService chat;
  static WebServer web;
  static String base;
  /** One worker and no waiting: a test holding the worker makes every chat message busy. */
  static final AnswerQueue queue = new AnswerQueue(1, 0, 0);
  static final HttpClient http = HttpClient.newHttpClient();
  static final ExecutorService threads = Executors.newCachedThreadPool();

  @BeforeAll
  static void start() throws Exception {
    config = BotConfig.from(Config.of(Map.of(), Map.of()), Path.of("seeds"), data);
    library = BotFixtures.seedLibrary(data);
    store = Store.open(data.resolve("newsbot.db"));
    chat = new Wiring(config).chatService(library, store);
    chat.markReady();
    web = server();
    web.open();
    base = "http://127.0.0.1:" + web.port();
  }

  static WebServer server() {
    return new WebServer(library, chat, new HtmlRenderer("嘉兴日报·平湖版", true), config.links(),
        "嘉兴日报·平湖版", config.http(), queue).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    threads.shutdownNow();
    web.close();
    store.close();
    library.close();
  }

  static HttpResponse<String> send(String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
    if (body != null) {
      b.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void should_say_loading_on_healthz_until_the_server_is_opened() throws Exception {
    try (WebServer warming = server()) {
      HttpRequest health = HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + warming.port() + "/healthz")).build();
      HttpResponse<String> before = http.send(health, HttpResponse.BodyHandlers.ofString());
      assertEquals(503, before.statusCode());
      assertEquals("loading", new ObjectMapper().readTree(before.body()).path("status").asText());
      warming.open();
      assertEquals(200, http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode());
    }
  }

  @Test
  void should_refuse_a_chat_message_with_a_clear_503_while_every_worker_is_busy()
      throws Exception {
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Future<Boolean> holder = threads.submit(() -> queue.run(() -> {
      holding.countDown();
      try {
        return release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        return false;
      }
    }));
    try {
      assertTrue(holding.await(10, TimeUnit.SECONDS));
      HttpResponse<String> busy = send("/api/chat", "{\"text\":\"/help\"}");
      assertEquals(503, busy.statusCode(), busy.body());
      assertEquals("5", busy.headers().firstValue("Retry-After").orElse(""));
      assertEquals(WebServer.BUSY,
          new ObjectMapper().readTree(busy.body()).path("error").asText());
      assertEquals(200, send("/healthz", null).statusCode(), "health is never queued");
    } finally {
      release.countDown();
    }
    assertTrue(holder.get(10, TimeUnit.SECONDS));
    HttpResponse<String> after = send("/api/chat", "{\"text\":\"/help\"}");
    assertEquals(200, after.statusCode(), after.body());
  }
}
