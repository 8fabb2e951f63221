package newsbot.bot.chat.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import newsbot.retrieval.query.QueryTermExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpsTest {

  static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
  static final FollowUps FOLLOW_UPS = new FollowUps(new QueryTermExtractor());
  static final String TARGET = "平湖跨境电商2027年的目标是多少?";

  @ParameterizedTest(name = "{1} after {0} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      平湖跨境电商2027年的目标是多少?  | 那2030年呢?       | 平湖跨境电商2030年的目标是多少
      平湖跨境电商2027年的目标是多少?  | 2030年呢          | 平湖跨境电商2030年的目标是多少
      平湖跨境电商2027年的目标是多少?  | 好的,那2030年呢? | 平湖跨境电商2030年的目标是多少
      平湖跨境电商2027年的目标是多少?  | 那2030年的目标呢  | 平湖跨境电商2030年的目标是多少
      平湖跨境电商2027年的目标是多少?  | 那出口呢          | 平湖跨境电商2027年的目标是多少 出口
      平湖跨境电商2027年的目标是多少?  | 为什么?           | 平湖跨境电商2027年的目标是多少 为什么
      平湖跨境电商2027年的目标是多少?  | 那去年完成了多少  | 平湖跨境电商2027年的目标是多少 去年完成了多少
      平湖西瓜灯节什么时候举办?        | 票价多少?         | 平湖西瓜灯节什么时候举办 票价多少
      平湖西瓜灯节什么时候举办?        | 多少钱?           | 平湖西瓜灯节什么时候举办 多少钱
      平湖西瓜灯节什么时候举办?        | 几点开始?         | 平湖西瓜灯节什么时候举办 几点开始
      平湖西瓜灯节什么时候举办?        | 在哪里?           | 平湖西瓜灯节什么时候举办 在哪里
      平湖西瓜灯节什么时候举办?        | 那个活动怎么报名? | 平湖西瓜灯节什么时候举办 活动怎么报名
      居住证怎么办理                    | 办多久?           | 居住证怎么办理 办多久
      百名师生入驻平湖乡村              | 能报名吗?         | 百名师生入驻平湖乡村 能报名
      平湖有没有高铁                    | 地铁呢?           | 平湖有没有高铁 地铁
      8月4日头版说了什么                | 那8月5日呢        | 8月5日头版说了什么
      8月4日头版说了什么                | 5日呢?            | 8月5日头版说了什么
      8月4日头版说了什么                | 那第二版呢        | 8月4日第二版说了什么
      昨天的报纸                        | 前天的呢          | 前天的报纸
      跨境电商的新闻                    | 那昨天的呢        | 跨境电商的新闻 昨天
      """)
  void should_read_a_message_that_leans_on_the_previous_turn(String previous, String message,
      String query) {
    assertEquals(Optional.of(new FollowUp(query, false)),
        FOLLOW_UPS.rewrite(message, previous, TODAY));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      还有呢?
      还有吗
      还有别的吗
      详细点
      具体说说
      继续
      然后呢
      """)
  void should_ask_for_more_of_the_same_when_the_message_adds_nothing(String message) {
    assertEquals(Optional.of(new FollowUp("平湖跨境电商2027年的目标是多少", true)),
        FOLLOW_UPS.rewrite(message, TARGET, TODAY));
  }

  @ParameterizedTest(name = "{index}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      介绍一下平湖的人才政策
      那人才政策呢?
      另外,消防安全检查怎么样了
      平湖有地铁吗
      消防安全
      电瓶车在哪充电
      市委书记是谁
      钟伟华是谁
      今天报纸有啥
      最新一期讲了啥?
      有什么新闻
      你能干啥
      那如果我想在平湖开一家跨境电商公司需要满足什么条件呢
      你好
      谢谢
      ok
      👍
      ''
      """)
  void should_let_a_message_with_a_topic_of_its_own_stand_alone(String message) {
    assertEquals(Optional.empty(), FOLLOW_UPS.rewrite(message, TARGET, TODAY));
  }

  @Test
  void should_find_nothing_to_lean_on_without_a_previous_query() {
    assertEquals(Optional.empty(), FOLLOW_UPS.rewrite("那2030年呢?", null, TODAY));
    assertEquals(Optional.empty(), FOLLOW_UPS.rewrite("那2030年呢?", "  ", TODAY));
  }

  @Test
  void should_chain_a_follow_up_on_a_rewritten_query() {
    String first = FOLLOW_UPS.rewrite("那2030年呢?", TARGET, TODAY).orElseThrow().query();

    assertEquals(Optional.of(new FollowUp("平湖跨境电商2035年的目标是多少", false)),
        FOLLOW_UPS.rewrite("2035年呢", first, TODAY));
  }

  @ParameterizedTest(name = "{0} about {1} → {2}")
  @CsvSource(delimiter = '|', textBlock = """
      她去了什么活动        | 姚丽萍 | 姚丽萍去了什么活动
      好的,他还说了什么?  | 周军波 | 周军波还说了什么?
      这个人参加了什么会议  | 钟伟华 | 钟伟华参加了什么会议
      """)
  void should_ask_a_pronoun_follow_up_of_the_previous_turns_person(String message, String person,
      String asked) {
    assertEquals(Optional.of(asked), FollowUps.aboutPerson(message, person));
  }

  @ParameterizedTest(name = "{0} about [{1}] stands alone")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      她去了什么活动  | ''
      那出口呢        | 姚丽萍
      图书馆在哪里    | 姚丽萍
      他              | 姚丽萍
      """)
  void should_not_ask_of_a_person_without_one_or_without_a_pronoun_subject(String message,
      String person) {
    assertEquals(Optional.empty(), FollowUps.aboutPerson(message, person));
  }
}
