package newsbot.retrieval.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Official notices and announcements (通告, 公告, 通知, 启事, 公示): printed with no byline and
 * no 本报讯, so they are recognised by their own shape. A notice opens with a headline that ends
 * in what it is (关于…的通告, 征兵公告, 停水通知, 寻物启事, …公告(第1号)) and closes with its
 * signature: an optional sign-off (特此通告。), the issuing body on one to three lines, and a date
 * line (2025年9月10日, 二〇二五年九月十日; the issuer may share the date's line). The signature
 * belongs to the notice: its last paragraphs, and the issuer is the notice's byline. Stateless and
 * thread-safe.
 */
final class Notices {

  private static final Pattern TITLE = Pattern.compile(
      "(通告|公告|通知|启事|公示)\\s*([(\\uFF08]\\s*第?\\s*[0-9一二三四五六七八九十〇]+\\s*号\\s*[)\\uFF09])?$");
  private static final Pattern SIGN_OFF =
      Pattern.compile("^特此(通告|公告|通知|启事|公示)[\\u3002.!\\uFF01]?$");
  /** One issuing body, or a signer (失主 张先生): Han characters, no punctuation, no figures. */
  private static final String ISSUER =
      "[\\p{IsHan}()\\uFF08\\uFF09·]{2,30}(?:\\s+[\\p{IsHan}()\\uFF08\\uFF09·]{1,30}){0,3}";
  private static final Pattern ISSUER_LINE = Pattern.compile("^" + ISSUER + "$");
  private static final Pattern DATE_LINE = Pattern.compile("^(?:(" + ISSUER + ")\\s+)?"
      + "(\\d{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*[0-9一二三四五六七八九十]{1,2}\\s*月"
      + "\\s*[0-9一二三四五六七八九十]{1,3}\\s*日$");
  private static final int MAX_ISSUER_LINES = 3;

  /**
   * Where a notice ends.
   *
   * @param signatureStart the first signature line (the sign-off, else the issuer, else the date)
   * @param dateLine the date line, the notice's last line
   * @param issuer the issuing body as signed, lines joined by a space; empty when only dated
   */
  record Close(int signatureStart, int dateLine, String issuer) {}

  private Notices() {}

  /** True when the line is a headline shaped like a notice's (a heading or a long unmarked one). */
  static boolean isTitle(Line line) {
    boolean headline = line.kind() == LineKind.HEADING
        || line.kind() == LineKind.BODY && line.level() == 0
            && LineClassifier.isLongHeading(line.text());
    return headline && isTitle(line.text());
  }

  /** True when a headline names itself a notice (特此通知 is a sign-off, not a headline). */
  static boolean isTitle(String headline) {
    return TITLE.matcher(headline).find() && !SIGN_OFF.matcher(headline).matches();
  }

  /**
   * The close of the notice whose text starts at line {@code start}: its first date line before
   * {@code limit} (the next article's anchor) and the signature above it; null when it has none.
   * A line that is furniture only for sharing a block with a hotline still counts.
   */
  static Close close(List<Line> lines, int start, int limit, FurnitureRules furniture) {
    for (int j = start + 1; j < limit; j++) {
      Line line = lines.get(j);
      Matcher date = DATE_LINE.matcher(line.text());
      if (!isFurniture(line, furniture) && date.matches()) {
        return signature(lines, start, j, date.group(1), furniture);
      }
    }
    return null;
  }

  private static boolean isFurniture(Line line, FurnitureRules furniture) {
    return line.kind() == LineKind.FURNITURE && furniture.isFurniture(line.text());
  }

  /** Walks up from the date line over at most three issuer lines to the sign-off. */
  private static Close signature(List<Line> lines, int start, int dateLine, String issuerOnDate,
      FurnitureRules furniture) {
    List<String> issuer = new ArrayList<>();
    if (issuerOnDate != null) {
      issuer.add(issuerOnDate.strip());
    }
    int first = dateLine;
    int issuerLines = 0;
    for (int k = dateLine - 1; k > start; k--) {
      Line line = lines.get(k);
      if (SIGN_OFF.matcher(line.text()).matches()) {
        first = k;
        break;
      }
      if (issuerLines == MAX_ISSUER_LINES || isFurniture(line, furniture)
          || !ISSUER_LINE.matcher(line.text()).matches()) {
        break;
      }
      issuer.add(0, line.text());
      issuerLines++;
      first = k;
    }
    return new Close(first, dateLine, String.join(" ", issuer));
  }

  /**
   * Marks a closed notice's lines in place: the signature lines become {@link LineKind#SIGNATURE};
   * furniture inside the notice is its own text when it is a contact line (联系人:, 地址:) or was
   * furniture only for sharing a block with one.
   */
  static void mark(List<Line> lines, int start, Close close, FurnitureRules furniture) {
    for (int k = start; k < close.signatureStart(); k++) {
      Line line = lines.get(k);
      if (line.kind() == LineKind.FURNITURE
          && (FurnitureRules.isContact(line.text()) || !isFurniture(line, furniture))) {
        boolean heading = LineClassifier.isHeadingLike(line.text(), line.level());
        lines.set(k, line.withKind(heading ? LineKind.HEADING : LineKind.BODY));
      }
    }
    for (int k = close.signatureStart(); k <= close.dateLine(); k++) {
      lines.set(k, lines.get(k).withKind(LineKind.SIGNATURE));
    }
  }
}
