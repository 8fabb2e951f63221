package newsbot.retrieval.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.query.DateMentions.Kind;
import newsbot.retrieval.query.DateMentions.Mention;

/** One run of {@link DateMentions#parse}: claims spans of the message, most specific first. */
final class DateMentionParser {

  private static final String CN = "[" + ChineseNumerals.CHARS + "]{1,3}";
  private static final Pattern YMD_CN = Pattern.compile(
      "(?<!\\d)(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*(?:日|号)?(?!\\d)");
  private static final Pattern YMD_NUM = Pattern.compile(
      "(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)(?!\\.\\d)");
  private static final Pattern MD_DIGITS = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*(?:日|号)?(?!\\d)");
  /** Months named relative to today's, and their offset from it. */
  private static final Map<String, Integer> MONTHS = Map.of("上个月", -1, "上一个月", -1, "上月", -1,
      "这个月", 0, "这一个月", 0, "本月", 0, "下个月", 1, "下月", 1);
  /** A day of last, this or next month: 上个月30号, 这个月5日. */
  private static final Pattern MONTH_DAY = Pattern.compile("(" + String.join("|", MONTHS.keySet())
      + ")\\s*(\\d{1,2}|" + CN + ")\\s*(?:号|日)");
  /** A day of the month alone: 18号, 18日的报纸 (日 alone only before words about the paper). */
  private static final Pattern DAY_ONLY = Pattern.compile(
      "(?<![\\d.月])(\\d{1,2})\\s*(?:号|日(?=的|那天|报纸|头版|第|$))");
  private static final Pattern MD_HAN = Pattern.compile("(" + CN + ")月(" + CN + ")(?:日|号)");
  /** 11/17: month and day, as phones write them. */
  private static final Pattern MD_SLASH = Pattern.compile(
      "(?<![\\d./])(\\d{1,2})/(\\d{1,2})(?:日|号)?(?![\\d/%])");
  /**
   * A weekday before words about the paper (星期一的报纸, 上周三头版): the issue of that day; a
   * weekday elsewhere (周一开门吗) is a recurring day, not a date.
   */
  private static final Pattern WEEKDAY_ISSUE = Pattern.compile(
      "(上个?)?(?:周|星期|礼拜)([一二三四五六日天])(?=(?:出了?|有)?的?(?:报纸|新闻|头版|版面|第\\s*[\\d一二三四五六七八九十]+\\s*版|那期|这期|一期|那天))");
  private static final Pattern MD_DOT = Pattern.compile(
      "(?<![\\d.A-Za-z])(\\d{1,2})\\.(\\d{1,2})(?:日|号)?(?![\\d%])(?!\\.\\d)");
  /** What may follow an amount: 1.5亿, 2.5公里, 3.5倍 are never dates. */
  private static final String UNITS = "亿万千百十%‰元块角分倍个位名人家户台辆套间座条项次件只头所米吨斤克升度岁"
      + "年月周天小时秒公平亩级成折";
  private static final Pattern AMOUNT_VERB = Pattern.compile(
      "(?:增长|下降|提高|提升|降低|减少|增加|达到|达|约|超过|超|近|共计|共|占|为|了|比)\\s*$");
  private static final Pattern PAGE_DIGITS = Pattern.compile(
      "(?<![A-Za-z\\d.])(?:第\\s*)?([A-Da-d])?\\s*(\\d{1,2})\\s*(?:版|页)(?![本权税图块])");
  private static final Pattern PAGE_HAN = Pattern.compile("第\\s*(" + CN + ")\\s*(?:版|页)");
  private static final Pattern PAGE_HAN_BARE =
      Pattern.compile("([一二三四五六七八九十]{1,3})版(?![本权税图块面])");
  private static final Pattern FRONT_PAGE = Pattern.compile("头版");
  private static final Pattern RELATIVE = Pattern.compile(
      "大前天|前天|前日|昨天|昨日|昨儿|今天|今日|今儿|大后天|后天|明天|明日|明儿"
          + "|最近这几天|最近几天|这几天|这些天|近几天|近日|近一周|最近一周|这两天|近两天"
          + "|本周末?|这周末?|这一周|这个星期|这星期|本星期|这个礼拜|这礼拜|本礼拜"
          + "|上周末?|上一周|上个星期|上星期|上个礼拜|上礼拜"
          + "|本月|这个月|这一个月|上个月|上一个月|上月");
  private static final Pattern NEWEST = Pattern.compile(
      "(?:最新|最近)(?:的)?(?:一期|一份|一版)?|(?<![体表实出发展呈再])现在|目前|如今|近期|近来|当前");
  private static final Pattern NEAREST_AFTER = Pattern.compile("^的?.{0,8}(?:在哪|哪里|哪儿|多远)");
  private static final Pattern AFTER_MENTION = Pattern.compile("^\\s*(?:的那天|那天|当天|的)");
  private static final Pattern CONNECTOR = Pattern.compile("\\s*(?:到|至|~|-|—|–|和|与|及|、|或)\\s*");
  private static final Pattern LEADING_JUNK = Pattern.compile("^[\\p{P}\\p{S}\\s]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String text;
  private final LocalDate today;
  private final boolean[] claimed;
  private final List<Found> found = new ArrayList<>();

  private record Found(int start, int end, Mention mention) {}

  DateMentionParser(String text, LocalDate today) {
    this.text = text;
    this.today = today;
    this.claimed = new boolean[text.length()];
  }

  DateMentions parse() {
    scan(YMD_CN, m -> day(m, ofYear(m.group(1), m.group(2), m.group(3))));
    scan(YMD_NUM, m -> day(m, ofYear(m.group(1), m.group(3), m.group(4))));
    scan(MD_DIGITS, m -> day(m, mostRecent(m.group(1), m.group(2))));
    scan(MD_HAN, m -> day(m, mostRecent(m.group(1), m.group(2))));
    scan(MD_DOT, m -> isAmount(m) ? null : day(m, mostRecent(m.group(1), m.group(2))));
    scan(MD_SLASH, m -> isAmount(m) ? null : day(m, mostRecent(m.group(1), m.group(2))));
    scan(WEEKDAY_ISSUE, m -> day(m, weekday(m.group(1) != null, m.group(2))));
    scan(MONTH_DAY, m -> day(m, ofMonth(m.group(1), m.group(2))));
    scan(DAY_ONLY, m -> day(m, mostRecentDay(Integer.parseInt(m.group(1)))));
    scan(RELATIVE, m -> relative(m.group()));
    scan(NEWEST, m -> isNearest(m) ? null : new Mention(m.group(), Kind.NEWEST, null, null, null));
    scan(FRONT_PAGE, m -> page(m, 1));
    scan(PAGE_DIGITS, m -> page(m, Integer.parseInt(m.group(2))));
    scan(PAGE_HAN, m -> page(m, ChineseNumerals.parse(m.group(1))));
    scan(PAGE_HAN_BARE, m -> bareHanPageAllowed(m.start())
        ? page(m, ChineseNumerals.parse(m.group(1))) : null);
    found.sort(Comparator.comparingInt(Found::start));
    return result();
  }

  private void scan(Pattern pattern, Function<Matcher, Mention> reader) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (isFree(m.start(), m.end())) {
        Mention mention = reader.apply(m);
        if (mention != null) {
          found.add(new Found(m.start(), m.end(), mention));
          claim(m.start(), m.end());
        }
      }
    }
  }

  private boolean isFree(int start, int end) {
    for (int i = start; i < end; i++) {
      if (claimed[i]) {
        return false;
      }
    }
    return true;
  }

  private void claim(int start, int end) {
    for (int i = start; i < end; i++) {
      claimed[i] = true;
    }
  }

  private static Mention day(Matcher m, LocalDate date) {
    return date == null ? null : new Mention(m.group(), Kind.DATE, date, date, null);
  }

  private static Mention page(Matcher m, int page) {
    return page < 1 ? null : new Mention(m.group(), Kind.PAGE, null, null, page);
  }

  private static LocalDate ofYear(String year, String month, String day) {
    int y = Integer.parseInt(year);
    return valid(y, ChineseNumerals.parse(month), ChineseNumerals.parse(day))
        ? LocalDate.of(y, ChineseNumerals.parse(month), ChineseNumerals.parse(day)) : null;
  }

  /** The latest such day not after today, looking back over two leap cycles at most. */
  private LocalDate mostRecent(String month, String day) {
    int mo = ChineseNumerals.parse(month);
    int d = ChineseNumerals.parse(day);
    for (int y = today.getYear(); y >= today.getYear() - 8; y--) {
      if (valid(y, mo, d) && !LocalDate.of(y, mo, d).isAfter(today)) {
        return LocalDate.of(y, mo, d);
      }
    }
    return null;
  }

  /** That weekday of last week, or the latest one not after today. */
  private LocalDate weekday(boolean lastWeek, String day) {
    int n = "一二三四五六".indexOf(day) + 1;
    DayOfWeek dow = n == 0 ? DayOfWeek.SUNDAY : DayOfWeek.of(n);
    if (lastWeek) {
      return today.with(DayOfWeek.MONDAY).minusWeeks(1).with(dow);
    }
    LocalDate d = today.with(dow);
    return d.isAfter(today) ? d.minusWeeks(1) : d;
  }

  /** That day of the month named relative to today's (上个月 → the month before), or null. */
  private LocalDate ofMonth(String month, String day) {
    YearMonth m = YearMonth.from(today).plusMonths(MONTHS.get(month));
    int d = ChineseNumerals.parse(day);
    return d >= 1 && d <= m.lengthOfMonth() ? m.atDay(d) : null;
  }

  /** The latest day of that number not after today: this month's, else an earlier month's. */
  private LocalDate mostRecentDay(int day) {
    YearMonth month = YearMonth.from(today);
    for (int back = 0; back < 3; back++, month = month.minusMonths(1)) {
      if (day >= 1 && day <= month.lengthOfMonth() && !month.atDay(day).isAfter(today)) {
        return month.atDay(day);
      }
    }
    return null;
  }

  private static boolean valid(int year, int month, int day) {
    return month >= 1 && month <= 12 && day >= 1
        && day <= YearMonth.of(year, month).lengthOfMonth();
  }

  private boolean isAmount(Matcher m) {
    boolean suffixed = m.group().endsWith("日") || m.group().endsWith("号");
    if (!suffixed && m.end() < text.length() && UNITS.indexOf(text.charAt(m.end())) >= 0) {
      return true;
    }
    return AMOUNT_VERB.matcher(text.substring(0, m.start())).find();
  }

  private boolean isNearest(Matcher m) {
    return m.group().startsWith("最近")
        && (text.lastIndexOf('离', m.start()) >= 0
            || NEAREST_AFTER.matcher(text.substring(m.end())).find());
  }

  /** 二版 without 第 only where the numeral cannot end a word (统一版 is not a page). */
  private boolean bareHanPageAllowed(int start) {
    if (start == 0 || claimed[start - 1]) {
      return true;
    }
    char before = text.charAt(start - 1);
    return !MessageText.isHan(before) || "的看在和及与、".indexOf(before) >= 0;
  }

  private Mention relative(String phrase) {
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    LocalDate firstOfMonth = today.withDayOfMonth(1);
    return switch (phrase) {
      case "今天", "今日", "今儿" -> window(phrase, Kind.DATE, today, today);
      case "昨天", "昨日", "昨儿" -> window(phrase, Kind.DATE, today.minusDays(1), today.minusDays(1));
      case "前天", "前日" -> window(phrase, Kind.DATE, today.minusDays(2), today.minusDays(2));
      case "大前天" -> window(phrase, Kind.DATE, today.minusDays(3), today.minusDays(3));
      case "明天", "明日", "明儿" -> window(phrase, Kind.DATE, today.plusDays(1), today.plusDays(1));
      case "后天" -> window(phrase, Kind.DATE, today.plusDays(2), today.plusDays(2));
      case "大后天" -> window(phrase, Kind.DATE, today.plusDays(3), today.plusDays(3));
      case "这两天", "近两天" -> window(phrase, Kind.WINDOW, today.minusDays(1), today);
      case "最近这几天", "最近几天", "这几天", "这些天", "近几天", "近日", "近一周", "最近一周" ->
          window(phrase, Kind.WINDOW, today.minusDays(6), today);
      case "上周", "上周末", "上一周", "上个星期", "上星期", "上个礼拜", "上礼拜" ->
          window(phrase, Kind.WINDOW, monday.minusWeeks(1), monday.minusDays(1));
      case "上个月", "上一个月", "上月" -> window(phrase, Kind.WINDOW, firstOfMonth.minusMonths(1),
          firstOfMonth.minusDays(1));
      case "本月", "这个月", "这一个月" -> window(phrase, Kind.WINDOW, firstOfMonth, today);
      default -> window(phrase, Kind.WINDOW, monday, today); // this week
    };
  }

  private static Mention window(String phrase, Kind kind, LocalDate from, LocalDate to) {
    return new Mention(phrase, kind, from, to, null);
  }

  private DateMentions result() {
    LocalDate from = null;
    LocalDate to = null;
    Integer page = null;
    boolean newest = false;
    for (Found f : found) {
      Mention m = f.mention();
      if (m.from() != null) {
        from = from == null || m.from().isBefore(from) ? m.from() : from;
        to = to == null || m.to().isAfter(to) ? m.to() : to;
      }
      page = page == null ? m.page() : page;
      newest |= m.kind() == Kind.NEWEST;
    }
    List<Mention> mentions = found.stream().map(Found::mention).toList();
    return new DateMentions(from, to, page, newest, topic(), mentions);
  }

  /** The text without the mentions, the 的 after them and the connectors between them. */
  private String topic() {
    boolean[] removed = claimed.clone();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      if (f.mention().kind() != Kind.NEWEST) {
        Matcher after = AFTER_MENTION.matcher(text).region(f.end(), text.length());
        if (after.lookingAt()) {
          mark(removed, f.end(), after.end());
        }
      }
      if (i + 1 < found.size()) {
        Found next = found.get(i + 1);
        if (next.start() > f.end()
            && CONNECTOR.matcher(text.substring(f.end(), next.start())).matches()) {
          mark(removed, f.end(), next.start());
          if (f.start() > 0 && text.charAt(f.start() - 1) == '从') {
            removed[f.start() - 1] = true;
          }
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      sb.append(removed[i] ? ' ' : text.charAt(i));
    }
    String topic = SPACES.matcher(sb).replaceAll(" ").strip();
    return LEADING_JUNK.matcher(topic).replaceFirst("");
  }

  private static void mark(boolean[] removed, int start, int end) {
    for (int i = start; i < end; i++) {
      removed[i] = true;
    }
  }
}
