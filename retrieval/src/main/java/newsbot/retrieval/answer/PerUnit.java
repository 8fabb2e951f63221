package newsbot.retrieval.answer;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity asked per unit (多少钱一平, 每月交多少, 一个小时多少钱, 每户掏多少): an answering
 * article prints the unit, beside the amount when a price is asked; a price per year does not
 * answer a price per month. One of the gate's anchors ({@link Anchors}). Stateless.
 */
final class PerUnit {

  private static final Pattern PER_UNIT = Pattern.compile(
      "(?:每|一)个?(斤|平方米|平米|平方|平(?![台安衡均等])|度|小时|天)|(?:每个?|一个)(月)|(?:每|一)(户)");
  private static final Pattern ASKS_QUANTITY = Pattern.compile("多少|几|钱|价");
  /** How far from an amount of money its unit may be printed (每斤售价40元). */
  private static final int UNIT_REACH = 8;
  /** How the paper prints each unit. */
  private static final Map<String, Pattern> UNIT_PRINTED = Map.of(
      "斤", Pattern.compile("斤"),
      "平", Pattern.compile("平方米|平米|平方|\u33A1|m2"),
      "度", Pattern.compile("千瓦时|度电|每度|/度|kWh"),
      "小时", Pattern.compile("小时"),
      "月", Pattern.compile("每月|每个月|一个月|/月|月均|按月|月薪"),
      "天", Pattern.compile("每天|每日|一天|/天|日均"),
      "户", Pattern.compile("每户|户均|/户|一户|每个家庭|每家"));

  private PerUnit() {}

  /** The text prints an amount of money with the unit beside it (每小时0.25元, 40元/斤). */
  private static boolean pricedPer(String text, Pattern unit) {
    Matcher money = AskedValues.MONEY.matcher(text);
    while (money.find()) {
      int from = Math.max(0, money.start() - UNIT_REACH);
      int to = Math.min(text.length(), money.end() + UNIT_REACH);
      String before = text.substring(from, money.start());
      String after = text.substring(money.end(), to);
      // within the amount's sentence
      before = before.substring(Math.max(before.lastIndexOf('。'), before.lastIndexOf(';')) + 1);
      int end = after.indexOf('。');
      after = end < 0 ? after : after.substring(0, end);
      if (unit.matcher(before + money.group() + after).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The unit a question asks a quantity per (平 of 多少钱一平, 月 of 每月交多少) when none of the
   * texts prints it, or null. Checked on the top articles together: the search may rank the
   * article with the price per hour second.
   *
   * @param texts the statements of the articles that may answer, read only when the question
   *     asks a quantity per unit (most do not, and reading them analyses the top articles)
   */
  static String missing(String question, Supplier<List<String>> texts) {
    String q = Normalizer.normalize(question, Normalizer.Form.NFKC);
    Matcher unit = PER_UNIT.matcher(q);
    if (!ASKS_QUANTITY.matcher(q).find() || !unit.find()) {
      return null;
    }
    boolean price = AskedValues.ASKS_PRICE.matcher(q).find();
    List<String> printedTexts = texts.get().stream()
        .map(t -> Normalizer.normalize(t, Normalizer.Form.NFKC)).toList();
    do {
      String u = unit.group(1) != null ? (unit.group(1).startsWith("平") ? "平" : unit.group(1))
          : unit.group(2) != null ? unit.group(2) : unit.group(3);
      Pattern printed = UNIT_PRINTED.get(u);
      if (printedTexts.stream()
          .noneMatch(t -> price ? pricedPer(t, printed) : printed.matcher(t).find())) {
        return "per " + u;
      }
    } while (unit.find());
    return null;
  }
}
