package newsbot.retrieval.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a real sentence or headline into one of a generated article: the people and places it
 * names are swapped (the same swap throughout the article, as a story names its people
 * consistently), its figures changed, its dates moved to the days before the issue and its years
 * shifted with the issue's year. One rewriter per generated article; not thread-safe.
 */
final class Rewriter {

  static final List<String> PLACES = List.of("当湖街道", "钟埭街道", "曹桥街道", "独山港镇",
      "乍浦镇", "新埭镇", "新仓镇", "广陈镇", "林埭镇", "平湖经济技术开发区", "独山港经济开发区",
      "东湖景区");
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉俊峰建国志文斌浩宇晨欣怡婷佳慧晓雨嘉琪博涵子轩思远海波丹荔凯旭东";
  /** A year (2025年), a date (8月1日), or any other figure. */
  private static final Pattern FIGURE =
      Pattern.compile("(?<!\\d)(20\\d{2})(?=年)|(?<!\\d)(\\d{1,2})月(\\d{1,2})日|\\d+");

  private final SplittableRandom random;
  private final LocalDate issueDate;
  private final int yearShift;
  private final List<String> names;
  private final Map<String, String> renamed = new HashMap<>();

  Rewriter(SplittableRandom random, LocalDate issueDate, int baseYear, List<String> names) {
    this.random = random;
    this.issueDate = issueDate;
    this.yearShift = issueDate.getYear() - baseYear;
    this.names = names;
  }

  /** The text with this article's people, places, figures and dates. */
  String rewrite(String text) {
    return figures(entities(text));
  }

  /** A new person's name: surname and one or two given characters. */
  String personName() {
    StringBuilder sb = new StringBuilder().append(pick(SURNAMES));
    sb.append(pick(GIVEN));
    if (random.nextInt(3) > 0) {
      sb.append(pick(GIVEN));
    }
    return sb.toString();
  }

  String place() {
    return PLACES.get(random.nextInt(PLACES.size()));
  }

  private String entities(String text) {
    String out = text;
    for (String name : names) {
      if (out.contains(name)) {
        out = out.replace(name, renamed.computeIfAbsent(name, n -> personName()));
      }
    }
    for (String place : PLACES) {
      if (out.contains(place)) {
        out = out.replace(place, renamed.computeIfAbsent(place, p -> otherPlace(p)));
      }
    }
    return out;
  }

  private String otherPlace(String place) {
    String other;
    do {
      other = place();
    } while (other.equals(place));
    return other;
  }

  private String figures(String text) {
    Matcher m = FIGURE.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group(1) != null) {
        replacement = Integer.toString(Integer.parseInt(m.group(1)) + yearShift);
      } else if (m.group(2) != null) {
        LocalDate d = issueDate.minusDays(1 + random.nextInt(6));
        replacement = d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
      } else {
        replacement = sameLength(m.group());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** Another number of as many digits (a leading 0 kept: 0573). */
  private String sameLength(String digits) {
    StringBuilder sb = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      boolean keepZero = i == 0 && digits.charAt(0) == '0';
      int low = i == 0 && !keepZero ? 1 : 0;
      sb.append(keepZero ? '0' : (char) ('0' + low + random.nextInt(10 - low)));
    }
    return sb.toString();
  }

  private char pick(String chars) {
    return chars.charAt(random.nextInt(chars.length()));
  }
}
