package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a question pins down that an answering article must print. */
class AnchorsTest {

  static final LocalDate ISSUE = LocalDate.of(2025, 11, 18);
  static final String FESTIVAL = "第五届“当湖之夜”文化艺术节11月16日开幕,持续至12月15日,共安排演出36场。";

  @Test
  void should_refuse_a_year_or_number_the_article_does_not_print() {
    assertEquals("2024年", Anchors.missing("2024年当湖之夜艺术节有几场演出", FESTIVAL, ISSUE, false));
    assertEquals("2025年度", Anchors.missing("2025年度城乡居民医保个人缴费标准是多少",
        "2026年度个人缴费标准为:成年居民每人每年720元。集中缴费期为2025年11月1日至2025年12月31日。",
        ISSUE, false));
    assertEquals("207", Anchors.missing("207路首班车几点", "新开通的208路首班车6:00发车。", ISSUE, false));
    assertNull(Anchors.missing("当湖之夜艺术节到哪天结束", FESTIVAL, ISSUE, false));
  }

  @Test
  void should_want_a_phone_number_for_a_question_after_one_but_not_for_one_about_calls() {
    String comment = "一根从窗口垂下的“飞线”,可能酿成无法挽回的悲剧。";
    assertEquals("phone", Anchors.missing("发现有人飞线充电打什么电话", comment, ISSUE, false));
    assertNull(Anchors.missing("发现有人飞线充电打什么电话", "群众发现火灾隐患,可拨打96119举报。", ISSUE, false));
    assertEquals("phone", Anchors.missing("图书馆电话是多少", "市图书馆位于叔同路168号。", ISSUE, false));
    assertNull(Anchors.missing("接到诈骗电话怎么办", comment, ISSUE, false));
    assertTrue(Anchors.typed("举报热线是多少"));
  }

  @Test
  void should_want_a_count_with_the_measure_word_a_question_counts_in() {
    assertEquals("count of 所", Anchors.missing("平湖有几所大学", "来自同济大学等高校的31支团队。", ISSUE, false));
    assertNull(Anchors.missing("有几所高校参加", "从全国76所高校中杀出重围。", ISSUE, false));
    assertNull(Anchors.missing("孵化了几家学生企业", "已孵化学生企业20余家。", ISSUE, false));
    assertNull(Anchors.missing("有几支队伍", "共有三支队伍参赛。", ISSUE, false));
    // 几本书 is answered by 10册: 本 is not checked
    assertNull(Anchors.missing("一张借书证能借几本书", "每证可借图书10册。", ISSUE, false));
  }

  @Test
  void should_not_take_a_count_of_the_country_for_a_count_of_the_askers_own_place() {
    String country = "嘉兴平湖市专项开营。共有31支队伍从全国76所高校中杀出重围。作为全省唯一一所公办学院。";
    assertEquals("count in 平湖", Anchors.missing("平湖有几所大学", country, ISSUE, false));
    assertEquals("count in 我市", Anchors.missing("我市一共有多少所高校", country, ISSUE, false));
    assertEquals("count in 新埭镇", Anchors.missing("新埭镇有几所学校", country, ISSUE, false));
    // no place of the asker's own: the country's count is the answer
    assertNull(Anchors.missing("有几所高校参加", country, ISSUE, false));
    assertNull(Anchors.missing("全国有几所高校参赛", country, ISSUE, false));
    // the text counts in the place too
    assertNull(Anchors.missing("平湖有几所大学", country + "平湖现有2所高校。", ISSUE, false));
    // a place the text never prints with its level is not known to be one
    assertNull(Anchors.missing("参赛队伍有几所", country, ISSUE, false));
    // words between the place and 有, and a locative after it
    assertEquals("count in 平湖", Anchors.missing("平湖现在一共有几所大学", country, ISSUE, false));
    assertEquals("count in 新埭镇", Anchors.missing("新埭镇上有几所学校", country, ISSUE, false));
  }

  @Test
  void should_want_an_area_days_or_a_count_in_units_the_paper_counts_things_in() {
    assertEquals("area", Anchors.missing("产业园占地多大", "产业园已入驻企业20家。", ISSUE, false));
    assertNull(Anchors.missing("草莓种了多少亩", "种植面积达320亩。", ISSUE, false));
    assertEquals("days", Anchors.missing("棒球锦标赛一共比几天", "比赛在徐家埭棒球场开赛。", ISSUE, false));
    assertNull(Anchors.missing("要提前几天预约", "需提前3天预约。", ISSUE, false));
    assertNull(Anchors.missing("报名要几天", "11月24日至11月28日接受报名。", ISSUE, false));
    assertEquals("count of 台", Anchors.missing("智算中心有多少台服务器", "已建成智算中心。", ISSUE, false));
    assertNull(Anchors.missing("今年装了几台电梯", "今年共加装电梯46台。", ISSUE, false));
    assertNull(Anchors.missing("电瓶车着火一共几起", "共发生火灾27起。", ISSUE, false));
    // a time, a noun or another matter, not a number of days, an area or a count
    assertNull(Anchors.missing("前几天的火灾在哪", "火灾发生在新华路。", ISSUE, false));
    assertNull(Anchors.missing("这几天停水吗", "新华路暂停供水。", ISSUE, false));
    assertNull(Anchors.missing("大面积停电是怎么回事", "新华路暂停供电。", ISSUE, false));
    assertNull(Anchors.missing("今年有多少台风", "今年有3个台风影响我市。", ISSUE, false));
    assertNull(Anchors.missing("占地面积多大", "项目占地5000㎡。", ISSUE, false));
  }

