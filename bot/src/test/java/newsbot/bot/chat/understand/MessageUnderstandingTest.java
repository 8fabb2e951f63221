package newsbot.bot.chat.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageUnderstandingTest {

  static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
  static final MessageUnderstanding UNDERSTANDING = new MessageUnderstanding();

  /** Messages as citizens type them on a phone, with what they ask for and about. */
  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      你好                                  | GREETING        | ''
      你好呀                                | GREETING        | ''
      您好!                                 | GREETING        | ''
      在吗?                                 | GREETING        | ''
      在吗在吗                              | GREETING        | ''
      早上好~                               | GREETING        | ''
      哈喽                                  | GREETING        | ''
      Hello!                               | GREETING        | ''
      hi 小助手                             | GREETING        | ''
      你好👋                                | GREETING        | ''
      早                                    | GREETING        | ''
      谢谢                                  | THANKS          | ''
      谢谢啦!                               | THANKS          | ''
      多谢多谢                              | THANKS          | ''
      感谢!                                 | THANKS          | ''
      thx                                  | THANKS          | ''
      好的,谢谢                             | THANKS          | ''
      好的谢谢🙏                            | THANKS          | ''
      谢谢你告诉我这些                      | THANKS          | ''
      ok                                   | ACKNOWLEDGEMENT | ''
      哈喽 你是干嘛的                       | ABOUT_BOT       | ''
      你是干啥的呀                          | ABOUT_BOT       | ''
      今天报纸有啥看头                      | EDITION         | ''
      农业方面最近有啥报道                  | TOPIC           | 农业
      教育这块有什么新闻                    | TOPIC           | 教育
      OK!                                  | ACKNOWLEDGEMENT | ''
      hhh                                  | ACKNOWLEDGEMENT | ''
      哈哈哈                                | ACKNOWLEDGEMENT | ''
      嗯嗯好的                              | ACKNOWLEDGEMENT | ''
      收到                                  | ACKNOWLEDGEMENT | ''
      行吧                                  | ACKNOWLEDGEMENT | ''
      👍                                   | ACKNOWLEDGEMENT | ''
      ???                                  | ABOUT_BOT       | ''
      ？？？                               | ABOUT_BOT       | ''
      你是谁                                | ABOUT_BOT       | ''
      你是谁啊?                             | ABOUT_BOT       | ''
      你们是谁                              | ABOUT_BOT       | ''
      你能干啥                              | ABOUT_BOT       | ''
      你能干嘛                              | ABOUT_BOT       | ''
      有哪几期                              | ABOUT_BOT       | ''
      一共有几期报纸?                       | ABOUT_BOT       | ''
      星期一的报纸                          | EDITION         | ''
      11/17 第2版                           | EDITION         | ''
      明天的报纸                            | EDITION         | ''
      图书馆周一开门吗                      | QUESTION        | 图书馆周一开门吗
      你可以干嘛?                           | ABOUT_BOT       | ''
      你能做什么?                           | ABOUT_BOT       | ''
      你会什么                              | ABOUT_BOT       | ''
      怎么用                                | ABOUT_BOT       | ''
      这个怎么用?                           | ABOUT_BOT       | ''
      有什么功能                            | ABOUT_BOT       | ''
      能问什么                              | ABOUT_BOT       | ''
      你是机器人吗                          | ABOUT_BOT       | ''
      帮助                                  | ABOUT_BOT       | ''
      你好,你能干啥                         | ABOUT_BOT       | ''
      您好 请问你是哪位呀,能帮我干点啥       | ABOUT_BOT       | ''
      拜拜                                  | FAREWELL        | ''
      好的 再见                             | FAREWELL        | ''
      今天报纸出了没                        | EDITION         | ''
      昨天报纸讲了点啥                      | EDITION         | ''
      那最新一期呢                          | EDITION         | ''
      那17号的呢                            | EDITION         | ''
      电瓶车充电的报道有吗                  | TOPIC           | 电瓶车充电
      上周一出报纸了吗 讲了啥               | EDITION         | ''
      比利时学生来平湖是咋回事              | SUMMARY         | 比利时学生来平湖
      市委书记                              | PERSON          | 市委书记
      那图书馆馆长呢                        | PERSON          | 图书馆馆长
      博物馆那个陶瓷展要门票伐              | QUESTION        | 博物馆那个陶瓷展要门票吗
      今天报纸有啥                          | EDITION         | ''
      今天有什么新闻                        | EDITION         | ''
      今天有啥新闻?                         | EDITION         | ''
      有什么新闻                            | EDITION         | ''
      最新一期讲了啥                        | EDITION         | ''
      最新一期                              | EDITION         | ''
      8月4号头版说了啥                      | EDITION         | ''
      8月4日头版说了什么?                   | EDITION         | ''
      第2版                                 | EDITION         | ''
      第3版讲了什么                         | EDITION         | ''
      二版有什么                            | EDITION         | ''
      2025年11月18日的报纸                  | EDITION         | ''
      11.18的新闻                           | EDITION         | ''
      昨天的报纸                            | EDITION         | ''
      这期报纸讲了些什么                    | EDITION         | ''
      本期头条是什么                        | EDITION         | ''
      看看今天的报纸                        | EDITION         | ''
      介绍一下今天的头版                    | EDITION         | ''
      最新消息                              | EDITION         | ''
      跨境电商                              | TOPIC           | 跨境电商
      人才政策                              | TOPIC           | 人才政策
      消防安全。                            | TOPIC           | 消防安全
      平湖 人才政策                         | TOPIC           | 平湖 人才政策
      关于消防安全的报道                    | TOPIC           | 消防安全
      有没有关于跨境电商的报道?             | TOPIC           | 跨境电商
      跨境电商有什么新闻                    | TOPIC           | 跨境电商
      有没有关于新华小区的                  | TOPIC           | 新华小区
      有没有跟老年人有关的消息              | TOPIC           | 老年人
      充电那篇讲了啥                        | SUMMARY         | 充电
      老年大学那条新闻说的什么              | SUMMARY         | 老年大学
      有没有和跨境电商相关的新闻            | TOPIC           | 跨境电商
      有没有和谐社区相关的报道              | TOPIC           | 和谐社区
      有关于停水的吗                        | QUESTION        | 有关于停水的吗
      我想了解一下跨境电商                  | TOPIC           | 跨境电商
      新闻发布会                            | TOPIC           | 新闻发布会
      最新的人才政策                        | TOPIC           | 人才政策
      最近有啥活动没                        | TOPIC           | 活动
      有什么招聘信息吗                      | TOPIC           | 招聘
      最近有啥展览或者演出可以去看看        | TOPIC           | 展览 演出
      你好哈尔滨冰雪节                      | TOPIC           | 哈尔滨冰雪节
      介绍一下平湖的人才政策                | SUMMARY         | 平湖的人才政策
      总结一下跨境电商的报道                | SUMMARY         | 跨境电商
      讲讲人才政策吧                        | SUMMARY         | 人才政策
      帮我总结下医保那篇                    | SUMMARY         | 医保
      说说停水的那条新闻                    | SUMMARY         | 停水
      帮我梳理一下全面深化改革的内容        | SUMMARY         | 全面深化改革
      说说                                  | SUMMARY         | ''
      具体说说                              | SUMMARY         | ''
      市委书记是谁                          | PERSON          | 市委书记
      市政协主席叫啥名子                    | PERSON          | 市政协主席
      那个馆长叫什么名儿                    | PERSON          | 馆长
      市委书记是谁?                         | PERSON          | 市委书记
      谁是市委书记                          | PERSON          | 市委书记
      平湖市委书记叫啥                      | PERSON          | 平湖市委书记
      图书馆馆长叫什么?                     | PERSON          | 图书馆馆长
      这个活动叫什么                        | QUESTION        | 这个活动叫什么
      谁主持了会议                          | PERSON          | 主持了会议
      请问昨天是谁主持的会议?               | PERSON          | 主持的会议
      哪位领导出席了活动                    | PERSON          | 领导出席了活动
      平湖跨境电商2027年的目标是多少        | QUESTION        | 平湖跨境电商2027年的目标是多少
      平湖跨境电商2027年的目标是多少?       | QUESTION        | 平湖跨境电商2027年的目标是多少?
      你好,平湖跨境电商2027年目标是多少     | QUESTION        | 平湖跨境电商2027年目标是多少
      您好 请问跨境电商2027年的目标         | QUESTION        | 跨境电商2027年的目标
      跨境电商2027年的目标                  | QUESTION        | 跨境电商2027年的目标
      电瓶车在哪充电                        | QUESTION        | 电瓶车在哪充电
      充电桩怎么用                          | QUESTION        | 充电桩怎么用
      平湖有地铁吗                          | QUESTION        | 平湖有地铁吗
      那2030年呢?                           | QUESTION        | 那2030年呢?
      今天平湖有什么活动                    | QUESTION        | 平湖有什么活动
      介绍一下跨境电商的目标是多少          | QUESTION        | 介绍一下跨境电商的目标是多少
      平湖西瓜灯节什么时候举办?谢谢         | QUESTION        | 平湖西瓜灯节什么时候举办?
      我家门口的路灯坏了好几天了没人修      | QUESTION        | 我家门口的路灯坏了好几天了没人修
      我要投诉                              | QUESTION        | 我要投诉
      人才政策?                             | QUESTION        | 人才政策?
      """)
  void should_tell_what_a_message_asks_for(String message, Intent intent, String topic) {
    Understanding u = UNDERSTANDING.understand(message, TODAY);

    assertEquals(intent, u.intent(), "intent");
    assertEquals(topic, u.topic(), "topic");
  }

  @Test
  void should_carry_the_date_and_page_of_an_edition_request() {
    Understanding u = UNDERSTANDING.understand("8月4号头版说了啥?", TODAY);

    assertEquals(Intent.EDITION, u.intent());
    assertEquals(Optional.of(LocalDate.of(2025, 8, 4)), u.time().date());
    assertEquals(1, u.time().page());
  }

  @Test
  void should_mark_the_newest_issue_wanted_when_no_date_is_given() {
    Understanding u = UNDERSTANDING.understand("最新一期讲了啥", TODAY);

    assertTrue(u.time().wantsNewest());
    assertEquals(Optional.empty(), u.time().date());
  }

  @Test
  void should_keep_the_question_without_its_greeting_and_thanks_for_the_answerer() {
    Understanding u = UNDERSTANDING.understand("您好!平湖跨境电商2027年的目标是多少?谢谢🙏", TODAY);

    assertEquals(Intent.QUESTION, u.intent());
    assertEquals("平湖跨境电商2027年的目标是多少?", u.question());
  }

  @Test
  void should_read_a_step_to_the_issue_before_or_after_the_one_shown() {
    assertEquals(-1, MessageUnderstanding.issueStep("那再前一期呢"));
    assertEquals(-1, MessageUnderstanding.issueStep("上一期"));
    assertEquals(1, MessageUnderstanding.issueStep("下一期呢"));
    assertEquals(0, MessageUnderstanding.issueStep("最新一期"));
    assertEquals(0, MessageUnderstanding.issueStep("前一期讲的跨境电商目标是多少"));
  }

  @Test
  void should_read_a_long_message_by_the_clause_it_asks_in() {
    Understanding u = UNDERSTANDING.understand("哎你好 我跟你说 我住梅园新村的 昨天楼道里贴了张纸我也没看清楚 "
        + "我老公出差去了 家里还有个小孩天天要洗澡 烦都烦死了 听隔壁说过两天要停水 我就想问问到底哪天停水啊停多久 "
        + "要不要提前接点水", TODAY);

    assertEquals(Intent.QUESTION, u.intent());
    assertEquals("我就想问问到底哪天停水啊停多久", u.question());
    // one long clause that asks is read whole
    String rambling = "我".repeat(5000) + "吗";
    assertEquals(Intent.QUESTION, UNDERSTANDING.understand(rambling, TODAY).intent());
    // a long clause before a short asking one is read with it, once
    String story = "我".repeat(50) + ",是真的吗";
    assertEquals(story.replace(",", " "), UNDERSTANDING.understand(story, TODAY).question());
    // a clause too short to name its subject keeps the one before it
    assertEquals("听说现在坐公交车不要钱了 是真的吗", UNDERSTANDING.understand(
        "我家老头子今年七十多了,腿脚不太好,平时就在小区里转转,听说现在坐公交车不要钱了,是真的吗,要办什么卡吗",
        TODAY).question());
  }

  @Test
  void should_carry_the_day_a_question_names_and_leave_it_out_of_the_topic() {
    Understanding u = UNDERSTANDING.understand("昨天的会议讲了什么", TODAY);

    assertEquals(Intent.QUESTION, u.intent());
    assertEquals("会议讲了什么", u.topic());
    assertEquals(Optional.of(LocalDate.of(2025, 11, 19)), u.time().date());
  }

  @Test
  void should_read_full_width_and_emoji_laden_messages_like_plain_ones() {
    assertEquals(Intent.EDITION, UNDERSTANDING.understand("今天报纸有啥？😄", TODAY).intent());
    assertEquals(Intent.PERSON, UNDERSTANDING.understand("  市委书记　是谁？？ ", TODAY).intent());
    assertEquals(Intent.TOPIC, UNDERSTANDING.understand("🔥跨境电商🔥", TODAY).intent());
  }

  @Test
  void should_treat_an_empty_message_as_nothing_to_search() {
    assertEquals(Intent.ACKNOWLEDGEMENT, UNDERSTANDING.understand("", TODAY).intent());
    assertEquals(Intent.ACKNOWLEDGEMENT, UNDERSTANDING.understand(null, TODAY).intent());
  }
}
