package newsbot.bot.chat.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.Incoming;
import newsbot.bot.chat.understand.ConversationMemory.Key;
import newsbot.bot.chat.understand.ConversationMemory.Turn;
import newsbot.bot.testing.MutableClock;
import org.junit.jupiter.api.Test;

class ConversationMemoryTest {

  static final Key ALICE = new Key(Channel.TELEGRAM, "chat-1", "alice");
  static final String ANSWER = "“力争到2027年,实现跨境电商出口规模较2024年实现翻倍,达30亿元以上。”[1]\n\n"
      + "来源:\n[1] 《我市加力推动跨境电商高质量发展》 嘉兴日报·平湖版 2025年8月4日";

  final MutableClock clock = new MutableClock(Instant.parse("2025-11-20T02:00:00Z"));
  final ConversationMemory memory = new ConversationMemory(clock);

  @Test
  void should_keep_the_turns_of_a_conversation_oldest_first() {
    memory.remember(ALICE, "平湖跨境电商2027年的目标是多少?", "平湖跨境电商2027年的目标是多少", List.of("a1"), ANSWER, "");
    clock.advance(Duration.ofMinutes(1));
    Turn second = memory.remember(ALICE, "那2030年呢?", "平湖跨境电商2030年的目标是多少", List.of("a1", "a2"),
        "到2030年,跨境电商出口规模较2027年再翻一番。[1]", "");

    List<Turn> turns = memory.turns(ALICE);

    assertEquals(List.of("平湖跨境电商2027年的目标是多少?", "那2030年呢?"),
        turns.stream().map(Turn::question).toList());
    assertEquals(Optional.of(second), memory.last(ALICE));
    assertEquals(List.of("a1", "a2"), second.articleIds());
    assertEquals(Instant.parse("2025-11-20T02:01:00Z"), second.at());
  }

  @Test
  void should_forget_a_turn_older_than_thirty_minutes() {
    memory.remember(ALICE, "跨境电商", "跨境电商", List.of("a1"), ANSWER, "");

    clock.advance(Duration.ofMinutes(30));
    assertEquals(1, memory.turns(ALICE).size(), "still there at exactly 30 minutes");
    clock.advance(Duration.ofSeconds(1));

    assertEquals(List.of(), memory.turns(ALICE));
    assertEquals(Optional.empty(), memory.last(ALICE));
    assertEquals(0, memory.size(), "an emptied conversation is dropped");
  }

  @Test
  void should_forget_only_the_expired_turns_of_a_conversation() {
    memory.remember(ALICE, "old", "old", List.of(), "old reply", "");
    clock.advance(Duration.ofMinutes(20));
    memory.remember(ALICE, "new", "new", List.of(), "new reply", "");
    clock.advance(Duration.ofMinutes(15));

    assertEquals(List.of("new"), memory.turns(ALICE).stream().map(Turn::question).toList());
  }

  @Test
  void should_sweep_expired_conversations_when_remembering() {
    memory.remember(ALICE, "q", "q", List.of(), "r", "");
    clock.advance(Duration.ofMinutes(31));

    memory.remember(new Key(Channel.WEB, "web-1", "bob"), "q", "q", List.of(), "r", "");

    assertEquals(1, memory.size());
  }

  @Test
  void should_keep_at_most_five_turns_per_conversation() {
    for (int i = 1; i <= 7; i++) {
      memory.remember(ALICE, "q" + i, "q" + i, List.of(), "r" + i, "");
    }

    assertEquals(List.of("q3", "q4", "q5", "q6", "q7"),
        memory.turns(ALICE).stream().map(Turn::question).toList());
  }

  @Test
  void should_drop_the_least_recently_used_conversation_past_the_bound() {
    ConversationMemory small = new ConversationMemory(clock, Duration.ofMinutes(30), 3, 5);
    Key a = new Key(Channel.TELEGRAM, "c", "a");
    Key b = new Key(Channel.TELEGRAM, "c", "b");
    Key c = new Key(Channel.TELEGRAM, "c", "c");
    Key d = new Key(Channel.TELEGRAM, "c", "d");
    small.remember(a, "qa", "qa", List.of(), "ra", "");
    small.remember(b, "qb", "qb", List.of(), "rb", "");
    small.remember(c, "qc", "qc", List.of(), "rc", "");
    small.last(a);

    small.remember(d, "qd", "qd", List.of(), "rd", "");

    assertEquals(3, small.size());
    assertEquals(List.of(), small.turns(b), "b was used least recently");
    assertEquals("qa", small.last(a).orElseThrow().question());
  }

  @Test
  void should_hold_ten_thousand_conversations_by_default() {
    for (int i = 0; i <= ConversationMemory.DEFAULT_MAX_KEYS; i++) {
      memory.remember(new Key(Channel.WECOM, "corp", "user-" + i), "q", "q", List.of(), "r", "");
    }

    assertEquals(10_000, memory.size());
    assertEquals(List.of(), memory.turns(new Key(Channel.WECOM, "corp", "user-0")));
    assertEquals(1, memory.turns(new Key(Channel.WECOM, "corp", "user-10000")).size());
  }

