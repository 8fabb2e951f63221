package newsbot.retrieval.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsbot.retrieval.query.DateMentions.Kind;
import newsbot.retrieval.query.DateMentions.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateMentionsTest {

  /** A Thursday. */
  static final LocalDate TODAY = LocalDate.of(2025, 11, 20);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      今天                         | 2025-11-20 | 2025-11-20 | -  | false | ''
      今日有什么新闻                | 2025-11-20 | 2025-11-20 | -  | false | 有什么新闻
      昨天的报纸                    | 2025-11-19 | 2025-11-19 | -  | false | 报纸
      前天                         | 2025-11-18 | 2025-11-18 | -  | false | ''
      大前天的头版                  | 2025-11-17 | 2025-11-17 | 1  | false | ''
      8月4日头版说了什么            | 2025-08-04 | 2025-08-04 | 1  | false | 说了什么
      8月4号                       | 2025-08-04 | 2025-08-04 | -  | false | ''
      8 月 4 日的会议              | 2025-08-04 | 2025-08-04 | -  | false | 会议
      2025年11月18日的报纸          | 2025-11-18 | 2025-11-18 | -  | false | 报纸
      2025-11-18                   | 2025-11-18 | 2025-11-18 | -  | false | ''
      2025.11.18                   | 2025-11-18 | 2025-11-18 | -  | false | ''
      2025/11/18 第2版             | 2025-11-18 | 2025-11-18 | 2  | false | ''
      11.18的新闻                   | 2025-11-18 | 2025-11-18 | -  | false | 新闻
      11月18                       | 2025-11-18 | 2025-11-18 | -  | false | ''
      十一月十八日                  | 2025-11-18 | 2025-11-18 | -  | false | ''
      12月25日的活动                | 2024-12-25 | 2024-12-25 | -  | false | 活动
      2月29日                      | 2024-02-29 | 2024-02-29 | -  | false | ''
      8月1日到8月5日的报道          | 2025-08-01 | 2025-08-05 | -  | false | 报道
      从8月1日至8月5日跨境电商      | 2025-08-01 | 2025-08-05 | -  | false | 跨境电商
      本周                         | 2025-11-17 | 2025-11-20 | -  | false | ''
      这周有什么活动                | 2025-11-17 | 2025-11-20 | -  | false | 有什么活动
      上周                         | 2025-11-10 | 2025-11-16 | -  | false | ''
      本月                         | 2025-11-01 | 2025-11-20 | -  | false | ''
      上个月的人才政策              | 2025-10-01 | 2025-10-31 | -  | false | 人才政策
      这几天                        | 2025-11-14 | 2025-11-20 | -  | false | ''
      最近几天有什么新闻            | 2025-11-14 | 2025-11-20 | -  | false | 有什么新闻
      这两天                        | 2025-11-19 | 2025-11-20 | -  | false | ''
      最新一期讲了啥                | -          | -          | -  | true  | 讲了啥
      最新的人才政策                | -          | -          | -  | true  | 人才政策
      最近有什么新闻                | -          | -          | -  | true  | 有什么新闻
      平湖现在有多少人口            | -          | -          | -  | true  | 平湖 有多少人口
      目前跨境电商发展得怎么样      | -          | -          | -  | true  | 跨境电商发展得怎么样
      第2版                        | -          | -          | 2  | false | ''
      第 3 版讲了什么               | -          | -          | 3  | false | 讲了什么
      二版                         | -          | -          | 2  | false | ''
      第三版                        | -          | -          | 3  | false | ''
      第十二版                      | -          | -          | 12 | false | ''
      A2版                         | -          | -          | 2  | false | ''
      第2页                        | -          | -          | 2  | false | ''
      头版头条                      | -          | -          | 1  | false | 头条
      11/17 第2版                  | 2025-11-17 | 2025-11-17 | 2  | false | ''
      11/18的新闻                   | 2025-11-18 | 2025-11-18 | -  | false | 新闻
      星期一的报纸                  | 2025-11-17 | 2025-11-17 | -  | false | 报纸
      周四头版                      | 2025-11-20 | 2025-11-20 | 1  | false | ''
      周四第2版                     | 2025-11-20 | 2025-11-20 | 2  | false | ''
      周五的新闻                    | 2025-11-14 | 2025-11-14 | -  | false | 新闻
      上周三的报纸                  | 2025-11-12 | 2025-11-12 | -  | false | 报纸
      明天的报纸                    | 2025-11-21 | 2025-11-21 | -  | false | 报纸
      后天停水吗                    | 2025-11-22 | 2025-11-22 | -  | false | 停水吗
      """)
  void should_resolve_what_the_message_names(String text, LocalDate from, LocalDate to,
      Integer page, boolean newest, String topic) {
    DateMentions d = DateMentions.parse(text, TODAY);

    assertEquals(from, d.from(), "from");
    assertEquals(to, d.to(), "to");
    assertEquals(page, d.page(), "page");
    assertEquals(newest, d.wantsNewest(), "newest");
    assertEquals(topic, d.topic(), "topic");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      平湖跨境电商2027年的目标是多少?
      出口额1.5亿
      GDP增长了3.5
      约1.2
      步行2.5公里
      增长12.5%
      离我最近的充电桩
      最近的充电桩在哪
      体现在哪些方面
      统一版本
      嘉兴日报平湖版
      2.0版
      2月30日
      13月2日
      8月份的出口
      图书馆周一开门吗
      每周六有讲解吗
      老年大学周一报名吗
      周三第一节课几点
      占1/3
      """)
  void should_leave_amounts_years_and_ordinary_words_alone(String text) {
    DateMentions d = DateMentions.parse(text, TODAY);

    assertTrue(d.isEmpty(), () -> "recognised " + d.mentions());
    assertEquals(MessageText.normalize(text), d.topic());
  }

  @Test
  void should_take_a_month_and_day_without_year_as_the_latest_such_day_not_after_today() {
    LocalDate newYearsDay = LocalDate.of(2026, 1, 1);

    assertEquals(Optional.of(LocalDate.of(2025, 1, 2)),
        DateMentions.parse("1月2日", newYearsDay).date());
    assertEquals(Optional.of(LocalDate.of(2026, 1, 1)),
        DateMentions.parse("1月1日", newYearsDay).date());
    assertEquals(Optional.of(LocalDate.of(2025, 12, 31)),
        DateMentions.parse("12.31", newYearsDay).date());
  }

  @Test
  void should_start_the_week_on_monday_so_this_week_on_a_sunday_spans_seven_days() {
    LocalDate sunday = LocalDate.of(2025, 11, 23);

    DateMentions thisWeek = DateMentions.parse("本周", sunday);
    DateMentions lastWeek = DateMentions.parse("上周", sunday);

    assertEquals(LocalDate.of(2025, 11, 17), thisWeek.from());
    assertEquals(sunday, thisWeek.to());
    assertEquals(LocalDate.of(2025, 11, 10), lastWeek.from());
    assertEquals(LocalDate.of(2025, 11, 16), lastWeek.to());
  }

  @Test
  void should_make_this_week_one_day_on_a_monday_and_last_month_cross_the_year() {
    LocalDate monday = LocalDate.of(2025, 11, 17);

    assertEquals(Optional.of(monday), DateMentions.parse("这周", monday).date());
    DateMentions december = DateMentions.parse("上个月", LocalDate.of(2026, 1, 10));
    assertEquals(LocalDate.of(2025, 12, 1), december.from());
    assertEquals(LocalDate.of(2025, 12, 31), december.to());
  }

  @Test
  void should_read_a_day_of_last_or_this_month_as_that_one_day() {
    LocalDate today = LocalDate.of(2025, 11, 26);

    DateMentions lastMonth = DateMentions.parse("上个月30号的报纸有吗", today);
    assertEquals(Optional.of(LocalDate.of(2025, 10, 30)), lastMonth.date());
    assertEquals("报纸有吗", lastMonth.topic());
    assertEquals(Optional.of(LocalDate.of(2025, 11, 5)),
        DateMentions.parse("这个月五号", today).date());
    assertEquals(Optional.of(LocalDate.of(2025, 12, 31)),
        DateMentions.parse("上月31日", LocalDate.of(2026, 1, 3)).date());
    assertTrue(DateMentions.parse("上个月31号", LocalDate.of(2025, 12, 3)).date().isEmpty(),
        "November has no 31st");
  }

  @Test
  void should_tell_a_dotted_date_from_a_decimal_amount() {
    assertEquals(Optional.of(LocalDate.of(2025, 11, 18)),
        DateMentions.parse("11.18", TODAY).date());
    assertEquals(Optional.of(LocalDate.of(2025, 8, 4)),
        DateMentions.parse("8.4号的报纸", TODAY).date());
    assertTrue(DateMentions.parse("1.5亿", TODAY).isEmpty());
    assertTrue(DateMentions.parse("投资1.5亿元的项目", TODAY).isEmpty());
  }

  @Test
  void should_read_full_width_digits_and_punctuation_as_phones_send_them() {
    DateMentions d = DateMentions.parse("２０２５年１１月１８日第２版说了啥？", TODAY);

    assertEquals(Optional.of(LocalDate.of(2025, 11, 18)), d.date());
    assertEquals(2, d.page());
    assertEquals("说了啥?", d.topic());
  }

  @Test
  void should_list_each_mention_with_its_kind_in_message_order() {
    DateMentions d = DateMentions.parse("最新一期和8月4日头版", TODAY);

    assertEquals(List.of(
            new Mention("最新一期", Kind.NEWEST, null, null, null),
            new Mention("8月4日", Kind.DATE, LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 4),
                null),
            new Mention("头版", Kind.PAGE, null, null, 1)),
        d.mentions());
    assertTrue(d.wantsNewest());
    assertEquals("", d.topic(), "the 和 between two mentions goes with them");
  }

  @Test
  void should_report_no_single_date_for_a_window_and_nothing_for_plain_text() {
    DateMentions window = DateMentions.parse("上周的新闻", TODAY);
    DateMentions plain = DateMentions.parse("人才政策", TODAY);

    assertTrue(window.hasDate());
    assertEquals(Optional.empty(), window.date());
    assertFalse(plain.hasDate());
    assertNull(plain.page());
    assertEquals("人才政策", plain.topic());
  }
}
