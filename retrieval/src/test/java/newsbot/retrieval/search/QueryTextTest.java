package newsbot.retrieval.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What keyword search receives of a question. */
class QueryTextTest {

  @Test
  void should_drop_question_words_and_punctuation() {
    assertEquals("平湖跨境电商2027年的目标是", QueryText.forKeywords("平湖跨境电商2027年的目标是多少?"));
    // chat's question words too: 干嘛 weighed as a rare word no article holds
    assertEquals("比利时学生来平湖", QueryText.forKeywords("比利时学生来平湖干嘛"));
    assertEquals("平湖今年经济", QueryText.forKeywords("平湖今年经济咋样"));
  }

  @Test
  void should_write_an_english_abbreviation_as_the_paper_writes_it() {
    assertEquals("平湖上半年 生产总值 涨了", QueryText.forKeywords("平湖上半年gdp涨了多少"));
    assertEquals("平湖有 人工智能 企业", QueryText.forKeywords("平湖有多少AI企业"));
    // a word that merely contains the letters stays as it is
    assertEquals("paid客服电话", QueryText.forKeywords("paid客服电话"));
  }
}