  @Test
  void should_want_a_day_or_a_time_for_a_question_asking_when() {
    assertEquals("day", Anchors.missing("学习调研活动几号开始", "要忠实践行“八八战略”。", ISSUE, false));
    assertNull(Anchors.missing("艺术节几号开始", "11月16日晚,艺术节开幕。", ISSUE, false));
    assertNull(Anchors.missing("调研是什么时候", "昨天下午,市委书记来到展馆调研。", ISSUE, false));
  }

  @Test
  void should_want_a_bus_line_asked_by_its_number_printed_as_that_line() {
    assertEquals("3路", Anchors.missing("3路公交几点发车", "207路首班车6:00发车,票价3元。", ISSUE, false));
    assertEquals("3路", Anchors.missing("3路公交几点发车", "203路首班车6:00发车。", ISSUE, false));
    assertNull(Anchors.missing("3路公交几点发车", "3路、11路首班车6:00发车。", ISSUE, false));
    assertNull(Anchors.missing("3路公交几点发车", "新开通3路,首班车6:00发车。", ISSUE, false));
    assertEquals("3路", Anchors.missing("3路公交几点发车", "K3路首班车6:00发车。", ISSUE, false));
    // a crossing is no bus line
    assertNull(Anchors.missing("新华路3路口怎么走", "新华路口设有信号灯,3个方向。", ISSUE, false));
  }

  @Test
  void should_take_a_change_year_on_year_as_a_comparison_with_last_year() {
    assertNull(Anchors.missing("电瓶车着火比去年少了没", "今年以来火灾27起,同比下降21%。", ISSUE, false));
    // 去年 as the time of the thing asked is no comparison
    assertEquals("去年", Anchors.missing("去年产了多少枚", "今年产量同比增长5%。", ISSUE, false));
  }

  @Test
  void should_want_a_line_with_letters_printed_not_its_neighbour() {
    String lines = "优化调整8条线路,新开通207路、K9路,K9路首末班时间为6:30—21:00。";
    assertEquals("k8", Anchors.missing("K8路首班车几点", lines, ISSUE, false));
    assertNull(Anchors.missing("K9路首班车几点", lines, ISSUE, false));
  }

  @Test
  void should_want_a_year_for_a_question_after_one() {
    assertEquals("year", Anchors.missing("新华小区是哪年盖的", "新华小区是老旧小区,设施陈旧。", ISSUE, false));
    assertNull(Anchors.missing("新华小区是哪年盖的", "新华小区建于1992年。", ISSUE, false));
    assertNull(Anchors.missing("新华小区是哪年盖的", "新华小区建于一九九二年。", ISSUE, false),
        "a year in Chinese numerals");
    assertTrue(Anchors.typed("嘉兴银行平湖支行哪一年开的"));
    assertTrue(Anchors.typed("新院区在哪个路口"));
  }

  @Test
  void should_want_a_share_for_a_question_after_one() {
    String dues = "2026年度个人缴费标准为:成年居民每人每年720元。";
    assertEquals("share", Anchors.missing("居民医保看病能报销百分之多少", dues, ISSUE, false));
    assertEquals("share", Anchors.missing("报销比例是多少", dues, ISSUE, false));
    assertNull(Anchors.missing("住院能报销百分之几", "政策范围内住院费用报销比例为60%。", ISSUE, false));
    assertNull(Anchors.missing("能报几成", "门诊费用可报销五成。", ISSUE, false));
    // 成为 and 完成 are no shares
    assertEquals("share", Anchors.missing("能报几成", "平湖已成为示范县,任务一一完成。", ISSUE, false));
  }

