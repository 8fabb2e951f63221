package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.QaSet;
import newsbot.retrieval.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The answers a citizen reads, measured on the QA files. */
class AnswerQualityTest {

  static final Pattern MARKER = Pattern.compile("\\[(\\d+)]$");
  static NewsLibrary lib;
  static ExtractiveAnswerer answerer;
  static List<QaItem> dev;
  static List<Answer> devAnswers = new ArrayList<>();

  @BeforeAll
  static void answerAll() throws IOException {
    lib = Fixtures.seedLibrary(EmbeddingModelChoice.BGE_SMALL_ZH_V15);
    answerer = new ExtractiveAnswerer(lib.retriever(), lib.index().embedder(), lib,
        new Links("http://bot.test", Links.DEFAULT_EPAPER_TEMPLATE), AnswerSettings.defaults());
    dev = QaSet.load(Path.of("eval", "qa-dev.jsonl"));
    for (QaItem q : dev) {
      devAnswers.add(answerer.answer(q.question()));
    }
  }

  @Test
  void should_hold_the_expected_fact_for_at_least_90_percent_of_answerable_questions() {
    int answerable = 0;
    int holding = 0;
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < dev.size(); i++) {
      QaItem q = dev.get(i);
      if (!q.answerable()) {
        continue;
      }
      answerable++;
      String reply = devAnswers.get(i).answer();
      if (q.answerHas().stream().allMatch(reply::contains)) {
        holding++;
      } else {
        missing.add(q.id() + " " + q.answerHas());
      }
    }
    double share = (double) holding / answerable;
    System.out.printf("answer_has: %d/%d = %.3f %s%n", holding, answerable, share, missing);
    assertTrue(share >= 0.9, "answer_has " + share + " missing " + missing);
  }

  @Test
  void should_cite_the_gold_article_first_for_at_least_90_percent() {
    int answerable = 0;
    int first = 0;
    for (int i = 0; i < dev.size(); i++) {
      QaItem q = dev.get(i);
      if (!q.answerable()) {
        continue;
      }
      answerable++;
      Answer a = devAnswers.get(i);
      if (!a.citations().isEmpty()) {
        Citation c = a.citations().get(0);
        String stack = c.kicker() + c.title() + c.subtitle();
        if (q.gold().stream().anyMatch(g -> g.page().equals(c.source())
            && stack.replace(" ", "").contains(g.titleHas().replace(" ", "")))) {
          first++;
        }
      }
    }
    double share = (double) first / answerable;
    System.out.printf("first citation gold: %d/%d = %.3f%n", first, answerable, share);
    assertTrue(share >= 0.9, "first citation gold " + share);
  }

  @Test
  void should_quote_only_verbatim_spans_of_the_cited_articles_with_links() throws IOException {
    int quotes = 0;
    for (Answer a : devAnswers) {
      if (!a.found()) {
        continue;
      }
      for (String line : a.answer().split("\n")) {
        Matcher m = MARKER.matcher(line);
        assertTrue(m.find(), "every quote ends with its [n]: " + line);
        int n = Integer.parseInt(m.group(1));
        Citation c = a.citations().get(n - 1);
        assertEquals(n, c.n());
        Article article = lib.corpus().article(c.articleId()).orElseThrow();
        String quote = line.substring(0, m.start());
        assertTrue(article.paragraphs().stream().anyMatch(p -> p.contains(quote)),
            "not verbatim in " + c.title() + ": " + quote);
        quotes++;
      }
      for (Citation c : a.citations()) {
        assertTrue(article(c).text().contains(c.quote()), c.quote());
        assertNotNull(c.url());
        assertTrue(c.viewerUrl().startsWith("http://bot.test/articles/" + c.articleId()));
      }
    }
    assertTrue(quotes >= 23);
  }

  private static Article article(Citation c) throws IOException {
    return lib.corpus().article(c.articleId()).orElseThrow();
  }

  @Test
  void should_say_not_found_for_every_question_the_paper_cannot_answer() throws IOException {
    List<QaItem> none = new ArrayList<>(QaSet.load(Path.of("eval", "qa-none.jsonl")));
    dev.stream().filter(q -> !q.answerable()).forEach(none::add);
    assertTrue(none.size() >= 13);
    for (QaItem q : none) {
      Answer a = answerer.answer(q.question());
      assertFalse(a.found(), q.question() + " → " + a.answer());
      assertEquals("报纸里没有找到能回答这个问题的内容。", a.answer());
      assertTrue(a.citations().isEmpty());
    }
  }

  @Test
  void should_answer_the_citizens_export_target_question_with_the_figure_and_date() throws IOException {
    Answer a = answerer.answer("平湖跨境电商到2027年的出口目标是多少?");
    assertTrue(a.found());
    assertTrue(a.answer().startsWith("“力争到2027年,实现跨境电商出口规模较2024年实现翻倍,达30亿元以上"),
        a.answer());
    Citation c = a.citations().get(0);
    assertEquals("我市加力推动跨境电商高质量发展", c.title());
    assertEquals("[1] 《我市加力推动跨境电商高质量发展》 嘉兴日报·平湖版 2025年8月4日", c.label("嘉兴日报·平湖版"));
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
