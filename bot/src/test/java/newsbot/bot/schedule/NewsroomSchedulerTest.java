package newsbot.bot.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import newsbot.bot.chat.Reply;
import newsbot.bot.log.QuestionLog;
import newsbot.bot.log.UserHash;
import newsbot.bot.store.Store;
import newsbot.bot.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question log's daily purge and the weekly report, on real SQLite and a moving clock. */
class NewsroomSchedulerTest {

  /** Monday 2026-11-23 08:59 in Asia/Shanghai. */
  static final Instant MONDAY_0859 = Instant.parse("2026-11-23T00:59:00Z");

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(MONDAY_0859);


  @Test
  void should_send_the_weekly_report_once_per_chat_from_its_time_on_and_again_next_week()
      throws Exception {
    List<String> sent = new ArrayList<>();
    try (Store store = Store.open(dir.resolve("newsbot.db"));
        QuestionLog log = QuestionLog.open(dir.resolve("questions.db"), UserHash.of("s"),
            Duration.ofDays(180), clock)) {
      NewsroomScheduler s = new NewsroomScheduler(log, store, days -> "报告 " + days + " 天",
          List.of(new NewsroomScheduler.Recipient("telegram", "1001",
                  (chat, r) -> sent.add(chat + ":" + ((Reply.Text) r).text())),
              new NewsroomScheduler.Recipient("wecom-robot", "group",
                  (chat, r) -> sent.add(chat + ":" + ((Reply.Text) r).text()))),
          new NewsroomScheduler.Weekly(DayOfWeek.MONDAY, LocalTime.of(9, 0)), clock);
      s.runOnce();
      assertEquals(List.of(), sent, "not before 09:00");
      clock.set(MONDAY_0859.plus(Duration.ofMinutes(2)));
      s.runOnce();
      s.runOnce();
      assertEquals(List.of("1001:报告 7 天", "group:报告 7 天"), sent);
      clock.set(MONDAY_0859.plus(Duration.ofDays(3)));
      s.runOnce();
      assertEquals(2, sent.size(), "Thursday: this week's report is out already");
      clock.set(MONDAY_0859.plus(Duration.ofDays(7)).plus(Duration.ofMinutes(2)));
      s.runOnce();
      assertEquals(4, sent.size());
    }
  }

  @Test
  void should_purge_expired_questions_at_start_and_then_once_a_day() throws Exception {
    try (Store store = Store.open(dir.resolve("newsbot.db"));
        QuestionLog log = QuestionLog.open(dir.resolve("questions.db"), UserHash.of("s"),
            Duration.ofDays(180), clock)) {
      NewsroomScheduler s = new NewsroomScheduler(log, store, days -> "", List.of(), null, clock);
      log.record(new QuestionLog.Question("web", "a", "旧问题", "旧问题", "answer", List.of(), null,
          ""));
      clock.set(MONDAY_0859.plus(Duration.ofDays(181)));
      log.record(new QuestionLog.Question("web", "a", "新问题", "新问题", "answer", List.of(), null,
          ""));
      s.runOnce();
      assertEquals(List.of("新问题"),
          log.since(Instant.EPOCH).stream().map(QuestionLog.Entry::question).toList());
      clock.set(MONDAY_0859.plus(Duration.ofDays(362)));
      s.runOnce();
      assertEquals(0, log.since(Instant.EPOCH).size(), "a day later the newer one expired too");
    }
  }
}
