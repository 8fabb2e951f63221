package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Words the article prints with one character swapped for a contrasting one. */
class ContrastsTest {

  @Test
  void should_find_the_sibling_the_article_prints_in_place_of_the_word_asked() {
    assertEquals("春季", Contrasts.printedInstead("秋季", "市老年大学2026年春季班将于11月24日接受报名。"));
    assertEquals("停水", Contrasts.printedInstead("停电", "11月19日22:00至11月20日6:00暂停供水,停水范围新华路。"));
    assertEquals("上午", Contrasts.printedInstead("下午", "每周六上午10点有讲解员免费讲解。"));
    assertEquals("首班", Contrasts.printedInstead("末班", "首班车6:00发车。"));
    assertEquals("开幕式", Contrasts.printedInstead("闭幕式", "副市长出席开幕式。"));
    assertEquals("一院", Contrasts.printedInstead("二院", "市一院新院区12月1日启用。"));
    assertEquals("越剧", Contrasts.printedInstead("沪剧", "12月6日晚在平湖大剧院上演越剧《西园记》。"));
  }

  @Test
  void should_find_nothing_when_the_word_itself_or_no_sibling_is_printed() {
    assertNull(Contrasts.printedInstead("秋季", "春季班和秋季班都招生。"));
    // a paraphrase is not a sibling: 超期 and 逾期 differ in characters of no set
    assertNull(Contrasts.printedInstead("超期", "逾期未还的图书将收取滞纳金。"));
    assertNull(Contrasts.printedInstead("电瓶车", "电动车不得进入电梯。"));
    assertNull(Contrasts.printedInstead("书", "借书不用交押金了。"));
    // a clock time says the part of the day: 16:30 is an afternoon's
    assertNull(Contrasts.printedInstead("下午", "开放时间为9:00—17:00,16:30停止入馆;每周六上午10点有讲解。"));
    // printed in the paper's word for it: 境外 is 国外, whatever the 国内 beside it
    assertNull(Contrasts.printedInstead("国外", "拓展国内市场,对企业在境外开展推广给予补助。"));
  }
}
