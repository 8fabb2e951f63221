package newsbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import newsbot.bot.App;
import newsbot.bot.Wiring;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.Config;
import newsbot.bot.fake.FakeTelegramServer;
import newsbot.retrieval.NewsLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Telegram application (telegrambots long polling and client) against a local fake Bot
 * API: a citizen's question, a refused non-admin /reload, an admin's page upload that the next
 * question finds, a bad upload that changes nothing, and a 429 honoured.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramEndToEndTest {

  static final String TOKEN = "123456:TEST-token";
  static final long CITIZEN = 111;
  static final long ADMIN = 999;

  @TempDir static Path seeds;
  @TempDir static Path data;
  static FakeTelegramServer telegram;
  static NewsLibrary library;
  static App app;

  @BeforeAll
  static void start() throws Exception {
    try (Stream<Path> pages = Files.list(Path.of("seeds"))) {
      for (Path p : pages.toList()) {
        Files.copy(p, seeds.resolve(p.getFileName()));
      }
    }
    telegram = new FakeTelegramServer(TOKEN);
    Config config = Config.of(Map.of("http.port", "0", "telegram.admins", String.valueOf(ADMIN),
        "telegram.poll-seconds", "1", "http.public-base-url", "https://bot.example.org"), Map.of("NEWSBOT_TELEGRAM_TOKEN", TOKEN,
        "NEWSBOT_TELEGRAM_API_URL", telegram.url()));
    Wiring wiring = new Wiring(BotConfig.from(config, seeds, data));
    library = wiring.library();
    app = wiring.app(library, java.time.Clock.systemUTC()).start();
  }

  @AfterAll
  static void stop() throws IOException {
    app.close();
    library.close();
    telegram.close();
  }

  @Test
  @Order(1)
  void should_register_by_deleting_the_webhook_and_poll_for_updates() throws Exception {
    long since = System.currentTimeMillis();
    telegram.userSays(CITIZEN, "/start");
    telegram.awaitMessage(CITIZEN, since, t -> t.contains("读报助手"), 20_000);
    assertEquals("deleteWebhook", telegram.calls().get(0).method());
    assertFalse(telegram.calls("getUpdates").isEmpty());
  }

  @Test
  @Order(2)
  void should_answer_a_citizens_question_with_the_fact_a_citation_and_a_link() throws Exception {
    long since = System.currentTimeMillis();
    telegram.userSays(CITIZEN, "平湖跨境电商到2027年的出口目标是多少?");
    String reply = telegram.awaitMessage(CITIZEN, since, t -> t.contains("30亿元"), 30_000);
    assertTrue(reply.contains("[1]"), reply);
    assertTrue(reply.contains("<a href=\"https://bot.example.org/articles/"), reply);
    assertTrue(reply.contains("《我市加力推动跨境电商高质量发展》"), reply);
    FakeTelegramServer.Call sent = telegram.calls("sendMessage").stream()
        .filter(c -> c.params().path("text").asText().contains("30亿元")).findFirst().orElseThrow();
    assertTrue("HTML".equalsIgnoreCase(sent.params().path("parse_mode").asText()));
    assertTrue(sent.params().path("link_preview_options").path("is_disabled").asBoolean());
  }

  @Test
  @Order(3)
  void should_refuse_reload_from_a_non_admin_and_change_nothing() throws Exception {
    long since = System.currentTimeMillis();
    telegram.userUploads(CITIZEN, "2025-09-12_p1.txt",
        Files.readAllBytes(Path.of("retrieval/src/test/resources/pages/2025-09-12_p1.txt")), "/reload");
    String reply = telegram.awaitMessage(CITIZEN, since, t -> t.contains("管理员"), 20_000);
    assertTrue(reply.contains("仅管理员可用"), reply);
    assertFalse(Files.exists(seeds.resolve("2025-09-12_p1.txt")));
    assertTrue(telegram.calls("getFile").isEmpty(), "a non-admin's file is never fetched");
  }

  @Test
  @Order(4)
  void should_reject_a_bad_upload_from_an_admin_with_the_reason() throws Exception {
    long since = System.currentTimeMillis();
    telegram.userUploads(ADMIN, "broken.txt", new byte[] {0, 1, 2, 3, 4}, "/reload");
    String reply = telegram.awaitMessage(ADMIN, since, t -> t.contains("broken.txt"), 20_000);
    assertTrue(reply.contains("没有载入 broken.txt") && reply.contains("binary file"), reply);
    assertFalse(Files.exists(seeds.resolve("broken.txt")));
  }

  @Test
  @Order(5)
  void should_load_an_admins_uploaded_page_so_the_next_question_finds_it() throws Exception {
    long since = System.currentTimeMillis();
    telegram.userUploads(ADMIN, "2025-09-12_p1.txt",
        Files.readAllBytes(Path.of("retrieval/src/test/resources/pages/2025-09-12_p1.txt")), "/reload");
    String report = telegram.awaitMessage(ADMIN, since, t -> t.contains("重新载入完成"), 60_000);
    assertTrue(report.contains("已保存 2025-09-12_p1.txt"), report);
    assertTrue(report.contains("新增 1"), report);
    assertTrue(Files.exists(seeds.resolve("2025-09-12_p1.txt")));
    assertEquals(2, telegram.calls("getFile").size(), "one fetch per admin upload");

    since = System.currentTimeMillis();
    telegram.userSays(CITIZEN, "乍浦老街改造总投资多少?");
    String answer = telegram.awaitMessage(CITIZEN, since, t -> t.contains("2.3亿元"), 30_000);
    assertTrue(answer.contains("《乍浦老街焕新开街》"), answer);
  }

  @Test
  @Order(6)
  void should_retry_a_send_after_the_retry_after_of_a_429() throws Exception {
    telegram.failNextSends(1, 1);
    long before = System.currentTimeMillis();
    telegram.userSays(CITIZEN, "/help");
    telegram.awaitMessage(CITIZEN, before, t -> t.contains("已载入各期"), 30_000);
    List<FakeTelegramServer.Call> sends = telegram.calls("sendMessage").stream()
        .filter(c -> c.atMillis() >= before).toList();
    assertEquals(List.of(429, 200), sends.stream().map(FakeTelegramServer.Call::status).toList(),
        "the refused send and its retry");
    assertTrue(sends.get(1).atMillis() - sends.get(0).atMillis() >= 1000,
        "waited retry_after seconds");
  }
}