  @Test
  void should_want_a_road_or_door_number_for_an_address() {
    String show = "“千年窑火”陶瓷精品展在平湖博物馆开展,展览免费参观。";
    assertEquals("address", Anchors.missing("平湖博物馆地址在哪", show, ISSUE, false));
    assertNull(Anchors.missing("老年大学地址在哪", "线下报名请到市老年大学(当湖街道三港路99号)教务处。", ISSUE, false));
    assertNull(Anchors.missing("新院区在哪条路上", "新院区位于新华南路东侧。", ISSUE, false));
    // 道路, 思路 and 3号线 are no addresses
    assertEquals("address", Anchors.missing("地址在哪", "拓宽道路,理清思路,3号线开通。", ISSUE, false));
  }

  @Test
  void should_want_a_name_of_the_kind_a_question_asks_which_of() {
    String base = "在平湖糟蛋传统制作技艺传承基地,工人们正忙着将鸭蛋封坛糟制。";
    assertEquals("which 镇", Anchors.missing("平湖糟蛋基地在哪个镇", base, ISSUE, false));
    assertNull(Anchors.missing("草莓基地在哪个镇", "在新埭镇鱼圻塘村的草莓大棚里。", ISSUE, false));
    // 队伍 names no team
    assertEquals("which 队", Anchors.missing("U10组冠军是哪个队", "U10组比赛开赛,来自全国的50支队伍展开角逐。", ISSUE, false));
    assertNull(Anchors.missing("冠军是哪支队", "上海队夺得冠军。", ISSUE, false));
    // a school is not named with 学校 (同济大学): not checked
    assertNull(Anchors.missing("来了哪个学校的学生", "同济大学的学生来到平湖。", ISSUE, false));
  }

  @Test
  void should_want_a_cost_per_household_printed_per_household() {
    String lifts = "每台电梯可获得财政补助20万元,剩余费用由居民按楼层分摊。";
    assertEquals("per 户", PerUnit.missing("加装电梯每户自己要掏多少钱", () -> List.of(lifts)));
    assertNull(PerUnit.missing("加装电梯每户要掏多少钱",
        () -> List.of("加装电梯每户平均出资3万元。")));
  }

  @Test
  void should_take_bus_lines_and_codes_but_not_quantities_dates_or_years_as_codes() {
    assertEquals(List.of("k9"), Anchors.codes("K9路经过哪些地方"));
    assertEquals(List.of("207"), Anchors.codes("207坐到底要几块钱"));
    assertEquals(List.of("3", "g60"), Anchors.codes("3号线和G60哪个快"));
    assertEquals(List.of(), Anchors.codes("11月20日起3个人坐车要5元吗"));
    assertEquals(List.of(), Anchors.codes("2027年目标是30亿元,增长8.6%"));
    assertEquals(List.of(), Anchors.codes("3号开门吗"));
  }

  @Test
  void should_read_the_day_a_question_asks_a_place_to_open_on_as_the_paper_writes_it() {
    assertEquals("周一", Anchors.asksOpeningOn("图书馆星期一开门吗"));
    assertEquals("周日", Anchors.asksOpeningOn("博物馆礼拜天营业不"));
    assertEquals("周一", Anchors.asksOpeningOn("周一开吗"));
    assertNull(Anchors.asksOpeningOn("周一几点有班车"));
    assertNull(Anchors.asksOpeningOn("图书馆几点开门"));
    assertTrue(Anchors.printsDay("开放时间为周二至周日9:00—20:30。", "周一"));
    assertTrue(Anchors.printsDay("每周一闭馆。", "周一"));
    assertFalse(Anchors.printsDay("开放时间为9:00—20:30。", "周一"));
  }

  @Test
  void should_resolve_last_and_next_year_against_the_issue_date() {
    String enrolment = "市老年大学2026年春季班11月24日起报名。2024年共招收学员3200人。";
    assertNull(Anchors.missing("去年老年大学招了多少学员", enrolment, ISSUE, false));
    assertEquals("去年", Anchors.missing("去年老年大学招了多少学员", enrolment, ISSUE.plusYears(1), false));
    assertNull(Anchors.missing("明年居民医保一个人交多少钱", "2026年度每人每年720元。", ISSUE, false));
    assertEquals("去年", Anchors.missing("去年老年大学招了多少学员", enrolment, null, false),
        "an undated article must say 去年 itself");
  }

  @Test
  void should_take_a_dated_report_that_names_no_year_as_news_of_its_own_year() {
    String opening = "11月16日晚,第五届“当湖之夜”市民文化艺术节开幕,主题为“乐享金平湖”。";
    assertNull(Anchors.missing("当湖之夜今年的主题是啥", opening, ISSUE, true));
    assertEquals("今年", Anchors.missing("当湖之夜今年的主题是啥", opening, null, true));
    assertEquals("今年", Anchors.missing("当湖之夜今年的主题是啥", opening, ISSUE, false),
        "a report sharing few of the question's words is about something else");
    assertEquals("今年", Anchors.missing("今年老年大学招了多少学员",
        "市老年大学2024年共招收学员3200人。", ISSUE, true), "a report of another year's figures");
  }

