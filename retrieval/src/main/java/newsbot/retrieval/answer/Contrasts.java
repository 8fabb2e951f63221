package newsbot.retrieval.answer;

import java.util.List;
import java.util.regex.Pattern;
import newsbot.retrieval.query.SpokenWords;

/**
 * Words that differ from a printed word in one character of a contrasting set: 秋季 and 春季,
 * 停电 and 停水, 下午 and 上午, 末班 and 首班, 初中 and 高中, 二院 and 一院. The word embedding puts
 * such a pair as close as a paraphrase (秋季 and 春季 0.69, 停电 and 停水 0.77, where 超期 and its
 * paraphrase 逾期 are 0.73), so only the characters can tell them apart: an article that prints
 * 春季班 and never 秋季 does not say when the autumn term opens.
 *
 * <p>The sets are general Chinese (seasons, directions, sexes, utilities, school levels, periods,
 * opposites, the regions that name an opera: 越剧, 沪剧, 京剧), none of them the paper's. Stateless.
 */
final class Contrasts {

  /** Characters any two of which name different things when swapped within a word. */
  private static final List<String> SETS = List.of(
      "春夏秋冬", "上下", "男女", "早晚", "东南西北", "前后", "左右", "内外", "进出", "买卖",
      "大中小", "初高", "首末", "开闭", "水电气", "周月年季", "单双", "高低", "涨降跌", "增减", "新旧", "新老",
      "公私", "正副", "半全", "长短", "快慢", "冷热", "开关", "白夜", "入出", "借还", "寒暑",
      "一二三四五六七八九十", "京越沪昆川豫粤评");

  /**
   * A part of the day (下午, 晚上): a clock time the article prints says it (16:30停止入馆 answers
   * 下午几点不让进, though the article's only 午 is 上午).
   */
  private static final Pattern PART_OF_DAY = Pattern.compile("[上下中]午|早上|晚上|傍晚|凌晨|白天");

  private Contrasts() {}

  /**
   * The word the text prints in place of {@code word}, one of its characters swapped for another
   * of its set (春季 for 秋季), or null when the text prints the word itself, the paper's word for
   * it ({@link SpokenWords}: 境外 for 国外) or no such variant.
   */
  static String printedInstead(String word, String text) {
    if (word.length() < 2 || text.contains(word) || SpokenWords.printedAs(word, text)
        || PART_OF_DAY.matcher(word).matches() && AskedValues.CLOCK_TIME.matcher(text).find()) {
      return null;
    }
    char[] chars = word.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char original = chars[i];
      for (String set : SETS) {
        if (set.indexOf(original) < 0) {
          continue;
        }
        for (int j = 0; j < set.length(); j++) {
          char other = set.charAt(j);
          if (other == original) {
            continue;
          }
          chars[i] = other;
          String variant = new String(chars);
          if (text.contains(variant)) {
            return variant;
          }
        }
        chars[i] = original;
      }
    }
    return null;
  }
}
