package newsbot.bot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.ChatService;
import newsbot.bot.chat.Incoming;
import newsbot.bot.chat.RateLimiter;
import newsbot.bot.chat.Reply;
import newsbot.bot.log.QuestionLog;
import newsbot.bot.log.UserHash;
import newsbot.bot.store.Store;
import newsbot.bot.testing.BotFixtures;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.digest.Digester;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.QaSet;
import newsbot.retrieval.query.QueryTermExtractor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers ask through the real ChatService over the seed pages; the question log, the votes,
 * /forget and the newsroom report see exactly what they asked.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsroomReportTest {

  static final String ADMIN = "admin-1";
  static final String READER = "600100200";
  static final String OTHER = "600100201";
  static final String ANSWERED = "平湖跨境电商2027年的目标是多少?";
  static final List<String> WEATHER = List.of("平湖明天天气怎么样?", "明天平湖天气如何", "平湖明天会下雨吗?");

  @TempDir static Path data;
  static NewsLibrary library;
  static Store store;
  static QuestionLog log;
  static NewsroomReports reports;
  static ChatService chat;
  static long answeredId;

  @BeforeAll
  static void start() throws Exception {
    library = BotFixtures.seedLibrary(data);
    store = Store.open(data.resolve("newsbot.db"));
    log = QuestionLog.open(data.resolve("questions.db"), UserHash.of("test-salt"),
        Duration.ofDays(180), Clock.systemUTC());
    var model = library.embedder().model();
    reports = new NewsroomReports(log, new QuestionGroups(q -> model.embed(q).content().vector(),
        new QueryTermExtractor(), QuestionGroups.MIN_COSINE), library, Clock.systemUTC());
    chat = new ChatService(library, BotFixtures.answerer(library), BotFixtures.overviews(library),
        new Digester(new Links("http://bot.test", Links.DEFAULT_EPAPER_TEMPLATE)), store,
        new RateLimiter(100, 1_000, System::currentTimeMillis),
        new ChatService.Settings(Map.of(Channel.TELEGRAM, Set.of(ADMIN)), "嘉兴日报·平湖版", 10,
            true, Clock.systemUTC(), "平湖"),
        log, days -> ReportText.render(reports.build(days), "嘉兴日报·平湖版"));
    chat.markReady();
  }

  @AfterAll
  static void stop() throws Exception {
    log.close();
    store.close();
    library.close();
  }

  private static ChatService.Response ask(String user, String text) {
    return chat.respond(Incoming.text(Channel.TELEGRAM, user, user, text));
  }

  @Test
  @Order(1)
  void should_log_each_question_with_the_kind_of_reply_and_offer_a_vote_only_on_answers()
      throws Exception {
    ChatService.Response hello = ask(READER, "你好");
    ChatService.Response answer = ask(READER, ANSWERED);
    for (String q : WEATHER) {
      assertEquals(Reply.Kind.NOT_FOUND, ask(q.equals(WEATHER.get(1)) ? OTHER : READER, q)
          .reply().kind(), q);
    }
    assertEquals(Reply.Kind.NOT_FOUND, ask(OTHER, "平湖房价现在多少?").reply().kind());
    assertFalse(hello.votable());
    assertTrue(answer.votable());
    answeredId = answer.questionId();
    List<QuestionLog.Entry> logged = log.since(Instant.EPOCH);
    assertEquals(List.of("intro", "answer", "not_found", "not_found", "not_found", "not_found"),
        logged.stream().map(QuestionLog.Entry::kind).toList());
    QuestionLog.Entry a = logged.get(1);
    assertEquals(ANSWERED, a.question());
    assertEquals(1, a.articles().size());
    assertTrue(a.evidence().similarity() > 0.5, a.evidence().toString());
    assertTrue(a.reply().contains("30亿元"), a.reply());
  }

  @Test
  @Order(2)
  void should_take_one_vote_from_the_asker_and_refuse_others_gracefully() {
    assertEquals(new ChatService.Verdict("只有提问的人可以评价这条回答。", true),
        chat.vote(Channel.TELEGRAM, OTHER, OTHER, answeredId, false));
    assertTrue(chat.vote(Channel.TELEGRAM, READER, READER, answeredId, false).text()
        .startsWith("谢谢"));
    assertEquals(new ChatService.Verdict("这条回答已经评价过了,谢谢。", false),
        chat.vote(Channel.TELEGRAM, READER, READER, answeredId, true));
  }

  @Test
  @Order(3)
  void should_report_three_phrasings_of_one_unanswered_question_as_one_line_of_three()
      throws Exception {
    NewsroomReport r = reports.build(7);
    assertEquals(6, r.questions());
    assertEquals(5, r.sought());
    assertEquals(4, r.notFound());
    assertEquals(0.2, r.answerRate(), 1e-9);
    assertEquals(List.of(3, 1), r.unanswered().stream().map(QuestionGroups.Group::count).toList());
    assertEquals(Set.copyOf(WEATHER), Set.copyOf(r.unanswered().get(0).phrasings()));
    assertEquals("平湖房价现在多少?", r.unanswered().get(1).label());
    assertEquals("我市加力推动跨境电商高质量发展", r.mostCited().get(0).title());
    assertEquals(0, r.helpful());
    assertEquals(1, r.unhelpful());
    assertEquals(ANSWERED, r.downvoted().get(0).question());
    assertTrue(r.downvoted().get(0).reply().contains("30亿元"));
  }

  @Test
  @Order(4)
  void should_show_the_report_to_an_admin_only() {
    String report = ((Reply.Text) chat.handle(Incoming.text(Channel.TELEGRAM, ADMIN, ADMIN,
        "/report 7d"))).text();
    assertTrue(report.contains("」 ×3(3 种问法"), report);
    assertTrue(report.contains("回答率 20%"), report);
    assertTrue(report.contains("《我市加力推动跨境电商高质量发展》"), report);
    assertFalse(report.contains(READER) || report.contains(OTHER), report);
    assertEquals("仅管理员可用:这个命令只对管理员开放。",
        ((Reply.Text) chat.handle(Incoming.text(Channel.TELEGRAM, READER, READER, "/report")))
            .text());
    assertTrue(((Reply.Text) chat.handle(Incoming.text(Channel.TELEGRAM, ADMIN, ADMIN,
        "/report lots"))).text().startsWith("用法"));
  }

  @Test
  @Order(5)
  void should_export_failed_questions_as_a_qa_file_eval_reads() throws Exception {
    Path file = data.resolve("reader-qa.jsonl");
    assertEquals(5, QaExport.write(log.since(Instant.EPOCH), file));
    List<QaItem> items = QaSet.load(file);
    assertEquals(List.of(ANSWERED, WEATHER.get(0), WEATHER.get(1), WEATHER.get(2), "平湖房价现在多少?"),
        items.stream().map(QaItem::question).toList());
    assertTrue(items.stream().noneMatch(QaItem::answerable));
    JsonNode first = new ObjectMapper().readTree(
        Files.readAllLines(file, StandardCharsets.UTF_8).get(0));
    assertEquals("thumbs_down", first.get("why").asText());
    assertEquals("not_found", new ObjectMapper().readTree(
        Files.readAllLines(file, StandardCharsets.UTF_8).get(1)).get("why").asText());
  }

  @Test
  @Order(6)
  void should_tell_what_is_kept_and_forget_a_readers_rows_on_request() throws Exception {
    String privacy = ((Reply.Text) chat.handle(Incoming.text(Channel.TELEGRAM, READER, READER,
        "/privacy"))).text();
    assertTrue(privacy.contains("180 天"), privacy);
    assertTrue(privacy.contains("/forget"), privacy);
    assertEquals("已删除你的 4 条提问记录。", ((Reply.Text) chat.handle(Incoming.text(
        Channel.TELEGRAM, READER, READER, "/forget"))).text());
    assertEquals(List.of(WEATHER.get(1), "平湖房价现在多少?"),
        log.since(Instant.EPOCH).stream().map(QuestionLog.Entry::question).toList());
    assertEquals("没有你的提问记录。", ((Reply.Text) chat.handle(Incoming.text(
        Channel.TELEGRAM, READER, READER, "/forget"))).text());
    assertTrue(chat.vote(Channel.TELEGRAM, READER, READER, answeredId, true).text()
        .contains("不在记录里"));
  }

  @Test
  @Order(7)
  void should_log_a_follow_up_as_typed_under_the_topic_it_continues() throws Exception {
    String reader = "600100299";
    ask(reader, ANSWERED);
    assertEquals(Reply.Kind.ANSWER, ask(reader, "那2030年呢?").reply().kind());
    List<QuestionLog.Entry> logged = log.since(Instant.EPOCH);
    QuestionLog.Entry followUp = logged.get(logged.size() - 1);
    assertEquals("那2030年呢?", followUp.question());
    assertTrue(followUp.topic().contains("跨境电商") && followUp.topic().contains("2030"),
        followUp.topic());
  }
}
