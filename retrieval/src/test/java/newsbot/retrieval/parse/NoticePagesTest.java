package newsbot.retrieval.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.ArticleKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Official notices (通告, 公告, 通知, 启事) on pages written for the tests in the seeds' noisy format:
 * a notice printed right under a photo, notices with and without blank lines, with and without
 * 特此通告, closed by their issuing body and date. They carry no byline and no 本报讯.
 */
class NoticePagesTest {

  static final Path PAGES = UnseenPagesTest.PAGES.resolve("notices");
  static final String MEDICAL = "关于做好2026年度城乡居民基本医疗保险参保缴费工作的通告";
  static final String WATER = "关于城东片区临时停水的通知";
  static ParsedPages pages;
  static Corpus corpus;

  @BeforeAll
  static void parse() throws IOException {
    pages = ParsedPages.of(PAGES);
    corpus = pages.corpus();
  }

  static List<String> lastParagraphs(Article a, int n) {
    List<String> ps = a.paragraphs();
    return ps.subList(Math.max(0, ps.size() - n), ps.size());
  }

  @Test
  void should_keep_a_notice_printed_under_a_photo_out_of_the_photo_news() {
    assertEquals(List.of("老旧小区加装电梯提速", "秋收正忙", MEDICAL, WATER), pages.titles("2025-09-15_p4.txt"));
    Article photo = pages.titled("秋收正忙");
    assertEquals(ArticleKind.PHOTO, photo.kind());
    assertEquals(List.of("近日,在新埭镇粮食生产功能区,农户驾驶收割机抢收水稻,田野里一派繁忙景象。"
        + "今年全镇水稻种植面积达2.3万亩。"), photo.paragraphs());
  }

  @Test
  void should_parse_a_notice_from_its_headline_to_its_issuing_office_and_date() {
    Article notice = pages.titled(MEDICAL);
    assertEquals(ArticleKind.NOTICE, notice.kind());
    assertEquals("notice", notice.kind().jsonName());
    assertEquals("公告", notice.kind().label());
    assertEquals("", notice.kicker());
    assertEquals("各参保人员:", notice.paragraphs().get(0));
    assertTrue(notice.paragraphs().contains("城乡居民医保个人缴费标准为每人每年400元,各级财政补助标准为"
        + "每人每年1200元。低保对象、特困人员等困难群体的个人缴费部分由政府全额资助。"), notice.text());
    assertTrue(notice.paragraphs().contains("二、缴费标准"), "numbered subheads stay: " + notice.text());
    assertEquals(List.of("特此通告。", "平湖市医疗保障局 国家税务总局平湖市税务局", "2025年9月10日"),
        lastParagraphs(notice, 3));
    assertEquals("平湖市医疗保障局 国家税务总局平湖市税务局", notice.byline(), "the issuing office signs it");
  }

  @Test
  void should_close_a_notice_at_its_date_and_leave_the_advert_and_weather_below_it_out() {
    Article water = pages.titled(WATER);
    assertEquals(ArticleKind.NOTICE, water.kind());
    assertEquals("便民服务", water.kicker(), "the notice's headline is the title, a banner above it not");
    assertTrue(water.text().startsWith("因供水管网改造施工需要,"), water.text());
    assertTrue(water.paragraphs().contains("停水时间:2025年9月18日22时至9月19日6时。"), water.text());
    assertTrue(water.paragraphs().contains(
        "停水范围:新华北路(胜利路至东湖大道段)、建国北路、东湖大道沿线及周边小区。"), water.text());
    assertEquals(List.of("服务热线:85096390", "特此通知", "平湖市自来水有限公司", "2025年9月10日"),
        lastParagraphs(water, 4), "a signature in one block with a hotline is still the notice's");
    assertEquals("平湖市自来水有限公司", water.byline());
    assertEquals(List.of("特此通告。", "平湖市医疗保障局 国家税务总局平湖市税务局", "2025年9月10日"),
        lastParagraphs(pages.titled(MEDICAL), 3), "a date two notices share is kept by both");
  }

  @Test
  void should_find_notices_that_stand_before_any_other_article_of_the_page() {
    assertEquals(List.of("平湖市2025年下半年征兵公告", "城南小学2025学年秋季插班生招生公告", "中秋灯会点亮东湖"),
        pages.titles("2025-09-16_p3.txt"));
    Article draft = pages.titled("平湖市2025年下半年征兵公告");
    assertEquals(ArticleKind.NOTICE, draft.kind());
    assertTrue(draft.text().startsWith("根据《中华人民共和国兵役法》和上级征兵命令,"), draft.text());
    assertTrue(draft.paragraphs().contains("一、征集对象"), draft.text());
    assertTrue(draft.text().contains("即日起至9月30日,应征青年可登录“全国征兵网”进行网上报名,"), draft.text());
    assertEquals(List.of("特此公告。", "平湖市人民政府征兵办公室", "2025年9月5日"), lastParagraphs(draft, 3));
    assertEquals("平湖市人民政府征兵办公室", draft.byline());
  }

