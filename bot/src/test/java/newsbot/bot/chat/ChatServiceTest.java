package newsbot.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import newsbot.bot.render.TextRenderer;
import newsbot.bot.schedule.DigestScheduler;
import newsbot.bot.store.Store;
import newsbot.bot.testing.BotFixtures;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.digest.Digester;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands every channel shares, on the real seed index and a real SQLite store. */
class ChatServiceTest {

  @TempDir static Path data;
  static NewsLibrary library;
  static Store store;
  static final AtomicLong now = new AtomicLong(0);
  static ChatService chat;

  @BeforeAll
  static void start() throws Exception {
    library = BotFixtures.seedLibrary(data);
    store = Store.open(data.resolve("newsbot.db"));
    chat = new ChatService(library, BotFixtures.answerer(library), BotFixtures.overviews(library),
        new Digester(new Links("http://bot.test", Links.DEFAULT_EPAPER_TEMPLATE)), store,
        new RateLimiter(3, 10_000, now::get), new ChatService.Settings(Map.of(Channel.TELEGRAM, Set.of("admin-1")), "嘉兴日报·平湖版", 3,
            true, Clock.systemUTC(), "平湖"), null, null);
    chat.markReady();
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    library.close();
  }

  private static String text(Reply r) {
    return ((Reply.Text) r).text();
  }

  private static Reply say(String user, String text) {
    now.addAndGet(20_000); // well past the rate limit, unless a test wants otherwise
    return chat.handle(Incoming.text(Channel.TELEGRAM, user, "chat-" + user, text));
  }

  @Test
  void should_answer_a_plain_message_as_a_question() {
    Reply r = say("u1", "卫星能源上半年产值增长了多少?");
    Reply.AnswerReply a = assertInstanceOf(Reply.AnswerReply.class, r);
    assertTrue(a.answer().answer().contains("47.4%"));
  }

  @Test
  void should_refuse_admin_commands_to_non_admins_and_run_them_for_admins() throws Exception {
    assertTrue(text(say("u2", "/reload")).contains("仅管理员可用"));
    assertTrue(text(say("u2", "/stats")).contains("管理员"));
    assertTrue(store.audit(10).stream().noneMatch(e -> e.userId().equals("u2")));
    String report = text(say("admin-1", "/reload"));
    assertTrue(report.startsWith("重新载入完成:"), report);
    assertTrue(report.contains("共 5 版、30 篇文章"), report);
    assertEquals("reload", store.audit(1).get(0).action());
    assertTrue(text(say("admin-1", "/stats")).contains("30 篇文章"));
  }

  @Test
  void should_say_what_is_loaded_in_help_and_issues() {
    String help = text(say("u3", "/help"));
    assertTrue(help.contains("1 期,从 2025年8月4日 到 2025年8月4日,另有 4 个日期不详的版面,共 30 篇文章"), help);
    String issues = text(say("u3", "/issues"));
    assertTrue(issues.contains("2025年8月4日 总第5723期 — 1 版,5 篇"), issues);
  }

  @Test
  void should_give_the_digest_of_a_date_or_the_latest_and_explain_a_bad_date() {
    Reply.DigestReply d = assertInstanceOf(Reply.DigestReply.class, say("u4", "/digest 2025-08-04"));
    assertEquals(5, d.digest().articleCount());
    assertInstanceOf(Reply.DigestReply.class, say("u4", "/digest latest"));
    assertTrue(text(say("u4", "/digest 2025-08-05")).contains("没有 2025-08-05 这一期"));
    assertTrue(text(say("u4", "/digest yesterday")).contains("日期格式不对"));
  }

  @Test
  void should_answer_unknown_commands_empty_and_overlong_messages_clearly() {
    String unknown = text(say("u5", "/frobnicate"));
    assertTrue(unknown.startsWith("不认识的命令 /frobnicate"), unknown);
    assertTrue(text(say("u5", "   ")).startsWith("我只能读文字消息"), "a blank message or a sticker");
    assertTrue(text(say("u5", "问".repeat(10_000))).startsWith("消息太长了(10000字)"));
    assertTrue(text(say("u5", "/ask")).startsWith("用法:/ask"));
  }

