package newsbot.retrieval.answer;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question pins down that an answering article must print: the numbers and codes it names
 * (a year, 2025年度, a bus line, K8), the city or named place it asks about, the year it means by
 * 今年/去年/明年 (比去年 is the paper's 同比), a bus line by its number (3路), and the kind of value
 * it asks for ({@link AskedValues}: an amount of money, a clock time, a year, a phone number, a
 * share, an address, an area, a number of days), the name of a kind (哪个镇), a count in its
 * measure word (and of the asker's own place, not the country's: {@link CountedPlaces}), or the
 * act of a how-to question. An article about the 2025 festival does not answer a question
 * about the 2024 one however many words they share. Stateless.
 */
final class Anchors {

  private static final Pattern YEAR = Pattern.compile("\\d{4}(年度|年)?");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  /** What follows a number that is an age: 58岁, 6周岁. */
  private static final Pattern AGE_AFTER = Pattern.compile("\\s*周?岁");
  /** An age the text prints. */
  static final Pattern AGE = Pattern.compile("\\d+\\s*周?岁");
  /** Relative years and their offset from the year of the article's issue. */
  private static final Map<String, Integer> RELATIVE_YEARS =
      Map.of("今年", 0, "去年", -1, "明年", 1, "前年", -2, "后年", 2);
  /**
   * Where a thing is (在哪, 哪个路口, 什么位置); not where to go (去哪里的高校招人才 → 哈尔滨, which
   * names the city bare). Not checked against the article: any place may answer.
   */
  private static final Pattern ASKS_PLACE =
      Pattern.compile("在哪|什么位置|哪个位置|哪个路口|哪条路|哪条街");
  /**
   * Which place, team or person of a kind is asked (哪个镇, 哪支队, 哪位老师): its name ends in the
   * kind (新埭镇, 上海队, 王老师), so an article that never writes one does not say which. Only
   * kinds whose names always end so: not 学校 (同济大学), 国家 (比利时) or 部门 (人社局).
   */
  private static final Pattern ASKS_WHICH = Pattern.compile(
      "哪(?:一)?(?:个|家|位|所|座|支|条)(镇|乡|村|街道|社区|小区|路|街|桥|站|队|老师|医生|公园|广场)");
  private static final Map<String, Pattern> NAMED_AS = new ConcurrentHashMap<>();
  /** Measure words a count is asked in (几所, 多少家) that an answering article prints. */
  static final String MEASURES = "所|家|座|条|支|场|项|名|位|户|处|辆|届|批|栋|艘|架|台|件|起";
  /** What makes a measure word part of a noun instead (多少台风, 多少家长, 多少名额, 几起步). */
  static final String NOT_A_MEASURE = "(?![风步点长额])";
  /**
   * A count asked with its measure word (几所大学, 多少家企业, 几支队伍): answered by a number with
   * that word (31支, 20余家, 三所). Not 个, 本, 张, 次 or 人, which the paper counts in other words
   * (几本书 → 10册).
   */
  private static final Pattern ASKS_COUNT =
      Pattern.compile("(?:几|多少)(" + MEASURES + ")" + NOT_A_MEASURE);
  private static final Map<String, Pattern> COUNTED_IN = new ConcurrentHashMap<>();
  /** A number as a count is printed (56, 20余, 三, 1.2万), before its measure word or unit. */
  static final String COUNTED = "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万]+)(?:余|多)?\\s*(?:万|亿)?";
  /**
   * How to do something (怎么申请, 如何报名): the article must print the act, or it tells about the
   * thing and not how to do it.
   */
  private static final Pattern ASKS_PROCEDURE = Pattern.compile(
      "(?:怎么|怎样|如何|咋|在哪里?|去哪里?|哪里可以|哪儿)(申请|报名|预约|挂号|注册|补办|办理)");
  private static final Map<String, Pattern> PROCEDURE_PRINTED = Map.of(
      "申请", Pattern.compile("申请|申领|申报"),
      "报名", Pattern.compile("报名"),
      "预约", Pattern.compile("预约"),
      "挂号", Pattern.compile("挂号"),
      "注册", Pattern.compile("注册"),
      "补办", Pattern.compile("补办"),
      "办理", Pattern.compile("办理|办"));
  /** A bus line asked by its number (3路): the article prints that line, not any 3. */
  private static final Pattern BUS_LINE = Pattern.compile("(?<![\\dA-Za-z])\\d+路(?![口段])");
  /** A comparison with last year (比去年少了没), which the paper prints as 同比. */
  private static final Pattern AGAINST_LAST_YEAR = Pattern.compile("(?:比|较|跟|和|与)去年");
  /** A clause that asks rather than tells: from the last clause end up to a question mark. */
  private static final Pattern QUESTION_CLAUSE = Pattern.compile("[^。!?;\\uFF01\\uFF1F\\uFF1B“”\\n]*[?\\uFF1F]");

  /**
   * A code that names one thing: letters with digits (K9, G60) or a number the question does not
   * count with (207 of 207坐到底, 207路, 3号线), not a quantity (3个, 5元), a date (11月, 20日)
   * or a year.
   */
  private static final Pattern CODE = Pattern.compile(
      "[A-Za-z]+\\d+[A-Za-z]*|(?<![\\d.A-Za-z])\\d+(?![\\d.%A-Za-z]|\\s*(?:年|月|日|号(?!线|楼)|点|时|分|秒"
          + "|个|元|块|岁|周岁|人|名|次|张|本|册|件|位|家|条|辆|天|小时|万|亿|千|百|米|公里|斤|度|倍|层))");

  /** A day of the week as a reader names it (周一, 星期一, 礼拜一, 周天): group 1 is the day. */
  private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期|礼拜)([一二三四五六日天])");
  /** Whether a place opens (开吗, 开门, 营业, 闭馆, 休息). */
  private static final Pattern ASKS_OPEN = Pattern.compile("开|营业|闭馆|关门|休息|上班");
  /** A range of days the paper prints (周二至周日, 周一到周五). */
  private static final Pattern WEEKDAY_RANGE =
      Pattern.compile("周[一二三四五六日]\\s*(?:至|到|—|-|~)\\s*周[一二三四五六日]");

  private Anchors() {}

  /**
   * The day of the week a question asks a place's opening for (图书馆星期一开门吗 → 周一, the way
   * the paper writes it), or null.
   */
  static String asksOpeningOn(String question) {
    Matcher day = WEEKDAY.matcher(question);
    if (!day.find() || !ASKS_OPEN.matcher(question).find()) {
      return null;
    }
    String d = day.group(1);
    return "周" + ("天".equals(d) ? "日" : d);
  }

  /** The text prints the day (每周一闭馆) or a range of days (开放时间为周二至周日). */
  static boolean printsDay(String text, String day) {
    return text.contains(day) || WEEKDAY_RANGE.matcher(text).find();
  }

  /**
   * The codes the question names (K9, 207), lower-cased as the index holds them: a bus line, a
   * road or a product a reader names picks out the articles that print it.
   */
  static List<String> codes(String question) {
    Matcher m = CODE.matcher(Normalizer.normalize(question, Normalizer.Form.NFKC));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /**
   * The question asks for a price, a clock time, a phone number or a year, which {@link #missing}
   * checks the article for, or a place.
   */
  static boolean typed(String question) {
    return AskedValues.asksTyped(question) || ASKS_PLACE.matcher(question).find();
  }

  /**
   * The article's text without the questions it prints (“如果想在平湖落户要具备哪些条件?”): a
   * question the paper asks is not an answer to it.
   */
  static String statements(String text) {
    return QUESTION_CLAUSE.matcher(text).replaceAll(" ");
  }

  /**
   * What the question pins that the article does not print ("2024年", "上海", "去年", "price",
   * "clock"), or null when it prints everything pinned.
   *
   * @param article the article's statements (see {@link #statements})
   * @param date the article's issue date, null when unknown
   * @param onSubject the article holds most of the question's words: a dated report of it that
   *     names no year answers for 今年
   */
  static String missing(String question, String article, LocalDate date, boolean onSubject) {
    String q = Normalizer.normalize(question, Normalizer.Form.NFKC);
    String text = Normalizer.normalize(article, Normalizer.Form.NFKC);
    String pinned = unprintedNumber(q, text);
    if (pinned == null) {
      pinned = Cities.unprinted(q, text);
    }
    if (pinned == null) {
      pinned = NamedPlaces.unprinted(q, text);
    }
    if (pinned == null) {
      pinned = unprintedRelativeYear(q, text, date, onSubject);
    }
    return pinned != null ? pinned : unprintedValue(q, text);
  }

  /** The first year, number, bus line or code with letters the question names and the text lacks. */
  private static String unprintedNumber(String q, String text) {
    Matcher year = YEAR.matcher(q);
    while (year.find()) {
      if (!text.contains(year.group())) {
        return year.group();
      }
    }
    Matcher number = NUMBER.matcher(q);
    while (number.find()) {
      if (!text.contains(number.group()) && !ageAgainstLimit(q, number, text)) {
        return number.group();
      }
    }
    Matcher line = BUS_LINE.matcher(q);
    while (line.find()) {
      if (!printsLine(text, line.group())) {
        return line.group();
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String code : codes(q)) {
      // a line or model with letters (K8, G60): the article prints it, not a neighbour (K9)
      if (code.chars().anyMatch(Character::isLetter) && !lower.contains(code)) {
        return code;
      }
    }
    return null;
  }

  /** The text prints the bus line (3路), not one ending in it (103路, K3路). */
  private static boolean printsLine(String text, String line) {
    for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
      char before = at == 0 ? ' ' : text.charAt(at - 1);
      if (!Character.isDigit(before) && !(before < 128 && Character.isLetter(before))) {
        return true;
      }
    }
    return false;
  }

  /**
   * 今年, 去年 … that the text neither prints nor names as its year. A dated report on the
   * subject that names no year tells its year's news (今年的主题), and a change 同比 is against
   * last year (比去年少了没).
   */
  private static String unprintedRelativeYear(String q, String text, LocalDate date,
      boolean onSubject) {
    for (Map.Entry<String, Integer> e : RELATIVE_YEARS.entrySet()) {
      if (q.contains(e.getKey()) && !text.contains(e.getKey())
          && (date == null || !text.contains(String.valueOf(date.getYear() + e.getValue())))
          && !(e.getValue() == 0 && onSubject && date != null && !AskedValues.A_YEAR.matcher(text).find())
          && !(e.getValue() == -1 && AGAINST_LAST_YEAR.matcher(q).find() && text.contains("同比"))) {
        return e.getKey();
      }
    }
    return null;
  }

  /** The kind of value the question asks for that the text does not print, or null. */
  private static String unprintedValue(String q, String text) {
    String value = AskedValues.unprinted(q, text);
    if (value != null) {
      return value;
    }
    Matcher which = ASKS_WHICH.matcher(q);
    if (which.find() && !namedAs(which.group(1)).matcher(text).find()) {
      return "which " + which.group(1);
    }
    Matcher count = ASKS_COUNT.matcher(q);
    if (count.find() && !counted(count.group(1)).matcher(text).find()) {
      return "count of " + count.group(1);
    }
    String countedIn = CountedPlaces.countedElsewhere(q, text);
    if (countedIn != null) {
      return "count in " + countedIn;
    }
    Matcher procedure = ASKS_PROCEDURE.matcher(q);
    if (procedure.find() && !PROCEDURE_PRINTED.get(procedure.group(1)).matcher(text).find()) {
      return procedure.group(1);
    }
    return null;
  }

  /**
   * The question names at least one number (207, 2027) and the passage prints every one. Numbers
   * are the only words a question in another language shares with a Chinese page: the embedding's
   * cosine between the two stays between 0.38 and 0.46 whether the passage answers or not (a
   * 2026 World Cup question meets 特此通告 at 0.42), so nothing else can vouch for the passage.
   */
  static boolean printsEveryNumber(String question, String passage) {
    Matcher number = NUMBER.matcher(Normalizer.normalize(question, Normalizer.Form.NFKC));
    String text = Normalizer.normalize(passage, Normalizer.Form.NFKC);
    boolean any = false;
    while (number.find()) {
      if (!text.contains(number.group())) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * The number is someone's age (我妈58岁能报吗) and the article prints an age (年满50周岁, 18至22周岁):
   * the asker checks the age against the article's limit, which the article need not print.
   */
  private static boolean ageAgainstLimit(String question, Matcher number, String text) {
    return AGE_AFTER.matcher(question).region(number.end(), question.length()).lookingAt()
        && AGE.matcher(text).find();
  }

  /** A name of the kind (新埭镇, 上海队; not 队伍 or 队员). */
  private static Pattern namedAs(String kind) {
    return NAMED_AS.computeIfAbsent(kind,
        k -> Pattern.compile("[\\u4e00-\\u9fff]" + Pattern.quote(k) + "(?![伍员长列形])"));
  }

  /** A number counted in the measure word (56场, 20余家, 三所). */
  static Pattern counted(String measure) {
    return COUNTED_IN.computeIfAbsent(measure, m -> Pattern.compile(COUNTED + Pattern.quote(m)));
  }
}
