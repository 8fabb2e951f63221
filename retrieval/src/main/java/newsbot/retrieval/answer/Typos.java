package newsbot.retrieval.answer;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.pinyin4j.PinyinHelper;
import newsbot.retrieval.analysis.Words;
import newsbot.retrieval.query.MessageText;

/**
 * Pinyin-input typos in a question: 图书管几点关门 for 图书馆, 跨竟电商 for 跨境电商. A phone's input
 * method offers every character of a syllable, and the wrong one is easily taken. A character is
 * replaced when no pair it forms with its neighbours is printed in any article of the paper, and
 * one of the best-ranked articles prints the same three characters with that one exchanged for a
 * character read the same (tones aside: 管 and 馆 are both guan); when no three match, one
 * character is read within a pair ({@link #fixedInPair}: 报明 → 报名). Words the paper never
 * prints but that are no typo (公务员考试) stay as they are: no article prints a homophone
 * variant of them. Particles
 * and pronouns (的, 有, 那) are never replaced. Stateless and thread-safe.
 */
final class Typos {

  /** Characters never taken for a typo: particles, pronouns, question words. */
  private static final String KEPT = "的了是在有和与及或也都就还很太吗呢啊吧么嘛我你他她它这那哪谁几啥什怎多少个";
  private static final int WINDOW = 3;
  /** The window of the reading within a pair ({@link #fixedInPair}). */
  private static final int PAIR = 2;
  /** The tone digit of a pinyin4j reading (guan3). */
  private static final Pattern TONE = Pattern.compile("\\d");

  private Typos() {}

  /**
   * The question with its typos replaced; the question itself when it has none.
   *
   * @param texts the texts of the best-ranked articles ({@code StoredPassage#articleText}), where
   *     the right spelling is looked for
   */
  static String fix(String question, List<String> texts, TermStats ts) {
    char[] q = question.toCharArray();
    Set<String> pairs = new LinkedHashSet<>();
    for (int i = 0; i + 1 < q.length; i++) {
      if (MessageText.isHan(q[i]) && MessageText.isHan(q[i + 1])) {
        pairs.add(new String(q, i, 2));
      }
    }
    if (pairs.isEmpty() || texts.isEmpty()) {
      return question;
    }
    ts.fetch(pairs, List.of());
    char[] fixed = q.clone();
    boolean any = false;
    for (int p = 0; p < q.length; p++) {
      if (typoCandidate(q, p, ts)) {
        char right = printedHomophone(q, p, WINDOW, texts).right();
        fixed[p] = right != 0 ? right : q[p];
        any |= right != 0;
      }
    }
    return any ? new String(fixed) : fixedInPair(q, texts, ts);
  }

  private static boolean typoCandidate(char[] q, int p, TermStats ts) {
    return MessageText.isHan(q[p]) && KEPT.indexOf(q[p]) < 0 && unprinted(q, p, ts);
  }

  /**
   * The question with one character replaced where no three characters around any typo are
   * printed (报明最晚: no text prints 报名最). Only a character the dictionary leaves alone (明 of
   * 报明; not 址 of the word 地址, which the paper may just never print) is replaced, and only by a
   * homophone making a dictionary word with a neighbour (报名, not 瓜等 of 西瓜灯节): the one the
   * texts print most often.
   */
  private static String fixedInPair(char[] q, List<String> texts, TermStats ts) {
    Homophone best = new Homophone(-1, (char) 0, 0);
    for (Words.Word w : Words.of(new String(q))) {
      int p = w.start();
      if (w.text().length() == 1 && typoCandidate(q, p, ts)) {
        Homophone h = printedHomophone(q, p, PAIR, texts);
        best = h.times() > best.times() && makesWord(q, p, h.right()) ? h : best;
      }
    }
    if (best.right() == 0) {
      return new String(q);
    }
    char[] fixed = q.clone();
    fixed[best.at()] = best.right();
    return new String(fixed);
  }

  /** The character put at {@code p} makes one dictionary word with a Han neighbour. */
  private static boolean makesWord(char[] q, int p, char right) {
    for (int start : new int[] {p - 1, p}) {
      if (start >= 0 && start + 2 <= q.length && allHan(q, start, start + 2)) {
        char[] pair = {q[start], q[start + 1]};
        pair[p - start] = right;
        if (Words.of(new String(pair)).size() == 1) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Every pair the character forms with a Han neighbour is printed nowhere (书管 and 管几 of
   * 图书管几点): a character printed beside one of its neighbours (政府 of 电梯政府补贴) is spelled
   * as the paper spells it, whatever the pair on its other side.
   */
  private static boolean unprinted(char[] q, int p, TermStats ts) {
    boolean left = p > 0 && MessageText.isHan(q[p - 1]);
    boolean right = p + 1 < q.length && MessageText.isHan(q[p + 1]);
    return (left || right)
        && (!left || ts.share(new String(q, p - 1, 2)) == 0)
        && (!right || ts.share(new String(q, p, 2)) == 0);
  }

  /** The character at {@code at} read as {@code right}, printed so {@code times} in the texts. */
  private record Homophone(int at, char right, int times) {}

  /**
   * A character read like {@code q[p]} that the texts print in its place, within {@code window}
   * Han characters of the question around it: the one printed so most often; right is 0 when
   * none is.
   */
  private static Homophone printedHomophone(char[] q, int p, int window, List<String> texts) {
    Map<Character, Integer> seen = new HashMap<>();
    Set<String> mine = readings(q[p]);
    for (int start = Math.max(0, p - window + 1); start <= p; start++) {
      int end = start + window;
      if (end > q.length || !allHan(q, start, end)) {
        continue;
      }
      Pattern variant = Pattern.compile(Pattern.quote(new String(q, start, p - start))
          + "(\\p{IsHan})" + Pattern.quote(new String(q, p + 1, end - p - 1)));
      for (String text : texts) {
        Matcher m = variant.matcher(text);
        while (m.find()) {
          char d = m.group(1).charAt(0);
          if (d != q[p] && !Collections.disjoint(mine, readings(d))) {
            seen.merge(d, 1, Integer::sum);
          }
        }
      }
    }
    return seen.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(e -> new Homophone(p, e.getKey(), e.getValue()))
        .orElse(new Homophone(p, (char) 0, 0));
  }

  /** The two characters share a reading, tones aside (管 guan3, 馆 guan3; 竟 jing4, 境 jing4). */
  static boolean sameSound(char a, char b) {
    Set<String> ra = readings(a);
    ra.retainAll(readings(b));
    return !ra.isEmpty();
  }

  private static Set<String> readings(char c) {
    String[] all = PinyinHelper.toHanyuPinyinStringArray(c);
    Set<String> out = new HashSet<>();
    if (all != null) {
      for (String r : all) {
        out.add(TONE.matcher(r).replaceAll(""));
      }
    }
    return out;
  }

  private static boolean allHan(char[] q, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!MessageText.isHan(q[i])) {
        return false;
      }
    }
    return true;
  }

}
