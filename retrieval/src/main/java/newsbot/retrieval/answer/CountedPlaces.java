package newsbot.retrieval.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count asked of the asker's own place (平湖有几所大学, 我市一共有多少家) that the article gives only
 * for the country, the province or the world (全国76所高校, 全省唯一一所): it counts another place's.
 * A question that names no place of its own (有几所高校参加) is answered by such a count, and so is
 * one that names the wider place itself (全国有几所). Stateless.
 */
final class CountedPlaces {

  /**
   * The words before 有几所, as few as make a match (平湖 of 平湖现在一共有几家医院); group 2 is
   * the measure word.
   */
  private static final Pattern COUNT_IN = Pattern.compile(
      "([\\u4e00-\\u9fff]{2,4}?)(?:一共|总共|共|现在|目前|如今)*有(?:几|多少)(" + Anchors.MEASURES + ")"
          + Anchors.NOT_A_MEASURE);
  /** Words that name the asker's own place, or a place by its level (新埭镇, 当湖街道). */
  private static final Pattern LOCAL = Pattern.compile(
      "(?:我市|本市|全市|市里|本地|当地|这里|这边|我们这|咱们这|咱这|[\\u4e00-\\u9fff]+(?:市|县|区|镇|乡|街道))$");
  /** A country, a province or the world, which a count printed after it covers. */
  private static final Pattern WIDE = Pattern.compile(
      "(?:全国|全省|全球|全世界|世界|国内外|国内|省内|长三角)(?:范围内|各地)?"
          + "(?:的|共有|共|有|超过|近|约|唯一|唯)?$");
  /** What a place word may end in that is not part of it (乍浦镇上, 咱们这儿, 村里). */
  private static final Pattern LOCATIVE = Pattern.compile("[上里儿]$");
  /** How far before a printed count its scope is looked for. */
  private static final int SCOPE_CHARS = 8;

  private CountedPlaces() {}

  /**
   * The place a count is asked in (平湖) when every count the text prints in that measure word is
   * of a wider place, or null: when the question names no place of its own, or the text counts
   * in it, or prints no such count (which {@link Anchors} judges on its own). A place is one the
   * asker calls their own (我市, 本地), one named with its level (新埭镇) or one the text prints
   * with its level (平湖 of 平湖市).
   *
   * @param question the question, NFKC-normalised
   * @param text the article's statements, NFKC-normalised
   */
  static String countedElsewhere(String question, String text) {
    Matcher asked = COUNT_IN.matcher(question);
    if (!asked.find()) {
      return null;
    }
    String place = localPlace(LOCATIVE.matcher(asked.group(1)).replaceFirst(""), text);
    if (place == null) {
      return null;
    }
    Matcher printed = Anchors.counted(asked.group(2)).matcher(text);
    boolean any = false;
    while (printed.find()) {
      String before = text.substring(Math.max(0, printed.start() - SCOPE_CHARS), printed.start());
      if (!WIDE.matcher(before).find()) {
        return null;
      }
      any = true;
    }
    return any ? place : null;
  }

  /** The longest end of the words that names a place of the asker's own, or null. */
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
}