  @Test
  void should_want_money_for_a_price_and_a_clock_time_for_a_time_of_day() {
    assertEquals("price", Anchors.missing("平湖西瓜多少钱一斤", "平湖西瓜曾是贡品。", ISSUE, false));
    assertNull(Anchors.missing("老人坐公交车要钱吗", "70周岁以上老人免费乘车。", ISSUE, false));
    assertEquals("clock", Anchors.missing("嘉兴银行平湖支行几点下班", "嘉兴银行平湖支行于2008年成立。", ISSUE, false));
    assertNull(Anchors.missing("图书馆晚上几点关门", "开放时间为9:00至20:30。", ISSUE, false));
  }

  @Test
  void should_not_count_a_question_the_article_prints_as_a_statement() {
    String text = "“如果想在平湖落户要具备哪些条件?”青年代表提问。市领导逐一回应。";
    String statements = Anchors.statements(text);
    assertFalse(statements.contains("落户"), statements);
    assertTrue(statements.contains("市领导逐一回应。"), statements);
  }

  @Test
  void should_want_the_unit_a_quantity_is_asked_per() {
    assertEquals("per 平", PerUnit.missing("新华小区物业费多少钱一平",
        () -> List.of("新华小区加装电梯,每台补助20万元。", "新院区建筑面积12万平方米。挂号费10元。")),
        "平方米 printed away from any price is not a price per square metre");
    assertNull(PerUnit.missing("新华小区物业费多少钱一平", () -> List.of("物业费每平方米每月1.2元。")));
    assertEquals("per 月", PerUnit.missing("职工医保个人每月交多少",
        () -> List.of("成年居民每人每年720元;集中缴费期结束后设置3个月待遇等待期。")));
    assertNull(PerUnit.missing("小区充电桩充电多少钱一个小时",
        () -> List.of("严禁飞线充电。", "集中充电桩按时计费,每小时0.25元。")),
        "the unit counts in any of the top articles");
    assertNull(PerUnit.missing("一月几号开始报名", () -> List.of("11月24日起报名。")),
        "一月 is January, not a month's price");
    assertNull(PerUnit.missing("每月的停水通知在哪看", () -> List.of("新华路停水。")),
        "no quantity is asked");
  }

  @Test
  void should_want_the_act_a_how_to_question_asks_for() {
    String flats = "见习期间设施完善的人才公寓解决了后顾之忧。";
    assertEquals("申请", Anchors.missing("人才公寓怎么申请", flats, ISSUE, false));
    assertEquals("补办", Anchors.missing("社保卡丢了怎么补办", "冒充医保、社保工作人员的诈骗。", ISSUE, false));
    assertNull(Anchors.missing("人才公寓怎么申请", flats + "毕业生可在线申领人才公寓。", ISSUE, false));
    assertNull(Anchors.missing("老年大学怎么报名", "线下报名请到市老年大学教务处。", ISSUE, false));
  }

  @Test
  void should_vouch_for_a_passage_only_when_it_prints_every_number_the_question_names() {
    assertTrue(Anchors.printsEveryNumber("first bus of route 207", "新开通的207路首班车6:00"));
    assertTrue(Anchors.printsEveryNumber("target for 2027", "力争到2027年达到30亿元"));
    assertFalse(Anchors.printsEveryNumber("Who won the 2026 World Cup?", "特此通告。"));
    assertFalse(Anchors.printsEveryNumber("route 207 in 2027", "新开通的207路"));
    assertFalse(Anchors.printsEveryNumber("How many business entities?", "7.62万户"));
  }

  @Test
  void should_let_an_asked_age_meet_the_age_limit_the_article_prints() {
    String rule = "报名对象为年满50周岁、身体健康的本市户籍居民。";
    assertNull(Anchors.missing("我妈58岁能报吗", rule, null, false));
    assertNull(Anchors.missing("45周岁可以报名吗", rule, null, false));
    // a number that is not an age still has to be printed, and an age needs an age beside it
    assertEquals("58", Anchors.missing("58路公交几点有车", rule, null, false));
    assertEquals("58", Anchors.missing("我妈58岁能报吗", "报名截止到11月28日。", null, false));
  }

  @Test
  void should_want_the_city_a_question_names_printed() {
    String buses = "新开通的207路由平湖客运中心发往独山港镇全塘社区,全程票价3元。";
    assertEquals("上海", Anchors.missing("平湖到上海的高铁票多少钱", buses, null, false));
    assertEquals("杭州", Anchors.missing("去杭州的大巴几点发车", buses + "首班车6:00。", null, false));
    assertNull(Anchors.missing("嘉兴银行平湖支行是哪一年成立的", "嘉兴银行平湖支行成立于2009年。", null, false));
  }
}
