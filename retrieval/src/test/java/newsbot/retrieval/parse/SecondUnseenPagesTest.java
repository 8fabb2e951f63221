package newsbot.retrieval.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.ArticleKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second set of pages written in the seeds' noisy format by someone who had not read the parser
 * ({@code pages/unseen2/}: two issues of November 2025), and one page of the other ways a photo
 * credit and a headline are printed: credits without ■ (记者 张伟 摄, (通讯员 王芳 摄) at the end of
 * the caption, 李强/摄), a photo without a title, a notice headline broken over two lines and a
 * date clause above a headline.
 */
class SecondUnseenPagesTest {

  static final Path PAGES = UnseenPagesTest.PAGES.resolve("unseen2");
  static final String MEDICAL = "关于做好2026年度城乡居民基本医疗保险参保缴费工作的通告";
  static ParsedPages pages;
  static Corpus corpus;

  @BeforeAll
  static void parse() throws IOException {
    pages = ParsedPages.of(PAGES);
    corpus = pages.corpus();
  }

  static String last(List<String> paragraphs) {
    return paragraphs.get(paragraphs.size() - 1);
  }

  @Test
  void should_make_a_caption_credited_without_a_mark_its_own_photo_news() {
    assertEquals(List.of("电动自行车充电 这些“红线”不能碰", "第五届“当湖之夜”市民文化艺术节开幕", "糟蛋飘香",
        "安全充电 容不得半点侥幸"), pages.titles("2025-11-18_p1.txt"));
    Article photo = pages.titled("糟蛋飘香");
    assertEquals(ArticleKind.PHOTO, photo.kind());
    assertEquals("记者 张伟 摄", photo.byline());
    assertEquals(List.of("近日,在平湖糟蛋传统制作技艺传承基地,工人们正忙着将鸭蛋封坛糟制。平湖糟蛋制作技艺是"
        + "省级非物质文化遗产,一坛糟蛋要经过约5个月的糟制才能上市。眼下正值糟蛋生产旺季,基地今年预计产量达120万枚。"),
        photo.paragraphs());
    Article festival = pages.titled("第五届“当湖之夜”市民文化艺术节开幕");
    assertTrue(last(festival.paragraphs()).endsWith("带着孙子来看演出的市民朱阿姨说。"), festival.text());
    assertFalse(festival.text().contains("糟蛋"), festival.text());
  }

  @Test
  void should_never_take_a_photo_credit_for_the_next_articles_headline() {
    Article commentary = pages.titled("安全充电 容不得半点侥幸");
    assertEquals(ArticleKind.COMMENTARY, commentary.kind());
    assertEquals("", commentary.kicker());
    assertEquals("", commentary.subtitle());
    assertEquals("平言", commentary.byline());
    assertTrue(commentary.text().startsWith("一根从窗口垂下的“飞线”"), commentary.text());
    assertTrue(last(commentary.paragraphs()).endsWith("就是对自己和邻居生命安全的负责。"));
    for (Article a : corpus.articles()) {
      assertFalse(a.titleStack().contains(" 摄") || a.titleStack().contains("/摄"),
          "a credit in the headline of " + a.title());
    }
  }

  @Test
  void should_call_a_date_clause_above_a_headline_its_kicker() {
    Article bus = pages.titled("我市优化调整8条公交线路");
    assertEquals("11月20日起实施", bus.kicker());
    assertEquals("", bus.subtitle());
    assertEquals("记者 陶一帆 通讯员 许文静", bus.byline());
    assertTrue(bus.text().startsWith("本报讯 记者从市交通运输局获悉,11月20日起,"), bus.text());
    assertTrue(last(bus.paragraphs()).endsWith("如有疑问可拨打公交服务热线85111850咨询。"));
    Article rule = pages.titled("我市出台住宅小区电动自行车停放管理办法");
    assertEquals("自12月1日起施行", rule.kicker());
  }

