package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A named place or institution asked about that the article never prints. */
class NamedPlacesTest {

  static final String HOSPITAL = "记者从平湖市第一人民医院获悉,该院新院区将于12月1日正式启用。";

  @Test
  void should_want_the_named_institution_printed() {
    assertEquals("中医院", NamedPlaces.unprinted("那市中医院呢", HOSPITAL));
    assertEquals("儿童医院", NamedPlaces.unprinted("儿童医院几点开门", HOSPITAL));
    assertNull(NamedPlaces.unprinted("人民医院新院区在哪", HOSPITAL));
    assertEquals("梅园新村", NamedPlaces.unprinted("梅园新村停水吗", "新华小区停水。"));
    assertNull(NamedPlaces.unprinted("新华小区停水吗", "新华路两侧、新华小区停水。"));
  }

  @Test
  void should_read_no_name_in_a_verb_a_count_a_place_level_or_an_adjective_before_the_kind() {
    assertNull(NamedPlaces.unprinted("去医院看病要预约吗", "门诊需提前预约。"));
    assertNull(NamedPlaces.unprinted("市医院新院去有多少床位", HOSPITAL));
    assertNull(NamedPlaces.unprinted("由哪所学校牵头建设", "嘉兴职业技术学院牵头。"));
    assertNull(NamedPlaces.unprinted("平湖有几所大学", "来自全国76所高校。"));
    assertNull(NamedPlaces.unprinted("老小区改了几个", "老旧小区改造项目23个。"));
    assertNull(NamedPlaces.unprinted("今年平湖改老小区总共投了多少钱", "老旧小区改造总投资3.2亿元。"));
    assertNull(NamedPlaces.unprinted("城东建新公园了吗", "城东绿地开工。"));
    assertEquals("梅园新村", NamedPlaces.unprinted("去梅园新村的老小区", "老旧小区改造。"));
  }
}
