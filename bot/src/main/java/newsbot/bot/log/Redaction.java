package newsbot.bot.log;

import java.util.regex.Pattern;

/**
 * What the question log never keeps of a message: mobile and landline numbers, ID-card and
 * account numbers (nine or more digits in a row) and e-mail addresses. A reader who types their
 * number into a question still gets an answer; the log keeps {@code ＊＊＊}. Years, dates and
 * amounts (2027年, 2025-11-18, 30亿元) stay: they are what an editor needs to read.
 */
public final class Redaction {

  private static final Pattern MOBILE =
      Pattern.compile("(?<![0-9])(?:\\+?86[ -]?)?1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])");
  private static final Pattern LANDLINE =
      Pattern.compile("(?<![0-9])0[0-9]{2,3}-[0-9]{7,8}(?![0-9])");
  private static final Pattern LONG_NUMBER = Pattern.compile("(?<![0-9])[0-9]{9,}[Xx]?(?![0-9])");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  static final String MASK = "＊＊＊";

  private Redaction() {}

  public static String redact(String text) {
    String out = EMAIL.matcher(text).replaceAll(MASK);
    out = MOBILE.matcher(out).replaceAll(MASK);
    out = LANDLINE.matcher(out).replaceAll(MASK);
    return LONG_NUMBER.matcher(out).replaceAll(MASK);
  }
}
