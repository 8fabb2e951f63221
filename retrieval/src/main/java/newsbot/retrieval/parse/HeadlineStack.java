package newsbot.retrieval.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which line of a headline stack is the main title; the lines above it are the kicker
 * (引题), the lines below it the subtitle (副题).
 *
 * <p>A line shaped like a notice's headline (关于…的通告, …启事) is the title, together with the
 * line above it when the headline was broken after its 关于 (关于调整… / …措施的通告). Otherwise the rule,
 * in order, over the lines that remain eligible:
 * <ol>
 *   <li>a line that opens with a dash (——访…, ——一论…) is a subtitle, never the title;
 *   <li>a line ending in a reporting verb (…会议上强调) is a kicker, never the title;
 *   <li>where the converter marked type sizes ('#', '##', …) on every line, only the most prominent
 *       lines stay eligible;
 *   <li>an information line is a kicker or a subtitle, unless every eligible line is one: a comma
 *       line, a figure with a unit (30亿元, 20余家), a date clause (11月20日起实施, 自12月1日起施行,
 *       明起) or who attended (副市长姚丽萍出席开幕式);
 *   <li>of what is left: in a three-line stack the middle line, else the last; in a two-line stack
 *       the first.
 * </ol>
 * The plain text cannot show type size in general, so this rule will sometimes call a kicker what
 * an editor would call the title; the stack as a whole is always kept.
 */
final class HeadlineStack {

  /** A line ending in a reporting verb (…会议上强调) is a kicker: it opens a stack. */
  static final Pattern KICKER_VERB =
      Pattern.compile("(强调|指出|表示|要求|提出|寄语|致辞|讲话|时说|上说)$");

  /** A date, a date with its 起/前, then at most a short verb: 11月20日起实施, 自12月1日起施行. */
  private static final Pattern DATE_CLAUSE = Pattern.compile("^(自|从|于)?(("
      + "(\\d{4}年)?\\d{1,2}月\\d{1,2}日(起|前|后|开始)?(至((\\d{4}年)?\\d{1,2}月)?\\d{1,2}日)?"
      + "|(\\d{4}年)?\\d{1,2}月(起|底|初|上旬|中旬|下旬)(前)?"
      + "|(明|今|即|当)(天|日)?(起|开始))[\\p{IsHan}]{0,4})$");
  /** Who attended: 副市长姚丽萍出席开幕式, 市领导出席. */
  private static final Pattern ATTENDANCE = Pattern.compile("出席[\\p{IsHan}]{0,5}$");

  /** The split stack. */
  record Parts(String kicker, String title, String subtitle) {}

  private HeadlineStack() {}

  static Parts split(List<String> lines, List<Integer> levels) {
    if (lines.isEmpty()) {
      return new Parts("", "", "");
    }
    int n = lines.size();
    for (int i = n - 1; i >= 0; i--) {
      if (Notices.isTitle(lines.get(i))) {
        return noticeParts(lines, i);
      }
    }
    List<Integer> eligible = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      if (!line.startsWith("——") && !(KICKER_VERB.matcher(line).find() && n > 1)) {
        eligible.add(i);
      }
    }
    if (eligible.isEmpty()) {
      eligible.add(0);
    }
    if (levels.stream().allMatch(l -> l > 0)) {
      int best = eligible.stream().mapToInt(levels::get).min().orElseThrow();
      eligible.removeIf(i -> levels.get(i) != best);
    }
    List<Integer> plain = eligible.stream().filter(i -> !isInformation(lines.get(i))).toList();
    if (!plain.isEmpty()) {
      eligible = new ArrayList<>(plain);
    }
    int title;
    if (n == 3 && eligible.contains(1)) {
      title = 1;
    } else if (n == 3) {
      title = eligible.get(eligible.size() - 1);
    } else {
      title = eligible.get(0);
    }
    return parts(lines, title);
  }

  /** An information line: a comma, a figure with a unit, a date clause, who attended. */
  static boolean isInformation(String line) {
    String compact = Text.compact(line);
    return Text.isDataLine(line) || DATE_CLAUSE.matcher(compact).matches()
        || ATTENDANCE.matcher(compact).find();
  }

  /** A notice's headline is the title; broken after its 关于, both halves are. */
  private static Parts noticeParts(List<String> lines, int title) {
    String line = lines.get(title);
    String above = title > 0 ? lines.get(title - 1) : "";
    if (above.startsWith("关于") && !Notices.isTitle(above) && !line.contains("关于")) {
      return new Parts(String.join(" ", lines.subList(0, title - 1)),
          lines.get(title - 1) + line,
          String.join(" ", lines.subList(title + 1, lines.size())));
    }
    if (line.startsWith("关于")) {
      // two short halves of one block arrive joined by a space: it is one phrase
      line = Text.compact(line);
      return new Parts(String.join(" ", lines.subList(0, title)), line,
          String.join(" ", lines.subList(title + 1, lines.size())));
    }
    return parts(lines, title);
  }

  private static Parts parts(List<String> lines, int title) {
    return new Parts(
        String.join(" ", lines.subList(0, title)),
        lines.get(title),
        String.join(" ", lines.subList(title + 1, lines.size())));
  }
}
