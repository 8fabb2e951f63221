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
 * it asks for: an amount of money, a clock time, a year, a phone number, a share, an address, an
 * area, a number of days, the name of a kind (哪个镇), a count in its measure word (and of the
 * asker's own place, not the country's), or the act of a how-to question. An article about the 2025 festival does not answer a question
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
  static final Pattern ASKS_PRICE = Pattern.compile("多少钱|几块钱|要钱|收费|价格|票价");
  static final Pattern MONEY = Pattern.compile("\\d+(\\.\\d+)?\\s*(万|亿)?元|免费|不收费|不要钱");
  private static final Pattern ASKS_CLOCK = Pattern.compile("几点");
  /**
   * Where a thing is (在哪, 哪个路口, 什么位置); not where to go (去哪里的高校招人才 → 哈尔滨, which
   * names the city bare). Not checked against the article: any place may answer.
   */
  private static final Pattern ASKS_PLACE =
      Pattern.compile("在哪|什么位置|哪个位置|哪个路口|哪条路|哪条街");
  /** A year asked (哪年盖的, 哪一年开的, 什么年代): the article must print one. */
  private static final Pattern ASKS_YEAR = Pattern.compile("哪年|哪一年|几几年|什么年代|啥年代|何年");
  private static final Pattern A_YEAR = Pattern.compile("\\d{4}年|[〇零○一二三四五六七八九]{4}年");
  /** A share asked (报销百分之多少, 比例是多少, 能报几成): the article must print one. */
  private static final Pattern ASKS_SHARE = Pattern.compile(
      "百分之(?:多少|几)|(?:比例|占比|比率)(?:是|有|为)?(?:多少|几)|几成|多少(?:%|个点)");
  private static final Pattern SHARE = Pattern.compile(
      "%|百分之|百分点|比例[为是达]|[\\d一二两三四五六七八九十]成(?![为功立本员长熟果效绩交])");
  /** An address asked (地址在哪, 在哪条路): the article must print a road or a door number. */
  private static final Pattern ASKS_ADDRESS = Pattern.compile("地址|哪条(?:路|街|马路)|门牌");
  private static final Pattern ADDRESS = Pattern.compile(
      "[\\u4e00-\\u9fff][\\u4e00-\\u9fff&&[^道马思出线网走半门铁套之的条新活正弯近远歧公一带]](?:路|大道|街(?!道|头|区|坊))"
          + "|\\d+号(?!线)");
  /**
   * Which place, team or person of a kind is asked (哪个镇, 哪支队, 哪位老师): its name ends in the
   * kind (新埭镇, 上海队, 王老师), so an article that never writes one does not say which. Only
   * kinds whose names always end so: not 学校 (同济大学), 国家 (比利时) or 部门 (人社局).
   */
  private static final Pattern ASKS_WHICH = Pattern.compile(
      "哪(?:一)?(?:个|家|位|所|座|支|条)(镇|乡|村|街道|社区|小区|路|街|桥|站|队|老师|医生|公园|广场)");
  private static final Map<String, Pattern> NAMED_AS = new ConcurrentHashMap<>();
  /** A question after a phone number (打什么电话, 热线是多少), not one about calls (诈骗电话). */
  private static final Pattern ASKS_PHONE = Pattern.compile(
      "(?:什么|哪个|啥|多少)(?:电话|热线|号码)|(?:电话|热线|号码)(?:是|号码是)?(?:多少|几)|打(?:哪个|什么|啥)");
  /** Measure words a count is asked in (几所, 多少家) that an answering article prints. */
  static final String MEASURES = "所|家|座|条|支|场|项|名|位|户|处|辆|届|批|栋|艘|架|台|件|起";
  /**
   * A count asked with its measure word (几所大学, 多少家企业, 几支队伍): answered by a number with
   * that word (31支, 20余家, 三所). Not 个, 本, 张, 次 or 人, which the paper counts in other words
   * (几本书 → 10册).
   */
  private static final Pattern ASKS_COUNT = Pattern.compile("(?:几|多少)(" + MEASURES + ")");
  private static final Map<String, Pattern> COUNTED_IN = new ConcurrentHashMap<>();
  /** What a count is asked in: the words before 有几所 (平湖有几所大学, 我市一共有多少家). */
  private static final Pattern COUNT_IN = Pattern.compile(
      "([\\u4e00-\\u9fff]{2,4}?)(?:一共|总共|共|现在|目前)?有(?:几|多少)(" + MEASURES + ")");
  /** Words that name the asker's own place. */
  private static final Pattern LOCAL = Pattern.compile(
      "(?:我市|本市|全市|市里|本地|当地|这里|这边|我们这|咱们这|咱这|[\\u4e00-\\u9fff]+(?:市|县|区|镇|乡|街道))$");
  /** A country, a province or the world, which a count printed after it covers (全国76所高校). */
  private static final Pattern WIDE = Pattern.compile(
      "(?:全国|全省|全球|全世界|世界|国内外|国内|省内|长三角)(?:范围内|各地)?(?:的|共有|共|有|超过|近|约|唯一|唯)?$");
  private static final String COUNTED = "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万]+)(?:余|多)?\\s*(?:万|亿)?";
  static final Pattern PHONE = Pattern.compile("\\d{5,}|\\d{3,4}-\\d{7,8}");
  /** A clock time as printed with a colon (16:30, 9：00). */
  static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}[:\uFF1A]\\d{2}");
  private static final Pattern CLOCK = Pattern.compile(CLOCK_TIME.pattern() + "|\\d{1,2}(点|时)");
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
  /** An area asked (占地多大, 面积多少, 种了多少亩): the article must print one. */
  private static final Pattern ASKS_AREA =
      Pattern.compile("占地|面积|(?:几|多少)(?:亩|平方|平米|公顷)");
  private static final Pattern AREA = Pattern.compile(
      "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千万]+)(?:余|多)?\\s*(?:万|亿)?\\s*(?:亩|平方米|平方公里|平米|公顷|㎡)");
  /** A number of days asked (比几天, 封路多少天): the article prints days or a span of dates. */
  private static final Pattern ASKS_DAYS = Pattern.compile("(?:几|多少)天");
  private static final Pattern DAYS = Pattern.compile(
      "(?:\\d+|[一二两三四五六七八九十百]+)\\s*(?:个)?(?:天|日(?:至|到|—|-|~))|\\d+号(?:至|到)|为期");
  /** A bus line asked by its number (3路): the article prints that line, not any 3. */
  private static final Pattern BUS_LINE = Pattern.compile("(?<![\\dA-Za-z])(\\d+)路");
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
    return ASKS_PRICE.matcher(question).find() || ASKS_CLOCK.matcher(question).find()
        || ASKS_PHONE.matcher(question).find() || ASKS_YEAR.matcher(question).find()
        || ASKS_PLACE.matcher(question).find();
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
      if (!Pattern.compile("(?<![\\dA-Za-z])" + line.group()).matcher(text).find()) {
        return line.group();
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String code : codes(q)) {
      // a line or model with letters (K8, G60): the article prints it, not a neighbour (K9)
      if (code.chars().anyMatch(Character::isLetter)
          && !lower.contains(code)) {
        return code;
      }
    }
    String city = Cities.unprinted(q, text);
    if (city != null) {
      return city;
    }
    String place = NamedPlaces.unprinted(q, text);
    if (place != null) {
      return place;
    }
    for (Map.Entry<String, Integer> e : RELATIVE_YEARS.entrySet()) {
      if (q.contains(e.getKey()) && !text.contains(e.getKey())
          && (date == null || !text.contains(String.valueOf(date.getYear() + e.getValue())))
          && !(e.getValue() == 0 && onSubject && date != null && !A_YEAR.matcher(text).find())
          && !(e.getValue() == -1 && AGAINST_LAST_YEAR.matcher(q).find() && text.contains("同比"))) {
        // a dated report on the subject that names no year tells its year's news (今年的主题);
        // a change 同比 is against last year (比去年少了没)
        return e.getKey();
      }
    }
    if (ASKS_PRICE.matcher(q).find() && !MONEY.matcher(text).find()) {
      return "price";
    }
    if (ASKS_CLOCK.matcher(q).find() && !CLOCK.matcher(text).find()) {
      return "clock";
    }
    if (ASKS_YEAR.matcher(q).find() && !A_YEAR.matcher(text).find()) {
      return "year";
    }
    if (ASKS_PHONE.matcher(q).find() && !PHONE.matcher(text).find()) {
      return "phone";
    }
    if (ASKS_SHARE.matcher(q).find() && !SHARE.matcher(text).find()) {
      return "share";
    }
    if (ASKS_ADDRESS.matcher(q).find() && !ADDRESS.matcher(text).find()) {
      return "address";
    }
    if (ASKS_AREA.matcher(q).find() && !AREA.matcher(text).find()) {
      return "area";
    }
    if (ASKS_DAYS.matcher(q).find() && !DAYS.matcher(text).find()) {
      return "days";
    }
    Matcher which = ASKS_WHICH.matcher(q);
    if (which.find() && !namedAs(which.group(1)).matcher(text).find()) {
      return "which " + which.group(1);
    }
    Matcher count = ASKS_COUNT.matcher(q);
    if (count.find() && !counted(count.group(1)).matcher(text).find()) {
      return "count of " + count.group(1);
    }
    String countedIn = countedIn(q, text);
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

  /**
   * The place a count is asked in (平湖 of 平湖有几所大学) when every count the text prints in that
   * measure word is of the country, the province or the world (全国76所高校): the text counts
   * another place's. Null when the question names no place of its own, or the text counts in it.
   * A place is one the asker calls their own (我市, 本地), one named with its level (新埭镇) or one
   * the text prints with its level (平湖 of 平湖市).
   */
  static String countedIn(String question, String text) {
    Matcher asked = COUNT_IN.matcher(question);
    if (!asked.find()) {
      return null;
    }
    String place = localPlace(asked.group(1), text);
    if (place == null) {
      return null;
    }
    Matcher printed = counted(asked.group(2)).matcher(text);
    boolean any = false;
    while (printed.find()) {
      String before = text.substring(Math.max(0, printed.start() - 8), printed.start());
      if (!WIDE.matcher(before).find()) {
        return null;
      }
      any = true;
    }
    return any ? place : null;
  }

  /** The longest end of the words before 有几 that names a place of the asker's own, or null. */
  private static String localPlace(String words, String text) {
    for (int from = 0; from + 2 <= words.length(); from++) {
      String place = words.substring(from);
      if (WIDE.matcher(place).find()) {
        return null;
      }
      if (LOCAL.matcher(place).find() || Cities.names(place)
          || text.contains(place + "市") || text.contains(place + "县")) {
        return place;
      }
    }
    return null;
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
