package newsbot.retrieval.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTermExtractorTest {

  static final QueryTermExtractor EXTRACTOR = new QueryTermExtractor();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      平湖跨境电商2027年的目标是多少?  | 平湖 跨境 电商 | 目标     | 2027 | true
      那2030年呢?                     | ''             | ''       | 2030 | true
      介绍一下平湖的人才政策            | 平湖 人才 政策 | ''       | ''   | false
      票价多少?                        | ''             | 票价     | ''   | true
      几点开始?                        | ''             | 开始     | ''   | true
      怎么报名?                        | ''             | 报名     | ''   | true
      电瓶车在哪充电                    | 电瓶车 充电    | ''       | ''   | true
      钟伟华是谁                        | 钟伟华         | ''       | ''   | true
      那西瓜节呢                        | 西瓜           | ''       | ''   | true
      GDP增长多少                      | gdp 增长       | ''       | ''   | true
      消防安全                          | 消防 安全      | ''       | ''   | false
      还有呢                            | ''             | ''       | ''   | true
      那去年完成了多少                  | ''             | 去年 完成 | ''   | true
      一共招几个人                      | ''             | ''       | ''   | true
      总共大概多少人                    | ''             | ''       | ''   | true
      一院心院区盖了多大                | ''             | ''       | ''   | true
      鱼圻塘村草莓                      | 鱼圻塘村 草莓  | ''       | ''   | false
      信科洁具一年卖多少个浴缸          | 信科洁具 浴缸  | ''       | ''   | true
      平湖有几所大学                    | 平湖 大学      | ''       | ''   | true
      卫星能源两家占全市产值多大比例    | 卫星 能源 全市 产值 比例 | '' | ''   | true
      平湖今年改老小区涉及多少户        | 平湖 小区 涉及 | 今年     | ''   | true
      """)
  void should_sort_the_words_of_a_message_by_their_part(String text, String content,
      String generic, String numbers, boolean asks) {
    QueryTerms terms = EXTRACTOR.extract(text);

    assertEquals(words(content), terms.content(), "content");
    assertEquals(words(generic), terms.generic(), "generic");
    assertEquals(words(numbers), terms.numbers(), "numbers");
    assertEquals(asks, terms.asks(), "asks");
  }

  @Test
  void should_take_ma_as_a_question_only_at_the_end() {
    assertEquals(false, QuestionWords.asks("那么跨境电商"));
    assertEquals(true, QuestionWords.asks("在么"));
    assertEquals(true, QuestionWords.asks("跨境电商?"));
  }

  private static List<String> words(String spaced) {
    return spaced.isBlank() ? List.of() : List.of(spaced.split(" "));
  }
}
