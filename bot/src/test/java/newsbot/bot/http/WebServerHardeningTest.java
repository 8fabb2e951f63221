package newsbot.bot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import newsbot.bot.App;
import newsbot.bot.Wiring;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.Config;
import newsbot.retrieval.NewsLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running bot's HTTP side under requests a browser would not send. */
class WebServerHardeningTest {

  @TempDir static Path data;
  static NewsLibrary library;
  static App app;
  static String base;
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    int port = freePort();
    base = "http://127.0.0.1:" + port;
    Config config = Config.of(Map.of("http.port", String.valueOf(port), "chat.rate-burst", "3",
        "chat.rate-refill-seconds", "600"), Map.of());
    Wiring wiring = new Wiring(BotConfig.from(config, Path.of("seeds"), data));
    library = wiring.library();
    app = wiring.app(library, Clock.systemUTC()).start();
  }

  @AfterAll
  static void stop() throws IOException {
    app.close();
    library.close();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static HttpResponse<String> chat(String contentType, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base + "/api/chat"))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void should_send_security_headers_on_the_page_and_the_viewer() throws Exception {
    for (String path : new String[] {"/", "/articles/no-such-article", "/app.js"}) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      assertFalse(csp.contains("script-src 'unsafe-inline'"), path + ": " + csp);
    }
    String page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    assertFalse(page.contains("<script>"), "no inline script for the policy to allow");
  }

  @Test
  void should_refuse_a_chat_post_that_is_not_json() throws Exception {
    HttpResponse<String> form = chat("application/x-www-form-urlencoded", "text=你好");
    assertEquals(415, form.statusCode(), "a cross-site form post is a simple request");
    assertEquals(415, chat("text/plain", "{\"text\":\"你好\"}").statusCode());
  }

  @Test
  void should_rate_limit_by_address_whatever_user_id_the_client_sends() throws Exception {
    int limited = 0;
    for (int i = 0; i < 6; i++) {
      HttpResponse<String> r = chat("application/json",
          "{\"text\":\"/help\",\"user\":\"client-chosen-" + i + "\"}");
      assertEquals(200, r.statusCode());
      if (r.body().contains("消息太频繁了")) {
        limited++;
      }
    }
    assertEquals(3, limited, "a burst of 3 from one address, however many ids it claims");
  }

  @Test
  void should_report_ready_with_its_channels_on_healthz() throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/healthz"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    assertTrue(r.body().contains("\"web\":\"up\""), r.body());
  }

  @Test
  void should_fail_on_a_port_in_use_before_loading_anything(@TempDir Path other)
      throws Exception {
    try (ServerSocket busy = new ServerSocket(0)) {
      Config config = Config.of(Map.of("http.port", String.valueOf(busy.getLocalPort())), Map.of());
      Wiring wiring = new Wiring(BotConfig.from(config, Path.of("seeds"), other));
      try (NewsLibrary lib = wiring.library()) {
        assertThrows(Exception.class, () -> wiring.app(lib, Clock.systemUTC()).start());
      }
      assertFalse(Files.exists(other.resolve("pages")), "no ingest ran before the bind failed");
    }
  }
}
