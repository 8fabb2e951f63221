package newsbot.bot.chat.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListedItemTest {

  @ParameterizedTest
  @CsvSource({
      "第二条详细说说, 2",
      "第一篇讲的啥, 1",
      "第3篇, 3",
      "那第二个呢, 2",
      "第十二条新闻是什么, 12",
      "第两条, 2",
      "第二十一条, 21",
      "第五条?, 5"})
  void should_find_the_place_a_message_points_at(String message, int place) {
    assertEquals(OptionalInt.of(place), ListedItem.of(message));
  }

  @ParameterizedTest
  @CsvSource({
      "第二版呢",
      "第二届当湖之夜在哪办",
      "二条新闻",
      "207路首班车几点",
      "第一人民医院在哪"})
  void should_not_take_a_page_an_edition_or_a_question_for_a_place_in_the_list(String message) {
    assertEquals(OptionalInt.empty(), ListedItem.of(message));
  }
}
