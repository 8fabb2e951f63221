package newsbot.retrieval.answer;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a question pins down that an answering article must print: the numbers it names (a year,
 * 2025年度, a bus line), the year it means by 今年/去年/明年, and, for a question after a price or a
 * time of day, an amount of money or a clock time. An article about the 2025 festival does not
 * answer a question about the 2024 one however many words they share. Stateless.
 */
final class Anchors {

  private static final Pattern YEAR = Pattern.compile("\\d{4}(年度|年)?");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  /** Relative years and their offset from the year of the article's issue. */
  private static final Map<String, Integer> RELATIVE_YEARS =
      Map.of("今年", 0, "去年", -1, "明年", 1, "前年", -2, "后年", 2);
  private static final Pattern ASKS_PRICE = Pattern.compile("多少钱|几块钱|要钱|收费|价格|票价");
  private static final Pattern MONEY = Pattern.compile("\\d+(\\.\\d+)?\\s*(万|亿)?元|免费|不收费|不要钱");
  private static final Pattern ASKS_CLOCK = Pattern.compile("几点");
  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:\uFF1A]\\d{2}|\\d{1,2}(点|时)");
  /** A clause that asks rather than tells: from the last clause end up to a question mark. */
  private static final Pattern QUESTION_CLAUSE = Pattern.compile("[^。!?;\\uFF01\\uFF1F\\uFF1B“”\\n]*[?\\uFF1F]");

  private Anchors() {}

  /** The question asks for a price or a clock time, which {@link #missing} checks the article for. */
  static boolean typed(String question) {
    return ASKS_PRICE.matcher(question).find() || ASKS_CLOCK.matcher(question).find();
  }

  /**
   * The article's text without the questions it prints (“如果想在平湖落户要具备哪些条件?”): a
   * question the paper asks is not an answer to it.
   */
  static String statements(String text) {
    return QUESTION_CLAUSE.matcher(text).replaceAll(" ");
  }

  /**
   * What the question pins that the article does not print ("2024年", "去年", "price", "clock"),
   * or null when it prints everything pinned.
   *
   * @param article the article's statements (see {@link #statements})
   * @param date the article's issue date, null when unknown
   */
  static String missing(String question, String article, LocalDate date) {
    String q = Normalizer.normalize(question, Normalizer.Form.NFKC);
    String text = Normalizer.normalize(article, Normalizer.Form.NFKC);
    Matcher year = YEAR.matcher(q);
    while (year.find()) {
      if (!text.contains(year.group())) {
        return year.group();
      }
    }
    Matcher number = NUMBER.matcher(q);
    while (number.find()) {
      if (!text.contains(number.group())) {
        return number.group();
      }
    }
    for (Map.Entry<String, Integer> e : RELATIVE_YEARS.entrySet()) {
      if (q.contains(e.getKey()) && !text.contains(e.getKey())
          && (date == null || !text.contains(String.valueOf(date.getYear() + e.getValue())))) {
        return e.getKey();
      }
    }
    if (ASKS_PRICE.matcher(q).find() && !MONEY.matcher(text).find()) {
      return "price";
    }
    if (ASKS_CLOCK.matcher(q).find() && !CLOCK.matcher(text).find()) {
      return "clock";
    }
    return null;
  }
}
