package newsbot.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import newsbot.bot.chat.understand.MessageUnderstanding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonQuestionsTest {

  private static final MessageUnderstanding UNDERSTANDING = new MessageUnderstanding();
  /** subject() needs no overviews: it only reads the message. */
  private static final PersonQuestions PEOPLE = new PersonQuestions(null, "平湖");

  @ParameterizedTest
  @CsvSource({
      "平湖市委书记叫啥, 市委书记",
      "平湖市委书记是谁, 市委书记",
      "平湖市长是谁, 市长",
      "平湖市图书馆馆长是谁, 图书馆馆长",
      "我市现任市委书记是谁, 市委书记",
      "平湖的市委书记是谁, 市委书记"})
  void should_drop_the_editions_place_but_keep_the_roles_own_city(String message, String role) {
    assertEquals(role, PEOPLE.subject(UNDERSTANDING.understand(message, LocalDate.of(2025, 11, 18))));
  }
}
