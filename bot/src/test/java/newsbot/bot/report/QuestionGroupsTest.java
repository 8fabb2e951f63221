package newsbot.bot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.concurrent.Executors;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.query.QueryTermExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Phrasings of one question merge; different questions, even about the same place, do not. */
class QuestionGroupsTest {

  static QuestionGroups groups;

  @BeforeAll
  static void model() {
    EmbeddingModel model = EmbeddingModelChoice.BGE_SMALL_ZH_V15.load(
        Executors.newFixedThreadPool(2, r -> {
          Thread t = new Thread(r);
          t.setDaemon(true);
          return t;
        }));
    groups = new QuestionGroups(q -> model.embed(q).content().vector(), new QueryTermExtractor(),
        QuestionGroups.MIN_COSINE);
  }

  private static List<String> labelsAndCounts(List<String> questions) {
    return groups.group(questions).stream().map(g -> g.label() + " ×" + g.count()).toList();
  }

  @Test
  void should_merge_three_phrasings_of_one_question_into_one_group_of_three() {
    assertEquals(List.of("明天平湖天气怎么样 ×3"),
        labelsAndCounts(List.of("明天平湖天气怎么样", "平湖明天天气如何?", "平湖明天会下雨吗")));
  }

  @Test
  void should_keep_different_questions_about_the_same_city_apart() {
    List<QuestionGroups.Group> g = groups.group(List.of("平湖房价现在多少", "平湖的房子多少钱一平",
        "平湖二手房价格", "平湖什么时候通地铁", "地铁什么时候通到平湖", "平湖有地铁吗",
        "明天平湖天气怎么样", "平湖明天天气如何?", "平湖市长是谁", "图书馆几点开门"));
    assertEquals(List.of(3, 3, 2, 1, 1), g.stream().map(QuestionGroups.Group::count).toList());
    assertEquals(List.of("平湖房价现在多少", "平湖的房子多少钱一平", "平湖二手房价格"), g.get(0).phrasings());
    assertEquals(List.of("平湖什么时候通地铁", "地铁什么时候通到平湖", "平湖有地铁吗"),
        g.get(1).phrasings());
  }

  @Test
  void should_count_the_same_text_asked_again_with_other_punctuation_as_one_phrasing() {
    List<QuestionGroups.Group> g = groups.group(List.of("西瓜节门票多少钱?", "西瓜节门票多少钱", "西瓜节 门票 多少钱!"));
    assertEquals(1, g.size());
    assertEquals(3, g.get(0).count());
    assertEquals(List.of("西瓜节门票多少钱?"), g.get(0).phrasings());
  }
}
