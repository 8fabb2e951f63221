package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import newsbot.retrieval.NewsLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who a named person is, on the seed pages and eval/pages. */
class PeopleTest {

  static ExtractiveAnswerer answerer;

  @BeforeAll
  static void load() throws IOException {
    NewsLibrary lib = AnswerabilityTest.library();
    answerer = new ExtractiveAnswerer(lib.retriever(), lib.embedder(), lib,
        AnswerabilityTest.LINKS, AnswerSettings.defaults());
  }

  @Test
  void should_read_the_name_a_who_question_asks_about() {
    assertEquals("俞春峰", People.asked("俞春峰是干啥的"));
    assertEquals("邵文婕", People.asked("邵文婕是谁?"));
    assertEquals("朱勤明", People.asked("朱勤明是什么职务"));
    assertNull(People.asked("谁是市长"));
    assertNull(People.asked("平湖跨境电商2027年的目标是多少"));
    assertNull(People.asked("他们是谁"), "a pronoun is no name");
  }

  @Test
  void should_answer_who_a_person_is_from_the_sentence_naming_their_role() throws IOException {
    // the questions share nothing but the name with their article: the search ranked it
    // sixth and fourth, and the gate answered "not found"
    Answer chief = answerer.answer("钱振宇是干什么的");
    assertTrue(chief.found() && chief.answer().contains("大队长"), chief.answer());
    assertTrue(chief.citations().get(0).title().contains("电动自行车"), chief.citations().toString());
    Answer curator = answerer.answer("邵文婕是谁");
    assertTrue(curator.found() && curator.answer().contains("馆长"), curator.answer());
    assertTrue(curator.citations().get(0).title().contains("借书不用交押金"),
        curator.citations().toString());
  }

  @Test
  void should_leave_a_name_no_article_prints_to_the_gate() throws IOException {
    Answer nobody = answerer.answer("王小明是谁");
    assertTrue(!nobody.found(), nobody.answer());
  }
}
