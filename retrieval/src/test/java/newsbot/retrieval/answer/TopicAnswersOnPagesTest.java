package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import newsbot.retrieval.NewsLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Overviews and summaries on the seed pages and eval/pages (dated news reports). */
class TopicAnswersOnPagesTest {

  static NewsLibrary lib;
  static TopicAnswers topics;

  @BeforeAll
  static void open() throws IOException {
    lib = AnswerabilityTest.library();
    ExtractiveAnswerer gate = new ExtractiveAnswerer(lib.retriever(), lib.embedder(), lib,
        AnswerabilityTest.LINKS, AnswerSettings.defaults());
    topics = new TopicAnswers(gate, lib.retriever(), lib.embedder(), lib, AnswerabilityTest.LINKS);
  }

  @Test
  void should_list_an_exhibition_among_the_cultural_activities_though_it_prints_neither_word()
      throws IOException {
    // the museum's exhibition (page 3) holds neither 文化 nor 活动: fifteenth by the search
    Answer a = topics.overview(new AnswerRequest("最近有什么文化活动", "文化活动", null, null, true,
        null));
    List<String> titles = a.citations().stream().map(Citation::title).toList();
    assertTrue(a.found(), a.answer());
    assertTrue(titles.stream().anyMatch(t -> t.contains("当湖之夜")), titles.toString());
    assertTrue(titles.stream().anyMatch(t -> t.contains("千年窑火")), titles.toString());
    assertFalse(titles.stream().anyMatch(t -> t.contains("电动自行车")), titles.toString());
  }

  @Test
  void should_list_a_match_for_sports_events_though_no_article_names_the_kind()
      throws IOException {
    // the baseball championship's report says 比赛 and 锦标赛, never 体育 or 赛事
    Answer a = topics.overview(new AnswerRequest("最近有啥体育赛事", "体育赛事", null, null, true,
        null));
    List<String> titles = a.citations().stream().map(Citation::title).toList();
    assertTrue(a.found(), a.answer());
    assertTrue(titles.stream().anyMatch(t -> t.contains("棒")), titles.toString());
    assertFalse(topics.overview(new AnswerRequest("演唱会", "演唱会", null, null, false, null))
        .found(), "a kind the paper has no report of");
  }

  @Test
  void should_summarise_the_one_article_pointed_at_and_say_more_without_repeating()
      throws IOException {
    String festival = lib.corpus().articles().stream()
        .filter(x -> x.title().contains("当湖之夜")).findFirst().orElseThrow().id();
    Answer first = topics.summaryOf(AnswerRequest.of("第二条详细说说"), festival);
    assertTrue(first.found(), first.answer());
    assertTrue(first.citations().stream().allMatch(c -> c.articleId().equals(festival)),
        first.citations().toString());
    assertTrue(first.answer().contains("56场"), first.answer());
    // 还有吗: further sentences of the same article, none of those sent
    Answer more = topics.more("还有吗", "当湖之夜", List.of(festival), first.answer());
    assertTrue(more.found(), more.answer());
    for (String sentence : more.answer().split("\\[1\\]\n?")) {
      assertFalse(!sentence.isBlank() && first.answer().contains(sentence.strip()),
          sentence + " was sent already");
    }
    assertFalse(topics.more("还有吗", "当湖之夜", List.of(festival),
        first.answer() + more.answer() + String.join("", lib.corpus().article(festival)
            .orElseThrow().paragraphs())).found(), "nothing is left once all was sent");
  }

  @Test
  void should_summarise_a_report_by_the_sentences_that_carry_its_facts() throws IOException {
    Answer a = topics.summary(new AnswerRequest("总结一下电瓶车消防整治那篇", "电瓶车消防整治那篇",
        null, null, false, null));
    assertTrue(a.found(), a.answer());
    long facts = List.of("2026年3月31日", "27起", "500元", "1860处", "4.2万个", "0.25元", "96119",
        "400元", "吾悦广场").stream().filter(a.answer()::contains).count();
    assertTrue(facts >= 4, facts + " facts in " + a.answer());
    assertVerbatimAndShort(a);
  }

  @Test
  void should_quote_a_meetings_figures_and_names_rather_than_its_boilerplate() throws IOException {
    Answer a = topics.summary(new AnswerRequest("总结一下算力经济研讨会", "算力经济研讨会", null, null,
        false, null));
    assertTrue(a.found(), a.answer());
    assertTrue(a.answer().contains("44家"), a.answer());
    assertTrue(a.answer().contains("中国信息通信研究院") || a.answer().contains("潘加林"), a.answer());
    assertFalse(a.answer().contains("与会嘉宾围绕"), "boilerplate: " + a.answer());
    assertVerbatimAndShort(a);
  }

  private static void assertVerbatimAndShort(Answer a) throws IOException {
    List<String> lines = a.answer().lines().toList();
    assertTrue(lines.size() >= 3 && lines.size() <= 5, a.answer());
    for (Citation c : a.citations()) {
      String text = lib.corpus().article(c.articleId()).orElseThrow().text();
      assertTrue(text.contains(c.quote()), "verbatim: " + c.quote());
    }
  }
}