  @Test
  void should_keep_each_user_chat_and_channel_apart() {
    memory.remember(ALICE, "alice asks", "alice asks", List.of(), "to alice", "");

    assertEquals(List.of(), memory.turns(new Key(Channel.TELEGRAM, "chat-1", "bob")));
    assertEquals(List.of(), memory.turns(new Key(Channel.TELEGRAM, "chat-2", "alice")));
    assertEquals(List.of(), memory.turns(new Key(Channel.WECOM, "chat-1", "alice")));
    Key sameAsAlice = Key.of(Incoming.text(Channel.TELEGRAM, "alice", "chat-1", "hi"));
    assertEquals(1, memory.turns(sameAsAlice).size());
  }

  @Test
  void should_find_the_turn_whose_reply_is_replied_to() {
    Turn first = memory.remember(ALICE, "跨境电商目标?", "跨境电商目标", List.of("a1"), ANSWER, "");
    memory.remember(ALICE, "人才政策", "人才政策", List.of("a9"), "《平湖出台人才新政》 嘉兴日报·平湖版 2025年8月5日", "");

    assertEquals(Optional.of(first), memory.turnReplyingWith(ALICE, ANSWER));
  }

  @Test
  void should_match_a_reply_whatever_its_spacing_and_one_of_its_split_parts() {
    Turn turn = memory.remember(ALICE, "跨境电商目标?", "跨境电商目标", List.of("a1"), ANSWER, "");
    String asTelegramShowsIt = ANSWER.replace("\n\n", "\n").replace(" ", "  ") + " 🙂";
    String secondPart = "来源:\n[1] 《我市加力推动跨境电商高质量发展》 嘉兴日报·平湖版 2025年8月4日";

    assertEquals(Optional.of(turn), memory.turnReplyingWith(ALICE, asTelegramShowsIt));
    assertEquals(Optional.of(turn), memory.turnReplyingWith(ALICE, secondPart));
  }

  @Test
  void should_prefer_the_newest_of_equal_replies_and_ignore_short_fragments() {
    String notFound = "报纸里没有找到能回答这个问题的内容。";
    memory.remember(ALICE, "平湖地铁什么时候开通?", "平湖地铁什么时候开通", List.of(), notFound, "");
    Turn newer = memory.remember(ALICE, "西瓜节在哪天?", "西瓜节在哪天", List.of(), notFound, "");

    assertEquals(Optional.of(newer), memory.turnReplyingWith(ALICE, notFound));
    assertEquals(Optional.empty(), memory.turnReplyingWith(ALICE, "报纸"), "too short to be a part");
    assertEquals(Optional.empty(), memory.turnReplyingWith(ALICE, " "));
  }

  @Test
  void should_not_find_a_reply_of_another_conversation_or_an_expired_one() {
    memory.remember(ALICE, "跨境电商目标?", "跨境电商目标", List.of("a1"), ANSWER, "");

    assertEquals(Optional.empty(),
        memory.turnReplyingWith(new Key(Channel.TELEGRAM, "chat-1", "bob"), ANSWER));
    clock.advance(Duration.ofMinutes(31));
    assertEquals(Optional.empty(), memory.turnReplyingWith(ALICE, ANSWER));
  }

  @Test
  void should_forget_a_conversation_on_request() {
    memory.remember(ALICE, "q", "q", List.of(), "r", "");

    memory.forget(ALICE);

    assertEquals(List.of(), memory.turns(ALICE));
  }

  @Test
  void should_stay_within_its_bounds_under_concurrent_use() throws Exception {
    ConversationMemory shared = new ConversationMemory(clock, Duration.ofMinutes(30), 50, 5);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = IntStream.range(0, 8).<Future<?>>mapToObj(t -> pool.submit(() -> {
        for (int i = 0; i < 2_000; i++) {
          Key key = new Key(Channel.WEB, "chat", "u" + (i % 100));
          shared.remember(key, "q" + i, "q", List.of("a" + t), "reply " + i, "");
          shared.turns(key);
          shared.turnReplyingWith(key, "reply " + i);
        }
      })).toList();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertEquals(50, shared.size());
    for (int u = 0; u < 100; u++) {
      assertTrue(shared.turns(new Key(Channel.WEB, "chat", "u" + u)).size() <= 5);
    }
  }

  @Test
  void should_remember_the_person_a_turn_was_about_and_none_by_default() {
    Turn who = memory.remember(ALICE, "姚丽萍是谁", "姚丽萍是谁", List.of("a1"),
        "副市长姚丽萍出席开幕式并宣布艺术节开幕。[1]", "姚丽萍");
    Turn other = memory.remember(ALICE, "跨境电商", "跨境电商", List.of("a2"), ANSWER, "");

    assertEquals("姚丽萍", who.person());
    assertEquals("", other.person());
  }

  @Test
  void should_keep_the_issue_an_edition_showed_apart_from_the_question_a_follow_up_leans_on() {
    ConversationMemory memory = new ConversationMemory(clock);
    Turn asked = memory.remember(ALICE, "停水", "停水", List.of("a1"), ANSWER, "");
    memory.rememberIssue(ALICE, "昨天的报纸", LocalDate.of(2025, 11, 17), List.of("p1", "p2"));

    assertEquals(LocalDate.of(2025, 11, 17), memory.last(ALICE).orElseThrow().issue());
    assertEquals(List.of("p1", "p2"), memory.last(ALICE).orElseThrow().articleIds());
    assertEquals(asked, memory.lastAsked(ALICE).orElseThrow());
    assertEquals(asked, memory.lastAnswered(ALICE).orElseThrow());
    assertTrue(memory.turnReplyingWith(ALICE, "嘉兴日报·平湖版 2025年11月17日").isEmpty());
  }
}
