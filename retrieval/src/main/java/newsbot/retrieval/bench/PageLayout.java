package newsbot.retrieval.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import newsbot.retrieval.text.Sentences;

/**
 * Writes a generated page as the OCR converter writes the real ones: masthead or page header,
 * headline lines, the ■ byline or a 本报讯(记者 …) dateline, one paragraph a line with blank lines
 * between blocks, page furniture (扫一扫, editor credits, an advert, the weather box), now and
 * then a paragraph broken over a column gap, markdown # marks on some pages, and the continuation
 * marks (下转2版) / (上接1版). Not thread-safe (it appends to one builder).
 */
final class PageLayout {

  private static final String[] SECTIONS = {"要闻", "综合", "经济", "社会", "民生", "文化",
      "专题", "副刊"};
  private static final String[] SCHOOLS = {"驾驶员培训学校", "职业技能培训中心", "家政服务有限公司",
      "口腔门诊部", "房产中介服务部"};
  private static final String[] WEATHER = {"多云", "晴", "阴转小雨", "小雨转阴", "晴转多云"};

  private final StringBuilder text = new StringBuilder("\n\n");
  private final SplittableRandom random;
  private final boolean markdown;

  PageLayout(SplittableRandom random) {
    this.random = random;
    this.markdown = random.nextInt(4) == 0;
  }

  /** The front page's masthead: edition, date, issue number and 第1版. */
  void frontMasthead(LocalDate date, int issueNo) {
    block("平湖发布 今平湖客户端");
    block("平湖版");
    block("嘉兴市新闻传媒中心 中共平湖市委 联办\n" + dateLine(date) + "\n总第" + issueNo + "期 第1版");
  }

  /** An inside page's header: date, issue number, page, section and editor credits. */
  void pageHeader(LocalDate date, int issueNo, int page, String editor, String designer) {
    block(dateLine(date) + " 总第" + issueNo + "期 第" + page + "版\n"
        + SECTIONS[(page - 1) % SECTIONS.length] + " 责任编辑:" + editor + " 美编:" + designer);
  }

  /** An article; with {@code continuesTo} its last paragraph is cut and marked (下转N版). */
  void article(ArticleMaker.Made a, Integer continuesTo, String cutParagraph) {
    stack(a.stack());
    List<String> paragraphs = a.paragraphs();
    int first = 0;
    if (a.bylineInDateline()) {
      block("本报讯(" + a.byline() + ")" + paragraphs.get(0));
      first = 1;
    } else {
      block("■" + a.byline());
      block("本报讯 " + paragraphs.get(0));
      first = 1;
    }
    for (int i = first; i < paragraphs.size(); i++) {
      paragraph(paragraphs.get(i));
    }
    if (continuesTo != null) {
      block(cutParagraph + " (下转" + continuesTo + "版)");
    }
    if (random.nextInt(5) == 0) {
      block("扫一扫 看视频");
    }
    text.append('\n');
  }

  /** The part of an article continued from another page: headline, (上接N版), the rest. */
  void continuation(ArchiveMaterial.Stack stack, int fromPage, String restOfSentence,
      List<String> paragraphs) {
    block((markdown ? "## " : "") + stack.title());
    block("(上接" + fromPage + "版)");
    block(restOfSentence);
    paragraphs.forEach(this::paragraph);
    text.append('\n');
  }

  /** An advert block: a name, an address and a hotline. */
  void advert(String place) {
    block("平湖市" + place.substring(0, 2) + SCHOOLS[random.nextInt(SCHOOLS.length)] + "\n地址:平湖市"
        + place + "胜利路" + (1 + random.nextInt(900)) + "号\n报名热线:8" + digits(7));
  }

  /** The front page's weather box. */
  void weather() {
    int high = 5 + random.nextInt(30);
    block("友情提醒:出行注意安全\n今天" + WEATHER[random.nextInt(WEATHER.length)] + ",明天"
        + WEATHER[random.nextInt(WEATHER.length)] + ",偏北风3到4级。今天白天最高气温" + high
        + "℃,明天早晨最低气温" + (high - 6) + "℃。");
  }

  String text() {
    return text.toString();
  }

  private void stack(ArchiveMaterial.Stack s) {
    String minor = markdown ? "### " : "";
    if (!s.kicker().isEmpty()) {
      block(minor + s.kicker());
    }
    block((markdown ? "## " : "") + s.title());
    if (!s.subtitle().isEmpty()) {
      block(minor + s.subtitle());
    }
  }

  /**
   * A paragraph; one in four of three sentences or more broken inside its second sentence, as a
   * column gap breaks it. Each piece keeps a whole sentence of its own, so neither can be found
   * inside another paragraph (the parser would take it for a repeated column).
   */
  private void paragraph(String p) {
    List<String> sentences = Sentences.split(p);
    if (sentences.size() >= 3 && random.nextInt(4) == 0) {
      String second = sentences.get(1);
      int start = sentences.get(0).length();
      int cut = start + second.length() / 3 + random.nextInt(Math.max(1, second.length() / 3));
      while (cut < start + second.length() - 1
          && !(Character.isIdeographic(p.codePointAt(cut - 1))
              && Character.isIdeographic(p.codePointAt(cut)))) {
        cut++; // between two characters of text, never after a mark
      }
      block(p.substring(0, cut));
      block(p.substring(cut));
    } else {
      block(p);
    }
  }

  private void block(String lines) {
    text.append(lines).append("\n\n");
  }

  private String digits(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  static String dateLine(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日 "
        + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA);
  }
}
