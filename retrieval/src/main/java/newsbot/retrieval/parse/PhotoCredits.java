package newsbot.retrieval.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Photo credits, the line that closes a photo news item: ■摄影 王强, ■图 王强, and the forms
 * printed without the ■ mark: 记者 张伟 摄, 通讯员 王芳 摄, 张伟 摄, 李强/摄, (记者 张伟 摄). A
 * credit is roles and personal names before a final 摄 (or after a leading 摄影/图), nothing
 * else; it may stand on its own line or close the caption's line, after the caption's last
 * sentence or in brackets. Stateless and thread-safe.
 */
final class PhotoCredits {

  /** A credit in a ■ byline: ■摄影 王强, ■图 王强, ■记者 王强 摄. */
  private static final Pattern MARKED_CREDIT =
      Pattern.compile("^(摄影|摄像|图)[\\s/:\\uFF1A]|\\s摄(影)?$");
  private static final Pattern ROLE =
      Pattern.compile("(本报)?(特约|见习|首席)?(记者|通讯员|实习生|摄影记者|摄影)");
  private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,5}");
  /** 摄 after the names, set off by a space or a slash (glued to a name only in brackets). */
  private static final Pattern TRAILING_SHOT = Pattern.compile("(\\s+|\\s*/\\s*)摄(影)?$");
  private static final Pattern GLUED_SHOT = Pattern.compile("摄(影)?$");
  /** 摄影/图 before the names, set off by a slash or a colon: 图/王强, 摄影:王强. */
  private static final Pattern LEADING_SHOT = Pattern.compile("^(摄影|摄|图)\\s*[/:\\uFF1A]\\s*");
  private static final Pattern BRACKETED = Pattern.compile("^[(\\uFF08]([^()\\uFF08\\uFF09]+)[)\\uFF09]$");
  /** A credit in brackets closing a caption line: …拍照打卡。(通讯员 王芳 摄). */
  private static final Pattern BRACKETED_TAIL = Pattern.compile("[(\\uFF08][^()\\uFF08\\uFF09]+[)\\uFF09]$");
  private static final String SENTENCE_END = "。!?\uFF01\uFF1F";
  private static final String CLOSERS = "”’」』";
  private static final int MAX_NAMES = 4;

  private PhotoCredits() {}

  /** True when a ■ byline's text (mark removed) credits a photograph. */
  static boolean isMarkedCredit(String bylineText) {
    return MARKED_CREDIT.matcher(bylineText).find() || isCredit(bylineText);
  }

  /** True when the whole line is a photo credit printed without the ■ mark. */
  static boolean isCredit(String line) {
    Matcher bracketed = BRACKETED.matcher(line.strip());
    boolean inBrackets = bracketed.matches();
    String s = Text.collapseSpaces(inBrackets ? bracketed.group(1) : line);
    Matcher leading = LEADING_SHOT.matcher(s);
    String names;
    if (leading.find()) {
      names = s.substring(leading.end());
    } else {
      Matcher trailing = (inBrackets ? GLUED_SHOT : TRAILING_SHOT).matcher(s);
      if (!trailing.find()) {
        return false;
      }
      names = s.substring(0, trailing.start());
    }
    return rolesAndNames(names);
  }

  /** Roles and one to four personal names, separated by spaces or 、; at least one name. */
  private static boolean rolesAndNames(String text) {
    int names = 0;
    for (String token : text.strip().split("[\\s、]+")) {
      Matcher role = ROLE.matcher(token);
      if (role.matches()) {
        continue;
      }
      if (!NAME.matcher(token).matches()) {
        return false;
      }
      names++;
    }
    return names >= 1 && names <= MAX_NAMES;
  }

  /**
   * Where a credit printed at the end of a caption's line starts (after the caption's last
   * sentence, or in brackets), or -1 when the line does not end in one.
   */
  static int tailStart(String line) {
    Matcher bracketed = BRACKETED_TAIL.matcher(line);
    if (bracketed.find() && bracketed.start() > 0 && isCredit(bracketed.group())) {
      return bracketed.start();
    }
    int start = lastSentenceEnd(line) + 1;
    while (start > 0 && start < line.length() && CLOSERS.indexOf(line.charAt(start)) >= 0) {
      start++; // …说。”记者 张伟 摄
    }
    if (start > 0 && start < line.length() && isCredit(line.substring(start).strip())) {
      return start;
    }
    return -1;
  }

  private static int lastSentenceEnd(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      if (SENTENCE_END.indexOf(line.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The credit as printed, without the ■ mark and the brackets around it. */
  static String text(String credit) {
    String s = credit.strip();
    if (s.startsWith("■")) {
      s = s.substring(1);
    }
    Matcher bracketed = BRACKETED.matcher(s.strip());
    return Text.collapseSpaces(bracketed.matches() ? bracketed.group(1) : s);
  }
}
