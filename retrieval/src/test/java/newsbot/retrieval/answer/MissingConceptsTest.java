package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A question's concept that the best article never mentions, on the seed pages and eval/pages
 * with the real embedding model.
 */
class MissingConceptsTest {

  static NewsLibrary lib;
  static TermStats ts;
  static MissingConcepts concepts;

  @BeforeAll
  static void load() throws IOException {
    lib = AnswerabilityTest.library();
    ts = new TermStats(lib.frequencies());
    concepts = new MissingConcepts(lib.embedder());
  }

  static String missing(String question, String titleHas) throws IOException {
    Article a = lib.corpus().articles().stream().filter(x -> x.title().contains(titleHas))
        .findFirst().orElseThrow();
    TermStats.Analysed an = ts.analysed(a);
    return concepts.missing(question, an.statements(), an.statementWords(), ts);
  }

  @Test
  void should_name_the_concept_an_article_on_a_nearby_topic_never_mentions() throws IOException {
    assertEquals("头盔", missing("骑电瓶车不戴头盔罚多少钱", "红线"));
    assertEquals("嘉兴", missing("平湖到嘉兴的公交末班车几点", "公交线路"));
  }

  @Test
  void should_accept_everyday_words_for_what_the_article_prints_otherwise() throws IOException {
    assertNull(missing("电瓶车在楼道里充电罚多少钱", "红线"), "电瓶车 for 电动自行车");
    assertNull(missing("老人坐公交车要钱吗", "公交线路"), "老人 for 老年人");
    assertNull(missing("在城里坐公交多少钱", "公交线路"), "城里 for 城区");
    assertNull(missing("草莓现在多少钱一斤", "草莓"), "a quantity is not a concept");
  }

  @Test
  void should_miss_a_compound_whose_head_the_article_never_gives_its_modifier()
      throws IOException {
    // the library prints 电子读者证: 电子 with another head; 电子书 is 0.81 from 电子 itself
    assertEquals("电子书", missing("图书馆能借电子书吗", "借书不用交押金"));
    assertNull(missing("图书馆能借书吗", "借书不用交押金"));
    // the head two characters on says the compound (电子版图书 for 电子书)
    assertNull(concepts.missing("能借电子书吗", "可借阅电子版图书。",
        Set.of("可", "借阅", "电子", "版", "图书"), ts));
    assertEquals("电子书", concepts.missing("能借电子书吗", "可借阅图书,可办理电子读者证。",
        Set.of("可", "借阅", "图书", "办理", "电子", "读者证"), ts));
  }

  @Test
  void should_read_everyday_words_for_sockets_and_fires() throws IOException {
    assertNull(missing("全市电瓶车充电插座一共有多少个", "红线"), "插座 for 充电口");
  }

  @Test
  void should_tell_an_article_that_prints_none_of_the_questions_concepts() throws IOException {
    // the adult school's enrolment shares only 报名 and 平湖 with a civil-service exam question
    assertTrue(printsNoConcept("平湖公务员考试什么时候报名?", "春季班"));
    assertFalse(printsNoConcept("老年大学春季班什么时候报名?", "春季班"));
    // one concept is printed (电动自行车 for 电瓶车), however far the other is
    assertFalse(printsNoConcept("电瓶车在楼道里充电罚多少钱", "红线"));
  }

  static boolean printsNoConcept(String question, String titleHas) throws IOException {
    Article a = lib.corpus().articles().stream().filter(x -> x.title().contains(titleHas))
        .findFirst().orElseThrow();
    TermStats.Analysed an = ts.analysed(a);
    return concepts.printsNoConcept(question, an.statements(), an.statementWords(), ts);
  }

  @Test
  void should_take_a_word_the_article_writes_otherwise_as_a_synonym_and_a_lookalike_not() {
    Set<String> article = Set.of("老年人", "补助", "家庭", "工作", "进一步", "公交");
    assertEquals(Set.of("老人", "补贴", "家里"),
        concepts.synonyms(List.of("老人", "补贴", "家里", "工资", "起步", "地铁"), article));
    assertEquals(Set.of(), concepts.synonyms(List.of(), article));
  }

  @Test
  void should_say_a_term_only_when_printed_or_in_a_synonym_and_ignore_short_words() {
    String report = "今年上半年,我市实现规模以上工业增加值175.3亿元,产值同比增长8.6%。";
    Set<String> words = Set.of("今年", "上半年", "工业", "增加值", "产值", "同比", "增长");
    assertFalse(concepts.saysTerms("去年平湖固定资产投资增长了多少", report, words, ts, 0.1));
    assertTrue(concepts.saysTerms("去年平湖固定资产投资增长了多少",
        "去年,我市固定资产投资增长8.1%。", Set.of("去年", "固定资产", "投资", "增长"), ts, 0.1));
    // 提出 is a verb, not a term
    assertTrue(concepts.saysTerms("全会提出要做好哪四篇文章", "要做好四篇文章。",
        Set.of("四篇", "文章"), ts, 0.1));
  }

  @Test
  void should_read_a_word_joined_from_single_characters_by_its_printed_part() {
    assertTrue(MissingConcepts.prints("严禁私拉电线飞线充电。", "人飞线"));
    assertFalse(MissingConcepts.prints("严禁私拉电线充电。", "人飞线"));
    // a compound less its last character is another thing: 供水 is not 供水点
    assertFalse(MissingConcepts.prints("暂停供水。", "供水点"));
    // a spoken word prints as the paper writes it
    assertTrue(MissingConcepts.prints("充电每小时0.25元。", "钟头"));
    assertFalse(MissingConcepts.prints("充电每次1元。", "钟头"));
  }
}
