package newsbot.bot.chat.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
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

  @ParameterizedTest
  @CsvSource({
      "第一个几号开始, 1, 几号开始",
      "第二条里说的罚款是多少, 2, 罚款是多少",
      "那第3篇提到的企业叫什么, 3, 企业叫什么",
      "第一个是啥时候开始的, 1, 是啥时候开始的"})
  void should_read_a_question_about_the_article_at_a_place_in_the_list(String message, int place,
      String question) {
    assertEquals(Optional.of(new ListedItem.Asking(place, question)), ListedItem.asking(message));
  }

  @ParameterizedTest
  @CsvSource({"第二条详细说说", "第一篇讲的啥", "第二届当湖之夜在哪办", "第一人民医院在哪", "第二条的标题"})
  void should_not_take_a_summary_request_or_a_name_for_a_question_about_a_listed_article(
      String message) {
    assertEquals(Optional.empty(), ListedItem.asking(message));
  }
}
