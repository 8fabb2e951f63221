package newsbot.bot.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import newsbot.bot.log.QuestionLog.Question;
import newsbot.bot.log.QuestionLog.VoteOutcome;
import newsbot.bot.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The question log on a real SQLite file: no raw ids, one vote, forget, retention, masking. */
class QuestionLogTest {

  static final String CITIZEN = "735920184";
  static final String NEIGHBOUR = "735920185";
  static final Instant T0 = Instant.parse("2026-11-20T02:00:00Z");

  @TempDir Path dir;
  final MutableClock clock = new MutableClock(T0);


  private QuestionLog open(String salt) throws Exception {
    return QuestionLog.open(dir.resolve("questions.db"), UserHash.of(salt), Duration.ofDays(180),
        clock);
  }

  private static Question asked(String user, String text, String kind) {
    return new Question("telegram", user, text, text, kind, List.of("a1b2c3"),
        new QuestionLog.Evidence(0.91, 0.73), "平湖跨境电商2027年的目标是30亿元。[1]");
  }

  @Test
  void should_log_a_question_with_its_kind_articles_and_evidence_but_never_the_raw_user_id()
      throws Exception {
    try (QuestionLog log = open("salt-from-env")) {
      long id = log.record(asked(CITIZEN, "平湖跨境电商2027年的目标是多少?", "answer"));
      QuestionLog.Entry e = log.since(T0.minusSeconds(1)).get(0);
      assertEquals(id, e.id());
      assertEquals("平湖跨境电商2027年的目标是多少?", e.question());
      assertEquals("answer", e.kind());
      assertEquals(List.of("a1b2c3"), e.articles());
      assertEquals(new QuestionLog.Evidence(0.91, 0.73), e.evidence());
      assertTrue(e.userHash().matches("[0-9a-f]{32}"), e.userHash());
      assertFalse(e.userHash().contains(CITIZEN));
    }
    for (Path f : Files.list(dir).toList()) {
      String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      assertFalse(bytes.contains(CITIZEN), f + " holds the raw user id");
    }
  }

  @Test
  void should_hash_the_same_user_alike_under_one_salt_and_differently_under_another() {
    assertEquals(UserHash.of("a").of("telegram", CITIZEN), UserHash.of("a").of("telegram", CITIZEN));
    assertNotEquals(UserHash.of("a").of("telegram", CITIZEN), UserHash.of("b").of("telegram", CITIZEN));
    assertNotEquals(UserHash.of("a").of("telegram", CITIZEN), UserHash.of("a").of("wecom", CITIZEN));
    assertFalse(UserHash.of("").stable());
    assertFalse(UserHash.of("secret-salt").toString().contains("secret-salt"));
  }

  @Test
  void should_record_a_vote_once_and_only_from_the_asker() throws Exception {
    try (QuestionLog log = open("s")) {
      long id = log.record(asked(CITIZEN, "西瓜节门票多少钱?", "answer"));
      assertEquals(VoteOutcome.NOT_YOURS, log.vote(id, "telegram", NEIGHBOUR, true));
      assertEquals(VoteOutcome.RECORDED, log.vote(id, "telegram", CITIZEN, false));
      assertEquals(VoteOutcome.ALREADY_VOTED, log.vote(id, "telegram", CITIZEN, true));
      assertEquals(-1, log.since(T0).get(0).verdict());
      assertEquals(VoteOutcome.GONE, log.vote(id + 1000, "telegram", CITIZEN, true));
    }
  }

  @Test
  void should_forget_every_row_of_one_user_and_no_one_elses() throws Exception {
    try (QuestionLog log = open("s")) {
      log.record(asked(CITIZEN, "图书馆几点开门?", "answer"));
      log.record(asked(CITIZEN, "平湖明天天气怎么样?", "not_found"));
      log.record(asked(NEIGHBOUR, "西瓜节在哪里?", "answer"));
      assertEquals(2, log.forget("telegram", CITIZEN));
      assertEquals(0, log.count("telegram", CITIZEN));
      assertEquals(List.of("西瓜节在哪里?"),
          log.since(T0).stream().map(QuestionLog.Entry::question).toList());
    }
  }

  @Test
  void should_delete_rows_older_than_the_retention_and_keep_newer_ones() throws Exception {
    try (QuestionLog log = open("s")) {
      long old = log.record(asked(CITIZEN, "去年的问题", "answer"));
      clock.set(T0.plus(Duration.ofDays(100)));
      log.record(asked(CITIZEN, "今年的问题", "answer"));
      clock.set(T0.plus(Duration.ofDays(181)));
      assertEquals(1, log.purgeExpired());
      assertEquals(List.of("今年的问题"),
          log.since(Instant.EPOCH).stream().map(QuestionLog.Entry::question).toList());
      assertEquals(VoteOutcome.GONE, log.vote(old, "telegram", CITIZEN, true));
    }
  }

  @Test
  void should_keep_no_evidence_for_a_reply_that_did_not_pass_the_gate() throws Exception {
    try (QuestionLog log = open("s")) {
      log.record(new Question("web", "1.2.3.4/abc", "你好", "你好", "social", List.of(), null, "你好!"));
      assertNull(log.since(T0).get(0).evidence());
    }
  }

  @Test
  void should_mask_phone_id_and_mail_but_keep_years_dates_and_amounts() {
    assertEquals("我的电话＊＊＊,能帮我查吗", Redaction.redact("我的电话13812345678,能帮我查吗"));
    assertEquals("打 ＊＊＊ 问", Redaction.redact("打 0573-85012345 问"));
    assertEquals("身份证＊＊＊补办", Redaction.redact("身份证33048219900101123X补办"));
    assertEquals("发到＊＊＊", Redaction.redact("发到 zhang.san@example.com".replace(" ", "")));
    String kept = "平湖跨境电商2027年的目标是30亿元吗?2025-11-18那期";
    assertEquals(kept, Redaction.redact(kept));
  }
}