  @Test
  void should_ask_a_sender_who_bursts_to_slow_down() {
    now.addAndGet(60_000);
    List<String> replies = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Reply r = chat.handle(Incoming.text(Channel.TELEGRAM, "burst", "chat-burst", "/start"));
      replies.add(r instanceof Reply.Text t ? t.text() : "answer");
    }
    assertEquals(ChatService.SLOW_DOWN, replies.get(3));
    assertFalse(replies.get(2).equals(ChatService.SLOW_DOWN));
    now.addAndGet(10_000);
    assertFalse(text(chat.handle(Incoming.text(Channel.TELEGRAM, "burst", "chat-burst", "/start")))
        .equals(ChatService.SLOW_DOWN), "one more after the refill");
  }

  @Test
  void should_keep_subscriptions_and_send_each_digest_once_a_day_across_restarts()
      throws Exception {
    assertTrue(text(say("sub", "/subscribe 07:30")).contains("每天 07:30"));
    assertTrue(text(say("sub", "/subscribe 7:30am")).contains("时间格式不对"));
    List<String> sent = new ArrayList<>();
    BiConsumer<String, Reply> outbox = (chatId, r) -> sent.add(chatId);
    Clock before = Clock.fixed(Instant.parse("2026-11-22T23:00:00Z"), ZoneOffset.UTC); // 07:00 Shanghai
    Clock after = Clock.fixed(Instant.parse("2026-11-22T23:45:00Z"), ZoneOffset.UTC); // 07:45
    Digester digester = new Digester(new Links("http://bot.test", null));
    DigestScheduler first = new DigestScheduler(store, library, digester, Map.of("telegram", outbox), before);
    assertEquals(0, first.runOnce(), "not yet 07:30 in Shanghai");
    DigestScheduler due = new DigestScheduler(store, library, digester, Map.of("telegram", outbox), after);
    assertEquals(1, due.runOnce());
    assertEquals(List.of("chat-sub"), sent);
    try (Store reopened = Store.open(data.resolve("newsbot.db"))) {
      assertEquals(LocalTime.of(7, 30), reopened.subscriptions().stream()
          .filter(s -> s.chatId().equals("chat-sub")).findFirst().orElseThrow().time());
      DigestScheduler restarted = new DigestScheduler(reopened, library, digester,
          Map.of("telegram", outbox), after);
      assertEquals(0, restarted.runOnce(), "a restart the same day sends nothing again");
    }
    assertTrue(text(say("sub", "/unsubscribe")).contains("已取消"));
    assertTrue(text(say("sub", "/unsubscribe")).contains("还没有订阅"));
  }

  @Test
  void should_keep_a_subscription_in_the_database_file_after_the_store_is_reopened(
      @TempDir Path other) throws Exception {
    Path file = other.resolve("newsbot.db");
    try (Store s = Store.open(file)) {
      s.subscribe(new Store.Subscription("telegram", "chat-kept", "u-kept", LocalTime.of(7, 30)));
    }
    try (Store reopened = Store.open(file)) {
      assertEquals(List.of(new Store.Subscription("telegram", "chat-kept", "u-kept",
          LocalTime.of(7, 30))), reopened.subscriptions());
    }
  }

  @Test
  void should_tell_the_web_chat_that_daily_digests_need_telegram_or_wecom() throws Exception {
    int before = store.subscriptions().size();
    String reply = text(chat.handle(Incoming.text(Channel.WEB, "1.2.3.4", "1.2.3.4/x", "/subscribe")));
    assertTrue(reply.contains("Telegram 或企业微信"), reply);
    assertEquals(before, store.subscriptions().size(), "nothing stored that would never be sent");
  }

  @Test
  void should_bound_the_subscriptions_of_a_channel() throws Exception {
    now.addAndGet(600_000);
    for (int i = 0; i < 5; i++) {
      chat.handle(Incoming.text(Channel.WECOM, "w" + i, "w-chat-" + i, "/subscribe 07:00"));
    }
    assertEquals(3, store.subscriptionCount("wecom"), "the configured bound is 3");
    String refused = text(chat.handle(Incoming.text(Channel.WECOM, "w9", "w-chat-9", "/subscribe")));
    assertTrue(refused.contains("订阅人数已满"), refused);
    assertTrue(text(chat.handle(Incoming.text(Channel.WECOM, "w0", "w-chat-0", "/subscribe 09:00")))
        .startsWith("已订阅"), "a subscriber may still change the time");
    for (int i = 0; i < 3; i++) {
      store.unsubscribe("wecom", "w-chat-" + i);
    }
  }

  @Test
  void should_show_the_front_page_of_an_issue_whose_pages_print_no_number_and_never_another_day()
      throws Exception {
    LocalDate sent = LocalDate.of(2025, 8, 10);
    Reply front = chat.handle(new Incoming(Channel.TELEGRAM, "u9", "c9", "8月4日头版说了什么", null,
        null, sent));
    assertEquals(Reply.Kind.EDITION, front.kind());
    String digest = new TextRenderer("嘉兴日报·平湖版", true).render(front);
    assertTrue(digest.contains("我市加力推动跨境电商高质量发展"), digest);
    Reply missing = chat.handle(new Incoming(Channel.TELEGRAM, "u9", "c9", "8月3日的报纸", null,
        null, sent));
    assertEquals(Reply.Kind.EDITION, missing.kind());
    String honest = text(missing);
    assertTrue(honest.startsWith("没有2025年8月3日的报纸") && honest.contains("2025年8月4日"), honest);
  }

}