  @Test
  void should_call_a_line_saying_who_attended_a_kicker() {
    Article festival = pages.titled("第五届“当湖之夜”市民文化艺术节开幕");
    assertEquals("副市长姚丽萍出席开幕式", festival.kicker());
    assertEquals("记者 程雨桐", festival.byline());
    assertTrue(festival.text().startsWith("本报讯 11月16日晚,"), festival.text());
  }

  @Test
  void should_give_each_headline_stack_of_the_first_issue_its_own_article() {
    assertEquals(List.of("把民生实事办到群众心坎上", "我市优化调整8条公交线路", "银杏染金秋", "让公交“微调整”"),
        pages.titles("2025-11-17_p1.txt"));
    assertEquals(List.of("借书不用交押金了", "市一院新院区12月1日启用", MEDICAL, "停水通知"),
        pages.titles("2025-11-17_p2.txt"));
    Article visit = pages.titled("把民生实事办到群众心坎上");
    assertEquals("严志刚在调研老旧小区改造工作时强调", visit.kicker());
    assertTrue(visit.text().contains("做到改造一个、管好一个,让老旧小区既有“面子”又有“里子”。"), visit.text());
    Article commentary = pages.titled("让公交“微调整”");
    assertEquals(ArticleKind.COMMENTARY, commentary.kind());
    assertTrue(last(commentary.paragraphs()).endsWith("把“坐得上”变成“坐得好”。"), commentary.text());
  }

  @Test
  void should_close_the_notices_of_the_new_pages_at_their_signatures() {
    Article medical = pages.titled(MEDICAL);
    assertEquals(ArticleKind.NOTICE, medical.kind());
    assertTrue(medical.text().startsWith("为保障城乡居民基本医疗需求,"), medical.text());
    assertEquals("平湖市医疗保障局 国家税务总局平湖市税务局", medical.byline());
    assertEquals("2025年11月12日", last(medical.paragraphs()));
    Article water = pages.titled("停水通知");
    assertEquals(ArticleKind.NOTICE, water.kind());
    assertEquals("平湖市自来水有限公司", water.byline());
    assertEquals(List.of("特此通知。", "服务热线:85012880", "平湖市自来水有限公司", "2025年11月16日"),
        water.paragraphs().subList(1, 5));
  }

  @Test
  void should_give_each_headline_stack_of_the_second_issue_its_own_article() {
    assertEquals(List.of("市老年大学2026年春季班", "家门口看“千年窑火”", "接到“医保卡异常”电话要当心",
        "2026年上半年征兵网上报名开始", "头茬草莓上市"), pages.titles("2025-11-18_p3.txt"));
    assertEquals("11月24日起报名", pages.titled("市老年大学2026年春季班").subtitle());
    Article draft = pages.titled("2026年上半年征兵网上报名开始");
    assertEquals(ArticleKind.NEWS, draft.kind(), "a story about 征兵 is no notice");
    assertTrue(last(draft.paragraphs()).endsWith("征兵咨询电话:85098231。"), draft.text());
    Article charging = pages.titled("电动自行车充电 这些“红线”不能碰");
    assertEquals(1, SeedPagesGoldTest.occurrences(charging.text(), "根据《浙江省电动自行车管理条例》"));
  }

  @Test
  void should_read_credits_printed_after_the_caption_or_with_a_slash() {
    assertEquals(List.of("稻田养蟹迎丰收", "金秋赏银杏", "古镇夜色", "近日,独山港镇的海塘上,几位摄影爱好者早早架起相机,等待日出",
        "关于调整城区部分道路交通组织和停车管理措施的通告", "我市出台住宅小区电动自行车停放管理办法"),
        pages.titles("2025-11-19_p4.txt"));
    Article ginkgo = pages.titled("金秋赏银杏");
    assertEquals(ArticleKind.PHOTO, ginkgo.kind());
    assertEquals("通讯员 王芳 摄", ginkgo.byline());
    assertEquals(List.of("近日,东湖公园内的银杏叶渐次变黄,不少市民前来拍照打卡。"), ginkgo.paragraphs());
    Article night = pages.titled("古镇夜色");
    assertEquals(ArticleKind.PHOTO, night.kind());
    assertEquals("李强/摄", night.byline());
    assertEquals(List.of("夜幕降临,乍浦老街华灯初上,游客穿梭其间,感受古镇的烟火气息。"), night.paragraphs());
    assertTrue(last(pages.titled("稻田养蟹迎丰收").paragraphs()).endsWith("村民沈大伯说。"));
  }

