package newsbot.retrieval.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.ArticleKind;
import newsbot.retrieval.model.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages written for the tests in the seeds' noisy format but with other words, titles and names:
 * the rules must be general. Page 2 continues an article of page 1.
 */
class UnseenPagesTest {

  static final Path PAGES = Path.of("retrieval", "src", "test", "resources", "pages");
  static ParsedPages pages;
  static Corpus corpus;

  @BeforeAll
  static void parse() throws IOException {
    pages = ParsedPages.of(PAGES);
    corpus = pages.corpus();
  }

  @Test
  void should_read_date_issue_and_page_from_masthead_and_page_header() {
    Page p1 = pages.page("2025-09-12_p1.txt");
    assertEquals(LocalDate.of(2025, 9, 12), p1.date());
    assertEquals(5790, p1.issueNo());
    assertEquals(1, p1.page());
    Page p2 = pages.page("2025-09-12_p2.txt");
    assertEquals(LocalDate.of(2025, 9, 12), p2.date());
    assertEquals(2, p2.page());
    assertNull(pages.page("harbour-interview.txt").date());
    assertNull(pages.page("harbour-interview.txt").page());
    assertEquals(3, corpus.issues().size(), "an issue of two pages, one of one page, one undated");
  }

  @Test
  void should_take_a_reporting_verb_line_as_kicker_and_the_next_as_title() {
    Article a = pages.titled("压实责任 守牢底线 全力打好秋冬火灾防控主动仗");
    assertEquals("沈建国在全市秋季消防安全工作会议上强调", a.kicker());
    assertEquals("记者 陆晓峰", a.byline());
    assertEquals(ArticleKind.NEWS, a.kind());
  }

  @Test
  void should_join_a_paragraph_broken_across_a_blank_line_and_keep_a_repeat_once() {
    Article a = pages.titled("压实责任 守牢底线 全力打好秋冬火灾防控主动仗");
    assertTrue(a.text().contains("做到发现一处、整改一处、销号一处。"), a.text());
    assertEquals(1, SeedPagesGoldTest.occurrences(a.text(), "会议要求,要强化宣传教育"));
    assertEquals(3, a.paragraphs().size());
  }

  @Test
  void should_stitch_the_page_two_continuation_into_the_page_one_article() {
    Article a = pages.titled("乍浦老街焕新开街");
    assertEquals("2025-09-12_p1.txt", a.source());
    assertEquals(2, a.continuesToPage());
    assertTrue(a.text().contains("由乍浦镇与市文旅集团共同实施,"), a.text());
    assertTrue(a.text().contains("“修旧如旧”"), "the page-2 part joined: " + a.text());
    assertFalse(a.text().contains("下转") || a.text().contains("上接"), a.text());
    assertEquals(List.of("我市新增两处城市书房", "秋季招聘会提供岗位3200个"),
        pages.page("2025-09-12_p2.txt").articles().stream().map(Article::title).toList());
    assertEquals(1, corpus.report().stitchedContinuations());
  }

  @Test
  void should_take_a_caption_before_a_photo_credit_as_photo_news() {
    Article a = pages.titled("稻浪翻金");
    assertEquals(ArticleKind.PHOTO, a.kind());
    assertEquals("摄影 张立 何思远", a.byline());
    assertTrue(a.text().startsWith("近日,在广陈镇万亩粮食生产功能区"));
  }

  @Test
  void should_join_a_two_line_short_title_and_call_a_pen_name_commentary() {
    Article a = pages.titled("文明城市 共建共享");
    assertEquals(ArticleKind.COMMENTARY, a.kind());
    assertEquals("言成声", a.byline());
  }

  @Test
  void should_make_dateline_stories_without_byline_briefs() {
    Article a = pages.titled("我市新增两处城市书房");
    assertEquals(ArticleKind.BRIEF, a.kind());
    assertEquals("", a.byline());
  }

  @Test
  void should_anchor_wire_copy_on_its_dateline_and_read_a_byline_printed_in_the_dateline() {
    Page p3 = pages.page("2025-09-13_p3.txt");
    assertEquals(3, p3.page());
    assertEquals(LocalDate.of(2025, 9, 13), p3.date());
    assertEquals(List.of("全国秋粮收获进度过七成", "我市举办消防安全进社区活动", "稻田画迎客来",
            "市领导在全市安全生产工作会议上强调 压紧压实安全生产责任 坚决守牢不发生重大事故底线"),
        p3.articles().stream().map(Article::title).toList());
    Article photo = pages.titled("稻田画迎客来");
    assertEquals(ArticleKind.PHOTO, photo.kind(), "a credit ending in 摄 marks photo news");
    assertEquals("记者 李明 摄", photo.byline());
    assertFalse(pages.titled("我市举办消防安全进社区活动").text().contains("稻田画"));
    assertFalse(photo.text().contains("安全生产"), "a long unmarked headline opens its own article");
    Article wire = pages.titled("全国秋粮收获进度过七成");
    assertTrue(wire.text().startsWith("新华社北京9月12日电"));
    assertEquals("", wire.byline());
    Article local = pages.titled("我市举办消防安全进社区活动");
    assertEquals("记者 王明 通讯员 张华", local.byline());
    assertEquals(ArticleKind.NEWS, local.kind());
  }

  @Test
  void should_drop_banners_adverts_and_weather_and_keep_the_interview_stack_clean() {
    Article a = pages.titled("向海图强启新程");
    assertEquals(ArticleKind.INTERVIEW, a.kind());
    assertEquals("", a.kicker(), "the column banners are furniture");
    assertEquals("——访独山港镇党委书记、港口发展行动队队长吴海波", a.subtitle());
    assertEquals("记者 周可欣 通讯员 沈立", a.byline());
    assertTrue(a.text().contains("“我们要把港口的流量变成产业的增量。”吴海波表示,"), a.text());
    assertFalse(a.text().contains("开放强港"), "a banner inside a broken sentence is furniture");
    assertEquals(1, SeedPagesGoldTest.occurrences(a.text(), "港口是独山港最大的优势"));
    for (Article any : corpus.articles()) {
      String all = any.titleStack() + any.text();
      for (String furniture : List.of("客户端", "JIAXING", "驾校", "热线", "气温", "友情提醒",
          "扫一扫", "责任编辑", "砥砺实干", "这样干")) {
        assertFalse(all.contains(furniture), furniture + " in " + any.title());
      }
    }
  }
}
