package newsbot.retrieval.answer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The kinds of value a question asks for (多少钱, 几点, 哪年, 什么电话, 百分之多少, 地址, 占地多大,
 * 比几天) and how an article prints one: an article that prints none of the kind asked does not
 * answer, however many words it shares. Part of {@link Anchors}. Stateless.
 */
final class AskedValues {

  static final Pattern ASKS_PRICE = Pattern.compile("多少钱|几块钱|要钱|收费|价格|票价");
  static final Pattern MONEY = Pattern.compile("\\d+(\\.\\d+)?\\s*(万|亿)?元|免费|不收费|不要钱");
  private static final Pattern ASKS_CLOCK = Pattern.compile("几点");
  /** A year asked (哪年盖的, 哪一年开的, 什么年代): the article must print one. */
  private static final Pattern ASKS_YEAR = Pattern.compile("哪年|哪一年|几几年|什么年代|啥年代|何年");
  static final Pattern A_YEAR = Pattern.compile("\\d{4}年|[〇零○一二三四五六七八九]{4}年");
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
  /** A question after a phone number (打什么电话, 热线是多少), not one about calls (诈骗电话). */
  private static final Pattern ASKS_PHONE = Pattern.compile(
      "(?:什么|哪个|啥|多少)(?:电话|热线|号码)|(?:电话|热线|号码)(?:是|号码是)?(?:多少|几)|打(?:哪个|什么|啥)");
  static final Pattern PHONE = Pattern.compile("\\d{5,}|\\d{3,4}-\\d{7,8}");
  /** A clock time as printed with a colon (16:30, 9：00). */
  static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}[:\uFF1A]\\d{2}");
  private static final Pattern CLOCK = Pattern.compile(CLOCK_TIME.pattern() + "|\\d{1,2}(点|时)");
  /**
   * An area asked (占地多大, 面积有多少, 种了多少亩): the article must print one. Not 大面积停电 or
   * 违法占地.
   */
  private static final Pattern ASKS_AREA = Pattern.compile(
      "占地(?:面积)?(?:多大|多少|有多|几)|面积(?:是|有|达)?(?:多大|多少|几)|(?:几|多少)(?:亩|平方|平米|公顷)");
  /** An area printed, after NFKC (㎡ is m2 then). */
  private static final Pattern AREA =
      Pattern.compile(Anchors.COUNTED + "\\s*(?:亩|平方(?:米|公里|千米)|平米|公顷|k?m2)");
  /**
   * A number of days asked (比几天, 封路多少天): the article prints days or a span of dates. Not
   * a time (前几天, 这几天, 过几天, 最近几天).
   */
  private static final Pattern ASKS_DAYS = Pattern.compile("(?<![这前过近头后好])(?:几|多少)天");
  private static final Pattern DAYS = Pattern.compile(
      "(?:\\d+|[一二两三四五六七八九十百]+)\\s*(?:个)?(?:天|日(?:至|到|—|-|~))|\\d+号(?:至|到)|为期");
  /** A day asked (几号开始, 哪天结束, 什么时候报名): the article must print a day or a time. */
  private static final Pattern ASKS_DAY =
      Pattern.compile("几号|哪天|哪一天|几月几[号日]|什么时候|啥时候|何时");
  private static final Pattern A_DAY = Pattern.compile(
      "\\d{1,2}月|\\d{1,2}[日号]|\\d{4}年|[上下]半年|年[底初内]|周[一二三四五六日末]|星期|今天|明天|昨天|"
          + "今年|明年|即日|近日|日前|当天|春节|国庆|元旦|\\d{1,2}[:：]\\d{2}");
  /** A kind of value a question asks for and how an article prints one. */
  private record Value(String name, Pattern asks, Pattern printed) {}

  /** The kinds of value an answering article must print: asked for, any one of them answers. */
  private static final List<Value> VALUES = List.of(
      new Value("price", ASKS_PRICE, MONEY), new Value("clock", ASKS_CLOCK, CLOCK),
      new Value("year", ASKS_YEAR, A_YEAR), new Value("phone", ASKS_PHONE, PHONE),
      new Value("share", ASKS_SHARE, SHARE), new Value("address", ASKS_ADDRESS, ADDRESS),
      new Value("area", ASKS_AREA, AREA), new Value("days", ASKS_DAYS, DAYS),
      new Value("day", ASKS_DAY, A_DAY));

  private AskedValues() {}

  /** The question asks for a price, a clock time, a phone number or a year. */
  static boolean asksTyped(String question) {
    return ASKS_PRICE.matcher(question).find() || ASKS_CLOCK.matcher(question).find()
        || ASKS_PHONE.matcher(question).find() || ASKS_YEAR.matcher(question).find();
  }

  /**
   * The first kind of value the question asks for that the text prints none of ("price",
   * "area" …), or null.
   *
   * @param q the question, NFKC-normalised
   * @param text the article's statements, NFKC-normalised
   */
  static String unprinted(String q, String text) {
    for (Value v : VALUES) {
      if (v.asks().matcher(q).find() && !v.printed().matcher(text).find()) {
        return v.name();
      }
    }
    return null;
  }
}