  @Test
  void should_leave_a_photo_that_its_story_goes_on_below_in_the_story() {
    Article crabs = pages.titled("稻田养蟹迎丰收");
    assertEquals(ArticleKind.NEWS, crabs.kind());
    assertEquals("记者 吴晓丽", crabs.byline());
    assertEquals(3, crabs.paragraphs().size(), crabs.text());
    assertEquals("图为村民在稻田里起捕河蟹。", crabs.paragraphs().get(1));
    assertTrue(last(crabs.paragraphs()).endsWith("村民沈大伯说。"));
  }

  @Test
  void should_make_a_caption_and_credit_without_a_title_between_articles_photo_news() {
    Article sunrise = pages.titled("近日,独山港镇的海塘上,几位摄影爱好者早早架起相机,等待日出");
    assertEquals(ArticleKind.PHOTO, sunrise.kind());
    assertEquals("记者 陈洁 摄", sunrise.byline());
    assertEquals(List.of("近日,独山港镇的海塘上,几位摄影爱好者早早架起相机,等待日出。"), sunrise.paragraphs());
    assertFalse(pages.titled("古镇夜色").text().contains("海塘"));
  }

  @Test
  void should_join_a_notice_headline_broken_over_two_lines() {
    Article notice = pages.titled("关于调整城区部分道路交通组织和停车管理措施的通告");
    assertEquals(ArticleKind.NOTICE, notice.kind());
    assertEquals("", notice.kicker());
    assertEquals("", notice.subtitle());
    assertTrue(notice.text().startsWith("为进一步改善城区交通秩序,"), notice.text());
    assertEquals("平湖市公安局交通警察大队", notice.byline());
    assertEquals("2025年11月18日", last(notice.paragraphs()));
  }

  @Test
  void should_parse_full_width_punctuation_as_it_parses_the_ascii_forms(@TempDir Path dir)
      throws IOException {
    Map<Character, Character> fullWidth = Map.of(',', '\uFF0C', '(', '\uFF08', ')', '\uFF09',
        ':', '\uFF1A', ';', '\uFF1B', '?', '\uFF1F', '!', '\uFF01');
    for (Path page : CorpusParser.pageFiles(PAGES)) {
      StringBuilder text = new StringBuilder(Files.readString(page, StandardCharsets.UTF_8));
      for (int i = 0; i < text.length(); i++) {
        text.setCharAt(i, fullWidth.getOrDefault(text.charAt(i), text.charAt(i)));
      }
      Files.writeString(dir.resolve(page.getFileName()), text, StandardCharsets.UTF_8);
    }
    Corpus wide = new CorpusParser(FurnitureRules.defaults(), "平湖版").parseFolder(dir);
    assertEquals(summary(corpus, Map.of()), summary(wide, fullWidth));
    assertEquals(corpus.report(), wide.report());
  }

  /** Each article's headline, byline, kind and text, full-width marks written back as ASCII. */
  static List<String> summary(Corpus c, Map<Character, Character> fullWidth) {
    return c.articles().stream().map(a -> {
      String all = String.join(" | ", a.kicker(), a.title(), a.subtitle(), a.byline(),
          a.kind().jsonName(), String.join("\n", a.paragraphs()));
      for (Map.Entry<Character, Character> e : fullWidth.entrySet()) {
        all = all.replace(e.getValue(), e.getKey());
      }
      return all;
    }).toList();
  }
}
