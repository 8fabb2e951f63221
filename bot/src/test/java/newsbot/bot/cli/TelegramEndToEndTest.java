package newsbot.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsbot.bot.App;
import newsbot.bot.Wiring;
import newsbot.bot.config.BotConfig;
import newsbot.bot.config.Config;
import newsbot.bot.fake.FakeTelegramServer;
import newsbot.bot.render.HtmlRenderer;
import newsbot.bot.telegram.Backoff;
import newsbot.bot.telegram.ChannelStatus;
import newsbot.bot.telegram.TelegramChannel;
import newsbot.bot.testing.BotFixtures;
import newsbot.retrieval.NewsLibrary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The real Telegram application (telegrambots long polling and client) against a local fake Bot
 * API: a citizen's question with a link that opens, a refused non-admin /reload, an admin's page
 * upload that the next question finds, bad, hidden and oversized uploads that change nothing, a
 * 429 honoured without holding up other chats, a group where only what is addressed to the bot is
 * answered, a Bot API that refuses at start-up, and a reader's 👍/👎 under an answer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TelegramEndToEndTest {

  static final String TOKEN = "123456:TEST-token";
  static final long CITIZEN = 111;
  static final long ADMIN = 999;
  static final long GROUP = -100500;
  /** A user id that cannot turn up by chance in a hash or a timestamp. */
  static final long READER = 7_770_123_456L;
  /**
   * The upload limit (2 MB) and 1 MB for what the bot's socket receive buffer and its read buffer
   * hold beyond it (a few hundred KB on loopback; the fake's send buffer is 8 KB).
   */
  static final long UPLOAD_READ_BOUND = 2L * 1024 * 1024 + 1024 * 1024;

  @TempDir static Path seeds;
  @TempDir static Path data;
  @TempDir static Path otherData;
  static FakeTelegramServer telegram;
  static NewsLibrary library;
  static App app;
  static int port;

  @BeforeAll
  static void start() throws Exception {
    try (Stream<Path> pages = Files.list(Path.of("seeds"))) {
      for (Path p : pages.toList()) {
        Files.copy(p, seeds.resolve(p.getFileName()));
      }
    }
    telegram = new FakeTelegramServer(TOKEN);
    port = freePort(); // the citation links carry the port: port 0 would make them unusable
    Config config = Config.of(Map.of("http.port", String.valueOf(port),
        "telegram.admins", String.valueOf(ADMIN), "telegram.poll-seconds", "1",
        "chat.rate-burst", "100", "http.public-base-url", "http://localhost:" + port),
        Map.of("NEWSBOT_TELEGRAM_TOKEN", TOKEN,
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

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static List<String> seedNames() throws IOException {
    try (Stream<Path> s = Files.list(seeds)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static List<FakeTelegramServer.Call> sendsTo(long chatId, long sinceMillis) {
    return telegram.calls("sendMessage").stream().filter(c -> c.atMillis() >= sinceMillis
        && c.params().path("chat_id").asText().equals(String.valueOf(chatId))).toList();
  }

  @Test
  @Order(1)
  void should_register_by_deleting_the_webhook_and_poll_for_updates() throws Exception {
    long since = System.currentTimeMillis();
    telegram.userSays(CITIZEN, "/start");
    telegram.awaitMessage(CITIZEN, since, t -> t.contains("读报助手"), 20_000);
    List<String> methods = telegram.calls().stream().map(FakeTelegramServer.Call::method).toList();
    assertTrue(methods.contains("deleteWebhook"), methods.toString());
    assertTrue(methods.indexOf("deleteWebhook") < methods.indexOf("getUpdates"), methods.toString());
  }

  @Test
  @Order(2)
  void should_answer_a_citizens_question_with_the_fact_a_citation_and_a_link() throws Exception {
    long since = System.currentTimeMillis();
    telegram.userSays(CITIZEN, "平湖跨境电商到2027年的出口目标是多少?");
    String reply = telegram.awaitMessage(CITIZEN, since, t -> t.contains("30亿元"), 30_000);
    assertTrue(reply.contains("[1]"), reply);
    assertTrue(reply.contains("《我市加力推动跨境电商高质量发展》"), reply);
    Matcher viewer = Pattern.compile("<a href=\"(http://localhost:" + port + "/articles/[^\"]+)\">")
        .matcher(reply);
    assertTrue(viewer.find(), reply);
    HttpResponse<String> page = get(viewer.group(1));
    assertEquals(200, page.statusCode(), viewer.group(1));
    assertTrue(page.body().contains("我市加力推动跨境电商高质量发展"));
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

  @Test
  @Order(7)
  void should_refuse_hidden_file_names_and_leave_the_seeds_folder_as_it_was() throws Exception {
    List<String> before = seedNames();
    byte[] page = Files.readAllBytes(Path.of("retrieval/src/test/resources/pages/2025-09-13_p3.txt"));
    for (String name : List.of(".txt", "...txt")) {
      long since = System.currentTimeMillis();
      telegram.userUploads(ADMIN, name, page, "/reload");
      String reply = telegram.awaitMessage(ADMIN, since, t -> t.contains("没有载入"), 20_000);
      assertTrue(reply.contains(name), reply);
    }
    assertEquals(before, seedNames());
  }

  @Test
  @Order(8)
  void should_refuse_an_upload_of_undeclared_size_after_reading_no_more_than_the_limit()
      throws Exception {
    List<String> before = seedNames();
    long since = System.currentTimeMillis();
    telegram.userUploadsUndeclared(ADMIN, "2025-09-14_p1.txt", 52L * 1024 * 1024, "/reload");
    String reply = telegram.awaitMessage(ADMIN, since, t -> t.contains("2025-09-14_p1.txt"), 60_000);
    assertTrue(reply.contains("没有载入") && reply.contains("太大"), reply);
    assertTrue(telegram.undeclaredBytesServed() <= UPLOAD_READ_BOUND,
        "read " + telegram.undeclaredBytesServed() + " bytes of a 52 MB file");
    assertEquals(before, seedNames());
  }

  @Test
  @Order(9)
  void should_answer_other_chats_while_sends_wait_out_a_429() throws Exception {
    List<Long> waiting = List.of(201L, 202L, 203L, 204L);
    telegram.failNextSends(waiting.size(), 3);
    long before = System.currentTimeMillis();
    waiting.forEach(user -> telegram.userSays(user, "/help"));
    long deadline = System.currentTimeMillis() + 20_000;
    while (telegram.calls("sendMessage").stream()
        .filter(c -> c.atMillis() >= before && c.status() == 429).count() < waiting.size()) {
      assertTrue(System.currentTimeMillis() < deadline, "four sends refused with a 429");
      Thread.sleep(20);
    }
    long asked = System.currentTimeMillis();
    telegram.userSays(205, "/help");
    telegram.awaitMessage(205, asked, t -> t.contains("已载入各期"), 20_000);
    long answered = sendsTo(205, asked).get(0).atMillis();
    for (long user : waiting) {
      telegram.awaitMessage(user, before, t -> t.contains("已载入各期"), 20_000);
      long retried = sendsTo(user, before).stream().filter(c -> c.status() == 200)
          .findFirst().orElseThrow().atMillis();
      assertTrue(answered < retried, "user 205 was answered while " + user + " waited");
    }
  }

  @Test
  @Order(10)
  void should_in_a_group_answer_only_mentions_commands_and_replies_to_the_bot() throws Exception {
    long since = System.currentTimeMillis();
    telegram.memberSays(GROUP, 301, "大家早上好,今天开会吗?");
    telegram.memberSays(GROUP, 301, "/help@another_bot");
    telegram.memberSays(GROUP, 302, "@" + FakeTelegramServer.BOT_USERNAME
        + " 平湖跨境电商到2027年的出口目标是多少?");
    String answer = telegram.awaitMessage(GROUP, since, t -> t.contains("30亿元"), 30_000);
    long answerId = telegram.messageIdOf(GROUP, answer.replaceAll("<[^>]+>", ""));

    telegram.memberReplies(GROUP, 303, answerId, "乍浦老街改造总投资多少?");
    telegram.awaitMessage(GROUP, since, t -> t.contains("2.3亿元"), 30_000);
    telegram.memberSays(GROUP, 301, "/help");
    telegram.awaitMessage(GROUP, since, t -> t.contains("已载入各期"), 30_000);
    assertEquals(3, sendsTo(GROUP, since).size(),
        "only the mention, the reply and the command: " + sendsTo(GROUP, since).stream()
            .map(c -> c.params().path("text").asText()).toList());
  }

  @Test
  @Order(11)
  void should_serve_the_web_chat_when_the_bot_api_is_unreachable() throws Exception {
    String closedPort = "http://127.0.0.1:" + freePort();
    Config config = Config.of(Map.of("http.port", "0", "telegram.poll-seconds", "1"),
        Map.of("NEWSBOT_TELEGRAM_TOKEN", TOKEN, "NEWSBOT_TELEGRAM_API_URL", closedPort));
    try (App second = new Wiring(BotConfig.from(config, seeds, otherData))
        .app(library, java.time.Clock.systemUTC()).start()) {
      HttpResponse<String> health = get("http://127.0.0.1:" + second.httpPort() + "/healthz");
      assertEquals(200, health.statusCode());
      assertTrue(health.body().contains("\"telegram\":\"") && !health.body().contains(TOKEN),
          health.body());
    }
  }

  @Test
  @Order(12)
  void should_retry_a_refused_start_say_why_and_answer_once_telegram_accepts() throws Exception {
    ListAppender<ILoggingEvent> log = new ListAppender<>();
    log.start();
    Logger logger = (Logger) LoggerFactory.getLogger(TelegramChannel.class);
    logger.addAppender(log);
    try (FakeTelegramServer refusing = new FakeTelegramServer(TOKEN);
        TelegramChannel channel = new TelegramChannel(TOKEN, URI.create(refusing.url()),
            app.chat(), new HtmlRenderer("嘉兴日报·平湖版", true), 1,
            new Backoff(Duration.ofMillis(100), Duration.ofMillis(400)))) {
      refusing.refuse(true);
      channel.start();
      ChannelStatus retrying = awaitStatus(channel, ChannelStatus.State.RETRYING);
      assertEquals("telegram", retrying.name());
      assertTrue(retrying.lastError().contains("401") && retrying.lastError().contains("Unauthorized"),
          retrying.lastError());
      while (refusing.calls("getMe").size() < 3) {
        Thread.sleep(20); // it keeps trying
      }
      assertEquals(retrying.since(), channel.status().since(), "RETRYING since the first failure");

      refusing.refuse(false);
      awaitStatus(channel, ChannelStatus.State.UP);
      long since = System.currentTimeMillis();
      refusing.userSays(CITIZEN, "平湖跨境电商到2027年的出口目标是多少?");
      refusing.awaitMessage(CITIZEN, since, t -> t.contains("30亿元"), 30_000);
    } finally {
      logger.detachAppender(log);
    }
    assertTrue(log.list.stream().anyMatch(e -> e.getLevel() == Level.WARN
        && e.getFormattedMessage().contains("401")), "the failure is logged with its cause");
    for (ILoggingEvent e : log.list) {
      assertFalse(e.getFormattedMessage().contains(TOKEN), e.getFormattedMessage());
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        assertFalse(String.valueOf(t.getMessage()).contains(TOKEN), t.getMessage());
      }
    }
  }

  static ChannelStatus awaitStatus(TelegramChannel channel, ChannelStatus.State state)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    while (channel.status().state() != state) {
      assertTrue(System.currentTimeMillis() < deadline, state + ", not " + channel.status());
      Thread.sleep(20);
    }
    return channel.status();
  }

  @Test
  @Order(13)
  void should_hold_a_conversation_with_an_edition_question_and_a_follow_up() throws Exception {
    long since = System.currentTimeMillis();
    long citizen = 401;
    telegram.userSays(citizen, "今天报纸有啥");
    // "today" is the real day: no issue is loaded for it, and the reply says so honestly,
    // naming the nearest loaded issue (2025-09-12 was uploaded above) instead of showing it
    String today = telegram.awaitMessage(citizen, since, t -> t.contains("没有"), 30_000);
    assertTrue(today.contains("2025年9月12日"), today);
    telegram.userSays(citizen, "最新一期有什么");
    String latest = telegram.awaitMessage(citizen, since, t -> t.contains("第1版"), 30_000);
    assertTrue(latest.contains("2025年9月12日"), latest);
    telegram.userSays(citizen, "平湖跨境电商2027年的目标是多少?");
    telegram.awaitMessage(citizen, since, t -> t.contains("30亿元"), 30_000);
    long asked = System.currentTimeMillis();
    telegram.userSays(citizen, "那2030年呢?");
    String followUp = telegram.awaitMessage(citizen, asked, t -> t.contains("再翻一番"), 30_000);
    assertTrue(followUp.contains("《我市加力推动跨境电商高质量发展》"), followUp);
    sendsTo(citizen, since).forEach(c -> System.out.println("bot: " + c.params().path("text")
        .asText().replaceAll("<[^>]+>", "")));
  }

  @Test
  @Order(14)
  void should_record_a_readers_thumbs_down_once_remove_the_buttons_and_keep_no_raw_id()
      throws Exception {
    long since = System.currentTimeMillis();
    telegram.userSays(READER, "平湖跨境电商到2027年的出口目标是多少?");
    telegram.awaitMessage(READER, since, t -> t.contains("30亿元"), 30_000);
    List<FakeTelegramServer.Call> parts = sendsTo(READER, since);
    for (FakeTelegramServer.Call part : parts.subList(0, parts.size() - 1)) {
      assertTrue(part.params().path("reply_markup").isMissingNode(), "only the last part votes");
    }
    long answerId = telegram.lastMessageIdTo(READER);
    List<List<JsonNode>> keyboard = telegram.keyboardOf(answerId);
    assertEquals(1, keyboard.size(), "one row: " + keyboard);
    assertEquals(List.of("👍 有帮助", "👎 没帮上"),
        keyboard.get(0).stream().map(b -> b.path("text").asText()).toList());
    String down = keyboard.get(0).get(1).path("callback_data").asText();
    Matcher vote = Pattern.compile("v:(\\d+):-").matcher(down);
    assertTrue(vote.matches(), down);
    long question = Long.parseLong(vote.group(1));
    assertEquals("v:" + question + ":+", keyboard.get(0).get(0).path("callback_data").asText());
    assertEquals(0, BotFixtures.loggedVerdict(data, question), "no verdict before the press");
    List<FakeTelegramServer.Call> polls = telegram.calls("getUpdates");
    assertTrue(polls.get(polls.size() - 1).params().path("allowed_updates").toString()
        .contains("callback_query"), "the presses are asked for");

    String press = telegram.userPresses(READER, READER, answerId, down);
    assertTrue(answerTo(press).contains("已记下"), answerTo(press));
    telegram.awaitCall("editMessageReplyMarkup", p -> p.path("message_id").asLong() == answerId
        && p.path("chat_id").asText().equals(String.valueOf(READER)), 10_000);
    assertEquals(List.of(), telegram.keyboardOf(answerId), "the buttons are gone");
    assertEquals(-1, BotFixtures.loggedVerdict(data, question));

    for (String again : List.of(down, "v:" + question + ":+")) { // a stale keyboard, forged data
      String repeat = telegram.userPresses(READER, READER, answerId, again);
      assertTrue(answerTo(repeat).contains("已经评价过"), answerTo(repeat));
      assertEquals(-1, BotFixtures.loggedVerdict(data, question), "the first verdict stands");
    }
    String gone = telegram.userPresses(READER, READER, answerId, "v:999999:-");
    assertTrue(answerTo(gone).contains("不在记录里"), answerTo(gone));
    // each press after the first found the buttons gone: Telegram refused the edit
    awaitEdits(answerId, 4);
    String garbage = telegram.userPresses(READER, READER, answerId, "garbage");
    assertEquals("这个按钮已失效。", answerTo(garbage));
    Thread.sleep(300); // an edit would follow the answer within milliseconds
    assertEquals(4, edits(answerId), "garbage edits nothing");

    try (Stream<Path> files = Files.list(data)) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("questions.db"))
          .toList()) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains(String.valueOf(READER)), "the raw user id is in " + f);
      }
    }
  }

  @Test
  @Order(15)
  void should_in_a_group_leave_the_buttons_for_the_asker_when_another_member_presses()
      throws Exception {
    long since = System.currentTimeMillis();
    telegram.memberSays(GROUP, 601, "@" + FakeTelegramServer.BOT_USERNAME
        + " 乍浦老街改造总投资多少?");
    telegram.awaitMessage(GROUP, since, t -> t.contains("2.3亿元"), 30_000);
    long answerId = telegram.lastMessageIdTo(GROUP);
    String up = telegram.keyboardOf(answerId).get(0).get(0).path("callback_data").asText();
    long question = Long.parseLong(up.split(":")[1]);

    String other = telegram.userPresses(602, GROUP, answerId, up);
    assertEquals("只有提问的人可以评价这条回答。", answerTo(other));
    assertEquals(2, telegram.keyboardOf(answerId).get(0).size(), "the buttons stay for the asker");
    assertEquals(0, BotFixtures.loggedVerdict(data, question));

    String asker = telegram.userPresses(601, GROUP, answerId, up);
    assertTrue(answerTo(asker).contains("有帮助"), answerTo(asker));
    telegram.awaitCall("editMessageReplyMarkup", p -> p.path("message_id").asLong() == answerId,
        10_000);
    assertEquals(List.of(), telegram.keyboardOf(answerId));
    assertEquals(1, edits(answerId), "only the asker's press took the buttons away");
    assertEquals(1, BotFixtures.loggedVerdict(data, question));
  }

  static long edits(long messageId) {
    return telegram.calls("editMessageReplyMarkup").stream()
        .filter(c -> c.params().path("message_id").asLong() == messageId).count();
  }

  static void awaitEdits(long messageId, long n) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 10_000;
    while (edits(messageId) < n) {
      assertTrue(System.currentTimeMillis() < deadline, n + " edits of " + messageId);
      Thread.sleep(20);
    }
  }

  /** The text the bot answered the button press {@code pressId} with. */
  static String answerTo(String pressId) throws InterruptedException {
    return telegram.awaitCall("answerCallbackQuery",
        p -> p.path("callback_query_id").asText().equals(pressId), 10_000)
        .params().path("text").asText();
  }


}
