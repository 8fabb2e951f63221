package newsbot.retrieval.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises page furniture: lines that are printed on the page but belong to no article
 * (masthead, app promotions, column banners, editor credits, adverts, weather).
 *
 * <p>The defaults describe how a Chinese county daily lays out a page, not any one page. Extra
 * patterns come from configuration ({@code parser.furniture}), so a new recurring banner can be
 * taught without a release. Thread-safe and immutable.
 */
public final class FurnitureRules {

  /** Masthead date line: 2025年8月4日 星期一. */
  static final Pattern MASTHEAD_DATE =
      Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*(星期|周)[一二三四五六日天]");
  /** Running issue number: 总第5723期. */
  static final Pattern ISSUE_NO = Pattern.compile("总第\\s*(\\d+)\\s*期");
  /** Page number in a page header: 第2版. */
  static final Pattern PAGE_NO = Pattern.compile("(?:^|\\s)第\\s*(\\d{1,2})\\s*版(?:\\s|$)");
  /** Edition name alone on a line: 平湖版. */
  static final Pattern EDITION = Pattern.compile("^([\\p{IsHan}]{1,6}版)$");

  /** A contact line: furniture in an advert, text in a notice (see {@link Notices}). */
  private static final Pattern CONTACT =
      Pattern.compile("热线[:\\uFF1A]|^(地址|电话|网址|邮编|联系人)[:\\uFF1A]");

  private static final List<Pattern> DEFAULTS = List.of(
      Pattern.compile("客户端"), // app promotion in the masthead
      Pattern.compile("^[A-Za-z][A-Za-z0-9 .,:'&-]*[A-Za-z]$"), // romanised masthead / banners
      Pattern.compile("^[A-Z]{2,}( [A-Z]{2,})+\\b"), // romanised banner followed by credits
      Pattern.compile("(联办|主办|出版)$"),
      Pattern.compile("农历"),
      ISSUE_NO,
      MASTHEAD_DATE,
      Pattern.compile("^(今日|本期)?\\s*\\d{1,2}\\s*版$"),
      Pattern.compile("扫一扫|扫码|二维码"),
      Pattern.compile("本栏目被评为"),
      Pattern.compile("栏目统筹|责任编辑|版面编辑|美术编辑|美编|校对|值班编委|(^|\\s)编辑[:\\uFF1A]"),
      Pattern.compile("^》+"), // column arrow: 》》“八大行动”这样干
      Pattern.compile("^第\\s*\\d+\\s*评论$"), // numbered commentary column banner
      CONTACT, // an advert's address or hotline
      Pattern.compile("^诚聘|招生简章|^广告$"), // adverts
      Pattern.compile("^友情提醒"),
      Pattern.compile("^(今天|今日|明天)[^,\\uFF0C]{0,12}(晴|多云|阴|雨|雪).*℃")); // weather box

  private static final int MAX_FURNITURE_LENGTH = 80;

  private final List<Pattern> patterns;

  private FurnitureRules(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** The built-in rules. */
  public static FurnitureRules defaults() {
    return new FurnitureRules(DEFAULTS);
  }

  /** The built-in rules plus extra regular expressions (from configuration). */
  public static FurnitureRules withExtra(List<String> extraRegexes) {
    List<Pattern> all = new ArrayList<>(DEFAULTS);
    for (String regex : extraRegexes) {
      if (!regex.isBlank()) {
        all.add(Pattern.compile(regex.strip()));
      }
    }
    return new FurnitureRules(all);
  }

  /** The rules' patterns, one per line: what a cache of parsed pages is keyed by. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    patterns.forEach(p -> sb.append(p.pattern()).append('\n'));
    return sb.toString();
  }

  /** True when the line gives an address, a telephone or a contact person (地址:, 联系人:). */
  static boolean isContact(String line) {
    return CONTACT.matcher(line).find();
  }

  /** True when the (normalised, non-blank) line is furniture. */
  public boolean isFurniture(String line) {
    if (Text.length(line) > MAX_FURNITURE_LENGTH) {
      return false; // furniture is short; a long line is somebody's paragraph
    }
    if (EDITION.matcher(line).matches() || PAGE_NO.matcher(line).find() && Text.length(line) <= 40) {
      return true;
    }
    for (Pattern p : patterns) {
      if (p.matcher(line).find()) {
        return true;
      }
    }
    return false;
  }
}
