package newsbot.retrieval.query;

/** Small numbers written in Chinese (一 … 九十九, 两, 廿, 〇), as in 十一月十八日 or 第三版. */
public final class ChineseNumerals {

  /** The characters a number may be written with. */
  static final String CHARS = "〇零一二两三四五六七八九十廿";

  private ChineseNumerals() {}

  /** The value of ASCII digits or a Chinese numeral from 1 to 99; -1 when it is neither. */
  public static int parse(String s) {
    if (s == null || s.isEmpty()) {
      return -1;
    }
    if (s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return s.length() > 4 ? -1 : Integer.parseInt(s);
    }
    int ten = s.indexOf('十');
    if (s.startsWith("廿")) {
      return s.length() == 1 ? 20 : s.length() == 2 ? 20 + digit(s.charAt(1)) : -1;
    }
    if (ten < 0) {
      return s.length() == 1 ? digit(s.charAt(0)) : -1;
    }
    if (s.indexOf('十', ten + 1) >= 0 || s.length() > 3) {
      return -1;
    }
    int tens = ten == 0 ? 1 : ten == 1 ? digit(s.charAt(0)) : -1;
    int ones = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1;
    if (tens < 1 || ones < 0) {
      return -1;
    }
    return tens * 10 + ones;
  }

  private static int digit(char c) {
    int i = "〇一二三四五六七八九".indexOf(c);
    if (i >= 0) {
      return i;
    }
    return c == '零' ? 0 : c == '两' ? 2 : -1;
  }
}
