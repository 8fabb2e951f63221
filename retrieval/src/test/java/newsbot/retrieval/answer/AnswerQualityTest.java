package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.eval.AnswerEval;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.QaSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answers a citizen reads, measured on the QA files by {@link AnswerEval} (the numbers
 * {@code eval} prints), on eval/qa-dev.jsonl and the unanswerable questions of eval/qa-none.jsonl.
 */
class AnswerQualityTest {

  static NewsLibrary lib;
  static ExtractiveAnswerer answerer;
  static AnswerEval.Result result;

  @BeforeAll
  static void answerAll() throws IOException {
    lib = Fixtures.seedLibrary(EmbeddingModelChoice.BGE_SMALL_ZH_V15);
    answerer = new ExtractiveAnswerer(lib.retriever(), lib.embedder(), lib,
        new Links("http://bot.test", Links.DEFAULT_EPAPER_TEMPLATE), AnswerSettings.defaults());
    List<QaItem> items = new ArrayList<>(QaSet.load(Path.of("eval", "qa-dev.jsonl")));
    items.addAll(QaSet.load(Path.of("eval", "qa-none.jsonl")));
    result = AnswerEval.run(answerer, lib.corpus(), items);
    System.out.println(result);
  }

  @Test
  void should_hold_the_expected_fact_in_every_reply_to_the_23_answerable_questions() {
    assertEquals(23, result.answerable());
    assertEquals(1.0, result.answerHas(), result.misses().toString());
  }

  @Test
  void should_cite_a_gold_article_first_for_at_least_22_of_23() {
    assertTrue(result.missed("first_citation_gold") <= 1, result.misses().toString());
  }

  @Test
  void should_quote_only_verbatim_spans_of_the_cited_articles_with_their_links() {
    assertEquals(1.0, result.verbatimQuotes(), result.misses().toString());
    assertTrue(result.quotes() >= 46, "quotes checked: " + result.quotes());
    assertEquals(1.0, result.citationsWithLink(), result.misses().toString());
  }

  @Test
  void should_say_not_found_for_every_question_the_paper_cannot_answer() {
    assertEquals(13, result.unanswerable());
    assertEquals(1.0, result.unanswerableNotFound(), result.misses().toString());
  }

  @Test
  void should_tell_not_found_in_one_sentence_without_sources() throws IOException {
    Answer a = answerer.answer("平湖地铁什么时候开通?");
    assertFalse(a.found());
    assertEquals("报纸里没有找到能回答这个问题的内容。", a.answer());
    assertTrue(a.citations().isEmpty());
  }

  @Test
  void should_answer_the_citizens_export_target_question_with_the_figure_and_date() throws IOException {
    Answer a = answerer.answer("平湖跨境电商到2027年的出口目标是多少?");
    assertTrue(a.found());
    assertTrue(a.answer().startsWith("“力争到2027年,实现跨境电商出口规模较2024年实现翻倍,达30亿元以上"),
        a.answer());
    Citation c = a.citations().get(0);
    assertEquals("我市加力推动跨境电商高质量发展", c.title());
    assertEquals(1, c.n());
    assertEquals(java.time.LocalDate.of(2025, 8, 4), c.date()); // shown as 2025年8月4日 (Labels)
  }

  @Test
  void should_reply_clearly_to_empty_huge_and_wordless_questions() throws IOException {
    assertEquals("请输入要问的问题,例如:平湖跨境电商2027年的目标是多少?", answerer.answer("   ").answer());
    assertFalse(answerer.answer((String) null).found());
    Answer huge = answerer.answer("跨境电商".repeat(2500));
    assertFalse(huge.found());
    assertTrue(huge.answer().startsWith("问题太长了(10000字)"), huge.answer());
    for (String wordless : List.of("?!。。……", "😀🎉👍", "!!!")) {
      Answer a = answerer.answer(wordless);
      assertFalse(a.found());
      assertTrue(a.answer().startsWith("没有看懂这个问题"), a.answer());
    }
  }
}
