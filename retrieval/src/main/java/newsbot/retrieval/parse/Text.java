package newsbot.retrieval.parse;

import java.util.regex.Pattern;

/**
 * Character-level facts about Chinese newspaper text. The OCR converter writes some punctuation
 * in its ASCII form (",", "?", "(") and some full-width ("。", "、"), so every test accepts both.
 */
public final class Text {
  private Text() {}

  private static final String SENTENCE_END = "。!?\uFF01\uFF1F;\uFF1B:\uFF1A…";
  private static final String CLOSERS = "”’」』)）】》\"'";
  private static final Pattern QUANTITY = Pattern.compile(
      "\\d+(\\.\\d+)?\\s*(余|多)?(亿元|万元|元|亿|万|家|个|项|%|％|人|户|名|吨|倍|公里|平方米|亩|件|套)");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");

  /** True when the text ends a sentence, looking through closing quotes and brackets. */
  public static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && (Character.isWhitespace(s.charAt(i)) || CLOSERS.indexOf(s.charAt(i)) >= 0)) {
      i--;
    }
    return i >= 0 && SENTENCE_END.indexOf(s.charAt(i)) >= 0;
  }

  /** True when the text contains a sentence-ending mark anywhere before its last character. */
  public static boolean containsFullStop(String s) {
    int idx = s.indexOf('。');
    return idx >= 0 && idx < s.length() - 1;
  }

  /** Information lines (a comma or a figure with a unit) are kickers or subtitles, not titles. */
  public static boolean isDataLine(String s) {
    return s.indexOf(',') >= 0 || s.indexOf('，') >= 0 || QUANTITY.matcher(s).find();
  }

  /** Collapses runs of whitespace (including ideographic and no-break spaces) to one space. */
  public static String collapseSpaces(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  /** The text with every kind of whitespace removed: the form the gold data compares in. */
  public static String compact(String s) {
    return SPACES.matcher(s).replaceAll("");
  }

  /** Counts Han characters. */
  public static int hanCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  /** Length in code points (what a reader would count as characters). */
  public static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
