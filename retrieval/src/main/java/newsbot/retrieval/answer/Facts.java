package newsbot.retrieval.answer;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a sentence states, as a reader would look them up: dates and times, figures with
 * their units (27起, 4.2万个, 0.25元, 45%), phone numbers, the titles of laws and works (《…》),
 * and people named with their office (副市长潘加林). A report's boilerplate (与会嘉宾围绕…进行了分享交流)
 * states none. Thread-safe.
 */
final class Facts {

  /** One token each, longest first: a full date, a clock time, a phone number, a figure. */
  private static final Pattern FIGURE = Pattern.compile(
      "(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日"
          + "|\\d{1,2}[:\uFF1A]\\d{2}"
          + "|\\d{5,}"
          + "|\\d{4}年"
          + "|\\d+(?:\\.\\d+)?\\s*(?:余|多)?\\s*(?:%|‰|[\\p{IsHan}&&[^的和与及或至到、]]{1,2})");
  private static final Pattern BOOK_TITLE = Pattern.compile("《[^》]{2,30}》");
  /** An office and the two or three characters of the name after it. */
  private static final Pattern OFFICIAL = Pattern.compile(
      "(?:市长|书记|局长|主任|校长|院长|队长|馆长|镇长|县长|区长|厅长|部长|主席|董事长|总经理|所长|站长)"
          + "([\\p{IsHan}&&[^在到出表说调会等一率指带强要对向和与及参主的是]]{2,3})");
  /** How many facts make a sentence fully informative; more add nothing to its value. */
  static final int SATURATION = 3;

  private Facts() {}

  /** The facts the sentence states, each once, in order. */
  static Set<String> of(String sentence) {
    Set<String> out = new LinkedHashSet<>();
    for (Pattern p : new Pattern[] {FIGURE, BOOK_TITLE, OFFICIAL}) {
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        out.add(m.group().replaceAll("\\s+", ""));
      }
    }
    return out;
  }

  /** The sentence's informativeness in [0, 1]: its facts, up to {@value #SATURATION}. */
  static double density(String sentence) {
    return density(of(sentence));
  }

  /** The informativeness of a sentence stating these facts ({@link #of}). */
  static double density(Set<String> facts) {
    return Math.min(facts.size(), SATURATION) / (double) SATURATION;
  }
}
