package newsbot.retrieval.query;

import java.util.regex.Pattern;

/**
 * The text of a message as a phone sends it, made comparable: full-width ASCII (？！，１２Ａ) becomes
 * ASCII, the ideographic space a space, emoji and other pictographs, variation selectors and
 * zero-width joiners are dropped, and runs of white space become one space. Chinese punctuation
 * that has no ASCII twin (。、“”) is kept as it is, and a closing Wu 伐 (要门票伐) reads as 吗.
 */
public final class MessageText {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The Wu question particle 伐 ending a message (要门票伐, 好伐): what 吗 asks; not 砍伐. */
  private static final Pattern WU_QUESTION =
      Pattern.compile("(?<=\\p{IsHan})(?<![砍采讨征杀北步])伐(?=[?!.~\\s]*$)");

  private MessageText() {}

  /** The normalised text; "" for null. */
  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        sb.append((char) (cp - 0xFEE0));
      } else if (cp == 0x3000 || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        sb.append(' ');
      } else if (!isDropped(cp)) {
        sb.appendCodePoint(cp);
      }
    });
    return WU_QUESTION.matcher(SPACES.matcher(sb).replaceAll(" ").strip()).replaceFirst("吗");
  }

  /** How many Han characters the text holds. */
  public static int hanCount(String text) {
    return (int) text.codePoints().filter(MessageText::isHan).count();
  }

  /** Whether the text holds a Han character. */
  public static boolean hasHan(String text) {
    return text.codePoints().anyMatch(MessageText::isHan);
  }

  /** A word of two or more characters, all Han. */
  public static boolean isHanWord(String word) {
    return word.length() >= 2 && word.codePoints().allMatch(MessageText::isHan);
  }

  public static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** Emoji, pictographs and the invisible characters that glue them together. */
  private static boolean isDropped(int cp) {
    int type = Character.getType(cp);
    return type == Character.OTHER_SYMBOL || type == Character.SURROGATE
        || type == Character.PRIVATE_USE || type == Character.FORMAT
        || type == Character.CONTROL || type == Character.UNASSIGNED
        || type == Character.ENCLOSING_MARK
        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF);
  }
}
