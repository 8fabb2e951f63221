package newsbot.retrieval.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a page into lines and labels each one. Looks at one line and its block at a time; the
 * decisions that need the whole page (which headings form a stack, which are orphans) are made by
 * {@link PageParser}.
 */
final class LineClassifier {

  static final Pattern CONTINUED_FROM =
      Pattern.compile("^[(\\uFF08]\\s*上接\\s*第?\\s*(\\d{1,2})\\s*版\\s*[)\\uFF09]\\s*");
  static final Pattern CONTINUES_TO =
      Pattern.compile("[(\\uFF08]\\s*下转\\s*第?\\s*(\\d{1,2})\\s*版\\s*[)\\uFF09]\\s*$");
  private static final Pattern ROLE = Pattern.compile(
      "(本报)?(特约|见习|首席)?(记者|通讯员|实习生|摄影|摄像|制图|评论员|本报评论员)");
  private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,5}");
  private static final Pattern HEADING_MARKS = Pattern.compile("^#+");
  /** A heading-like line is at most this long without a '#' mark (with one: twice). */
  static final int MAX_HEADING_LENGTH = 40;
  /** A furniture block (masthead, advert) has at most this many lines. */
  static final int MAX_FURNITURE_BLOCK = 8;
  /** An unmarked line with a comma is a headline only when this short. */
  static final int MAX_PLAIN_HEADING_WITH_COMMA = 24;

  private final FurnitureRules furniture;

  LineClassifier(FurnitureRules furniture) {
    this.furniture = furniture;
  }

  List<Line> classify(String content) {
    List<Line> lines = new ArrayList<>();
    int block = 0;
    boolean blankBefore = false;
    for (String raw : content.split("\\R", -1)) {
      String stripped = raw.strip();
      int level = 0;
      Matcher marks = HEADING_MARKS.matcher(stripped);
      if (marks.find()) {
        level = marks.end();
        stripped = stripped.substring(level);
      }
      String text = Text.collapseSpaces(stripped);
      if (text.isEmpty()) {
        blankBefore = true;
        continue;
      }
      if (blankBefore && !lines.isEmpty()) {
        block++;
      }
      blankBefore = false;
      for (String part : splitGluedByline(text)) {
        lines.add(new Line(lines.size(), part, level, block, kindOf(part, level)));
      }
    }
    return applyBlockRules(lines);
  }

  /**
   * "资本产业深融■记者 胡佳英" is a title line and a byline that the converter ran together; a
   * caption that ends in its photo credit ("…拍照打卡。(通讯员 王芳 摄)") is a caption and a credit.
   */
  private static List<String> splitGluedByline(String text) {
    int mark = text.indexOf('■');
    if (mark > 0) {
      return List.of(text.substring(0, mark).strip(), text.substring(mark));
    }
    int credit = PhotoCredits.tailStart(text);
    if (credit > 0) {
      return List.of(text.substring(0, credit).strip(), text.substring(credit).strip());
    }
    return List.of(text);
  }

  private LineKind kindOf(String text, int level) {
    if (CONTINUED_FROM.matcher(text).find()) {
      return LineKind.CONTINUED_FROM;
    }
    if (CONTINUES_TO.matcher(text).find()) {
      // (下转2版) alone is a marker; after text it ends that paragraph
      return CONTINUES_TO.matcher(text).replaceAll("").isBlank() ? LineKind.CONTINUES_TO : LineKind.BODY;
    }
    if (isByline(text) || PhotoCredits.isCredit(text)) {
      return LineKind.BYLINE;
    }
    if (furniture.isFurniture(text)) {
      return LineKind.FURNITURE;
    }
    return isHeadingLike(text, level) ? LineKind.HEADING : LineKind.BODY;
  }

  static boolean isByline(String text) {
    if (text.startsWith("■")) {
      return text.length() > 1;
    }
    if (Text.length(text) > MAX_HEADING_LENGTH) {
      return false;
    }
    Matcher role = ROLE.matcher(text);
    if (!role.lookingAt()) {
      return false;
    }
    String rest = text.substring(role.end());
    if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0)) && rest.charAt(0) != ':'
        && rest.charAt(0) != '\uFF1A') {
      return text.equals("本报评论员"); // "记者了解到…" is a sentence, not a byline
    }
    // the rest must be nothing but roles and personal names
    for (String token : text.substring(role.end()).strip().split("[\\s:\\uFF1A、]+")) {
      if (!token.isEmpty() && !ROLE.matcher(token).matches() && !NAME.matcher(token).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * A headline too long for {@link #isHeadingLike} without '#' marks (引题 and 主题 printed on one
   * line): at most twice the length, not a sentence, at most two commas. Only trusted directly
   * above an article's byline.
   */
  static boolean isLongHeading(String text) {
    long commas = text.chars().filter(c -> c == ',' || c == '，').count();
    return Text.length(text) <= 2 * MAX_HEADING_LENGTH && !Text.containsFullStop(text)
        && !Text.endsSentence(text) && !endsWithPause(text) && quotesBalanced(text) && commas <= 2;
  }

  /** A headline, subhead or label: short, and not a sentence. */
  static boolean isHeadingLike(String text, int level) {
    int max = level > 0 || text.startsWith("——") ? 2 * MAX_HEADING_LENGTH : MAX_HEADING_LENGTH;
    if (Text.length(text) > max || Text.containsFullStop(text) || endsWithPause(text)
        || !quotesBalanced(text)) {
      return false;
    }
    if (level == 0 && Text.length(text) > MAX_PLAIN_HEADING_WITH_COMMA
        && (text.indexOf(',') >= 0 || text.indexOf('，') >= 0)) {
      return false; // a long unmarked line with commas is a sentence cut by a column break
    }
    if (Text.endsSentence(text)) {
      // a short question or exclamation can be a headline; a full stop or semicolon cannot
      char last = lastMeaningful(text);
      return (last == '?' || last == '\uFF1F' || last == '!' || last == '\uFF01') && Text.length(text) <= 24;
    }
    return true;
  }

  /** A headline closes the quotes it opens; a line cut mid-sentence often does not. */
  private static boolean quotesBalanced(String text) {
    int open = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '“' || ch == '‘' || ch == '「') {
        open++;
      } else if (ch == '”' || ch == '’' || ch == '」') {
        open--;
      }
    }
    return open == 0;
  }

  /** A headline never ends on a comma or an enumeration mark; a broken sentence does. */
  private static boolean endsWithPause(String text) {
    char last = text.charAt(text.length() - 1);
    return last == ',' || last == '，' || last == '、';
  }

  private static char lastMeaningful(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if ("”’」』)）】》\"' ".indexOf(c) < 0) {
        return c;
      }
    }
    return ' ';
  }

  /**
   * A small block (lines with no blank line between them) of short lines that holds any furniture
   * is furniture as a whole: a masthead, an advert or a banner with its credits. Bylines inside it
   * are kept. A block with body-length lines, or a long one (a converter that writes no blank
   * lines at all puts the whole page in one block), is left to the line rules. So are a notice's
   * headline block and the block of the line under the headline: a notice's text can be short
   * lines with a contact line among them, and is still no advert.
   */
  private static List<Line> applyBlockRules(List<Line> lines) {
    Map<Integer, int[]> stats = new HashMap<>(); // block → {lines, furniture, long non-furniture}
    for (Line line : lines) {
      int[] st = stats.computeIfAbsent(line.block(), b -> new int[3]);
      st[0]++;
      if (line.kind() == LineKind.FURNITURE) {
        st[1]++;
      } else if (line.kind() == LineKind.BODY && Text.length(line.text()) > MAX_HEADING_LENGTH) {
        st[2]++;
      }
    }
    Set<Integer> noticeBlocks = new HashSet<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (Notices.isTitle(lines.get(i))) {
        noticeBlocks.add(lines.get(i).block());
        noticeBlocks.add(lines.get(i + 1).block());
      }
    }
    Set<Integer> furnitureBlocks = new HashSet<>();
    stats.forEach((block, st) -> {
      if (st[0] >= 2 && st[0] <= MAX_FURNITURE_BLOCK && st[1] > 0 && st[2] == 0
          && !noticeBlocks.contains(block)) {
        furnitureBlocks.add(block);
      }
    });
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      boolean demote = furnitureBlocks.contains(line.block())
          && (line.kind() == LineKind.HEADING || line.kind() == LineKind.BODY);
      out.add(demote ? line.withKind(LineKind.FURNITURE) : line);
    }
    return out;
  }
}