  @Test
  void should_keep_a_notices_contact_lines_and_close_it_without_a_sign_off_phrase() {
    Article school = pages.titled("城南小学2025学年秋季插班生招生公告");
    assertEquals(ArticleKind.NOTICE, school.kind());
    assertTrue(school.text().startsWith("经市教育局同意,城南小学面向本学区适龄儿童招收秋季插班生,"));
    assertTrue(school.paragraphs().contains("报名时间:9月20日至9月22日,每天8:30至16:30。"), school.text());
    assertTrue(school.paragraphs().contains("联系人:陈老师"), "a contact line is the notice's text");
    assertTrue(school.paragraphs().contains("联系电话:85031234"), school.text());
    assertEquals(List.of("城南小学", "2025年9月15日"), lastParagraphs(school, 2));
    assertEquals("城南小学", school.byline());
    Article lanterns = pages.titled("中秋灯会点亮东湖");
    assertEquals(ArticleKind.BRIEF, lanterns.kind(), "a 本报讯 story under a notice stays news");
    assertFalse(lanterns.text().contains("扫一扫"), lanterns.text());
    assertFalse(lanterns.text().contains("城南小学"), lanterns.text());
  }

  @Test
  void should_split_lost_and_found_and_job_notices_from_the_story_above_without_blank_lines() {
    assertEquals(List.of("当湖街道开展敬老月活动", "寻物启事", "平湖市当湖街道社区卫生服务中心招聘启事", "金桂飘香"),
        pages.titles("2025-09-17_p5.txt"));
    Article story = pages.titled("当湖街道开展敬老月活动");
    assertEquals(ArticleKind.NEWS, story.kind());
    assertEquals(2, story.paragraphs().size(), story.text());
    assertFalse(story.text().contains("启事") || story.text().contains("双肩包"), story.text());
    Article lost = pages.titled("寻物启事");
    assertEquals(ArticleKind.NOTICE, lost.kind());
    assertTrue(lost.text().startsWith("本人于9月13日下午在东湖大道公交站附近遗失黑色双肩包一个,"));
    assertTrue(lost.paragraphs().contains("联系电话:13857312345"), lost.text());
    assertEquals(List.of("失主 张先生", "2025年9月14日"), lastParagraphs(lost, 2));
    assertEquals("失主 张先生", lost.byline());
    Article job = pages.titled("平湖市当湖街道社区卫生服务中心招聘启事");
    assertEquals(ArticleKind.NOTICE, job.kind());
    assertTrue(job.paragraphs().contains("地址:平湖市当湖街道新华中路126号"), job.text());
    assertTrue(job.paragraphs().contains("联系人:李女士 联系电话:85021234"), job.text());
    assertEquals(List.of("平湖市当湖街道社区卫生服务中心", "2025年9月15日"), lastParagraphs(job, 2));
    Article photo = pages.titled("金桂飘香");
    assertEquals(ArticleKind.PHOTO, photo.kind());
    assertEquals("", photo.kicker(), "a notice's date is not a headline of the photo below it");
    assertEquals(List.of("连日来,当湖公园里的桂花竞相开放,香气四溢,不少市民前来赏花拍照。"), photo.paragraphs());
  }

  @Test
  void should_know_a_notice_headline_by_its_last_word_and_not_take_a_sign_off_for_one() {
    for (String title : List.of("关于做好秋冬季森林防火工作的通告", "某某区2025年征兵公告", "停电通知",
        "招领启事", "某某市人民政府通告(第3号)", "拟任职干部任前公示")) {
      assertTrue(Notices.isTitle(title), title);
    }
    for (String other : List.of("特此通知", "特此公告", "通知要求落到实处 群众得实惠", "公告栏前人头攒动")) {
      assertFalse(Notices.isTitle(other), other);
    }
  }

  @Test
  void should_still_drop_adverts_and_weather_and_lose_no_line_around_notices() {
    for (Article any : corpus.articles()) {
      String all = any.titleStack() + any.text();
      for (String furniture : List.of("大润发", "订购热线", "驾校", "报名热线", "气温", "扫一扫", "责任编辑")) {
        assertFalse(all.contains(furniture), furniture + " in " + any.title());
      }
    }
    assertEquals(0, corpus.report().unassignedLines(), "every body line is in some article");
  }
}
