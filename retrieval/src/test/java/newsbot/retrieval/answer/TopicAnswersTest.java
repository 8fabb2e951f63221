package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Overviews, summaries and role answers on the seed pages. */
class TopicAnswersTest {

  static NewsLibrary lib;
  static TopicAnswers topics;

  @BeforeAll
  static void open() throws IOException {
    lib = Fixtures.seedLibrary(EmbeddingModelChoice.BGE_SMALL_ZH_V15);
    Links links = new Links("http://bot.test", Links.DEFAULT_EPAPER_TEMPLATE);
    ExtractiveAnswerer answerer = new ExtractiveAnswerer(lib.retriever(), lib.embedder(),
        lib, links, AnswerSettings.defaults());
    topics = new TopicAnswers(answerer, lib.retriever(), lib.embedder(), lib, links);
  }

  @Test
  void should_summarise_a_policy_across_articles_in_statements_not_printed_questions()
      throws IOException {
    Answer a = topics.summary(new AnswerRequest("介绍一下平湖的人才政策", "平湖的人才政策", null, null,
        false, null));
    assertTrue(a.found(), a.answer());
    List<String> lines = a.answer().lines().toList();
    assertTrue(lines.size() >= 3 && lines.size() <= 5, a.answer());
    assertFalse(a.answer().contains("?"), "a printed question is not a point: " + a.answer());
    assertTrue(a.citations().size() >= 2, "across articles: " + a.citations());
    for (Citation c : a.citations()) {
      String text = lib.corpus().article(c.articleId()).orElseThrow().text();
      assertTrue(text.contains(c.quote()), "verbatim: " + c.quote());
    }
  }

  @Test
  void should_list_a_topics_articles_and_refuse_a_topic_the_paper_lacks() throws IOException {
    Answer talent = topics.overview(new AnswerRequest("有关人才的报道", "人才", null, null, false,
        null));
    assertTrue(talent.found(), talent.answer());
    List<String> titles = talent.citations().stream().map(Citation::title).toList();
    assertTrue(titles.stream().anyMatch(t -> t.contains("产才城")), titles.toString());
    assertTrue(titles.stream().anyMatch(t -> t.contains("双向奔赴")), titles.toString());
    for (String lacking : List.of("房价", "地铁", "天气预报")) {
      assertFalse(topics.overview(new AnswerRequest(lacking, lacking, null, null, false, null))
          .found(), lacking);
    }
  }

  @Test
  void should_name_each_holder_of_a_role_the_reports_disagree_on() throws IOException {
    Optional<Answer> a = topics.roleHolder(AnswerRequest.of("市委书记是谁"), "市委书记");
    assertTrue(a.isPresent());
    assertTrue(a.get().answer().contains("仲旭东") && a.get().answer().contains("钟伟华"),
        a.get().answer());
    assertEquals("钟伟华", RoleHolders.holder("市委书记钟伟华来到展馆", "市委书记"));
    assertEquals(null, RoleHolders.holder("市委副书记、市长周军波传达", "市委书记"));
  }
}
