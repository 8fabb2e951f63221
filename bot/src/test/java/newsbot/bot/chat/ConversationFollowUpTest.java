package newsbot.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import newsbot.bot.store.Store;
import newsbot.bot.testing.BotFixtures;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.digest.Digester;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.search.RetrievalSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follow-ups a citizen types after a question, over the seed pages and the pages written for
 * evaluation (eval/pages), with the real index, model and answerer: a paraphrase of the article's
 * words, a follow-up after a refusal, and a new topic the paper does not cover.
 */
class ConversationFollowUpTest {

  @TempDir static Path data;
  static NewsLibrary library;
  static Store store;
  static ChatService chat;

  @BeforeAll
  static void start() throws Exception {
    Path seeds = Files.createDirectories(data.resolve("seeds"));
    for (Path folder : new Path[] {Path.of("seeds"), Path.of("eval/pages")}) {
      try (Stream<Path> pages = Files.list(folder)) {
        for (Path p : pages.filter(p -> p.toString().endsWith(".txt")).toList()) {
          Files.copy(p, seeds.resolve(p.getFileName()));
        }
      }
    }
    library = open(seeds, data.resolve("index"));
    store = Store.open(data.resolve("newsbot.db"));
    chat = new ChatService(library, BotFixtures.answerer(library), BotFixtures.overviews(library),
        new Digester(new Links("http://bot.test", Links.DEFAULT_EPAPER_TEMPLATE)), store,
        new RateLimiter(1000, 1_000, System::currentTimeMillis),
        new ChatService.Settings(Map.of(), "嘉兴日报·平湖版", 3, true, Clock.systemUTC(), "平湖"),
        null, null);
    chat.markReady();
  }

  private static NewsLibrary open(Path seeds, Path folder) throws IOException {
    EmbeddingModelChoice bge = EmbeddingModelChoice.BGE_SMALL_ZH_V15;
    Embedder embedder = new Embedder(bge, () -> bge.load(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r);
      t.setDaemon(true);
      return t;
    })), EmbeddingCache.open(folder.resolve("embeddings"), bge.configName(), bge.dimension()));
    NewsLibrary lib = NewsLibrary.open(seeds, folder, BotFixtures.parser(), embedder,
        RetrievalSettings.defaults());
    lib.ensureFresh();
    return lib;
  }

  @AfterAll
  static void stop() throws Exception {
    store.close();
    library.close();
  }

  /** What the user reads, in a conversation of its own per user. */
  private static Reply say(String user, String text, String today) {
    return chat.handle(new Incoming(Channel.TELEGRAM, user, "chat-" + user, text, null, null,
        LocalDate.parse(today)));
  }

  private static String answered(Reply r) {
    assertEquals(Reply.Kind.ANSWER, r.kind(), () -> String.valueOf(r));
    return ((Reply.AnswerReply) r).answer().answer();
  }

  @Test
  void should_answer_a_follow_up_that_paraphrases_what_the_cited_article_prints() {
    answered(say("museum", "陶瓷展在哪个博物馆", "2025-11-20"));
    String monday = answered(say("museum", "周一开门不", "2025-11-20"));
    assertTrue(monday.contains("闭馆"), monday);
    answered(say("hospital", "市一院新院区门诊几点开始", "2025-11-25"));
    String weekend = answered(say("hospital", "周末看不看病", "2025-11-25"));
    assertTrue(weekend.contains("周末照常开诊"), weekend);
  }

  @Test
  void should_read_a_follow_up_after_a_refusal_with_the_refused_question() {
    assertEquals(Reply.Kind.NOT_FOUND, say("ebike", "骑电瓶车没戴头盔要罚款吗", "2025-11-18").kind());
    String fine = answered(say("ebike", "楼道里充电呢", "2025-11-18"));
    assertTrue(fine.contains("50元"), fine);
  }

  @Test
  void should_answer_a_count_asked_of_the_previous_answer_in_other_words() {
    answered(say("parking", "长江新村外来车怎么收费", "2025-09-01"));
    String coupons = answered(say("parking", "每个月有几张免费券", "2025-09-01"));
    assertTrue(coupons.contains("3张"), coupons);
  }

  @Test
  void should_refuse_a_new_topic_the_paper_does_not_cover_after_an_answer_or_a_refusal() {
    answered(say("weather", "平湖跨境电商2027年的目标是多少", "2025-11-18"));
    assertEquals(Reply.Kind.NOT_FOUND, say("weather", "平湖明天天气怎么样", "2025-11-18").kind());
    answered(say("museum-weather", "陶瓷展在哪个博物馆", "2025-11-20"));
    assertEquals(Reply.Kind.NOT_FOUND, say("museum-weather", "明天会下雨吗", "2025-11-20").kind());
  }

  @Test
  void should_answer_a_pronoun_follow_up_from_the_sentences_that_print_the_previous_persons_name() {
    answered(say("mayor", "姚丽萍是谁", "2025-11-18"));
    Reply r = say("mayor", "她去了什么活动", "2025-11-18");
    String said = answered(r);
    assertTrue(said.contains("姚丽萍出席开幕式"), said);
    assertEquals("第五届“当湖之夜”市民文化艺术节开幕",
        ((Reply.AnswerReply) r).answer().citations().get(0).title());
    String again = answered(say("mayor", "她还宣布了什么", "2025-11-18"));
    assertTrue(again.contains("宣布艺术节开幕"), again);
  }

  @Test
  void should_refuse_a_pronoun_follow_up_on_what_no_sentence_printing_the_name_says() {
    answered(say("librarian", "邵文婕是谁", "2025-11-18"));
    assertEquals(Reply.Kind.NOT_FOUND, say("librarian", "她多大年纪", "2025-11-18").kind());
  }

  @Test
  void should_answer_an_age_question_about_a_kind_of_person_by_an_age_every_citizen_must_reach() {
    answered(say("card", "图书馆办读者证还要押金吗", "2025-11-18"));
    String age = answered(say("card", "小孩几岁可以办", "2025-11-18"));
    assertTrue(age.contains("年满6周岁的市民均可办理读者证"), age);
  }
}
