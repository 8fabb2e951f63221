package newsbot.bot.chat.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AgeQuestionsTest {

  static final String CARD = "据介绍,年满6周岁的市民均可办理读者证:线上可通过“浙里办”App申领电子读者证;[1]";

  @Test
  void should_drop_the_asked_kind_of_person_when_the_answer_states_an_age_for_everyone() {
    assertEquals("几岁可以办", AgeQuestions.withoutAskedPerson("小孩几岁可以办", CARD));
    assertEquals("多大能办", AgeQuestions.withoutAskedPerson("老人多大能办", CARD));
    assertEquals("要几岁", AgeQuestions.withoutAskedPerson("孩子要几岁",
        "18周岁以上的市民可以报名。[1]"));
  }

  @Test
  void should_keep_the_message_when_it_asks_no_age_or_the_age_is_for_one_kind_of_person() {
    assertEquals("小孩要押金吗", AgeQuestions.withoutAskedPerson("小孩要押金吗", CARD));
    assertEquals("小孩几岁免票", AgeQuestions.withoutAskedPerson("小孩几岁免票",
        "60周岁以上老人凭身份证免票。[1]"));
    assertEquals("小孩几岁可以办", AgeQuestions.withoutAskedPerson("小孩几岁可以办",
        "市民可携带身份证到总服务台办理。[1]"));
    // 年满50周岁 is for retired people only, not a rule every citizen meets
    assertEquals("老人几岁可以报", AgeQuestions.withoutAskedPerson("老人几岁可以报",
        "年满50周岁的退休人员均可报名。[1]"));
  }
}
