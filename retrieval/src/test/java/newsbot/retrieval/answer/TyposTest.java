package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TyposTest {

  @Test
  void should_hear_characters_of_one_syllable_as_the_same_whatever_their_tone() {
    assertTrue(Typos.sameSound('管', '馆'));
    assertTrue(Typos.sameSound('竟', '境'));
    assertTrue(Typos.sameSound('去', '区'));
    // 行 is read xing and hang: either reading counts
    assertTrue(Typos.sameSound('行', '航'));
    assertFalse(Typos.sameSound('公', '服'));
    assertFalse(Typos.sameSound('铁', '路'));
  }
}
