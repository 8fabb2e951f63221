package newsbot.retrieval.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.answer.SentencePicker.Scored;
import newsbot.retrieval.model.Page;
import newsbot.retrieval.parse.Corpus;

/**
 * A question that names a year (2024年当湖之夜有几场演出) is about that year: an article that
 * never mentions it and was not printed in it answers another year's question, so it does not
 * answer this one. Stateless.
 */
final class Years {

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s*年");

  private Years() {}

  /** True unless the question names a year that none of the chosen articles speaks of. */
  static boolean agree(String question, java.util.List<Scored> chosen, Corpus corpus) {
    Matcher m = YEAR.matcher(question);
    while (m.find()) {
      String year = m.group(1);
      boolean spoken = chosen.stream().anyMatch(s -> s.article().text().contains(year)
          || s.article().titleStack().contains(year)
          || corpus.pageOf(s.article()).map(Page::date)
              .map(d -> String.valueOf(d.getYear()).equals(year)).orElse(false));
      if (!spoken) {
        return false;
      }
    }
    return true;
  }
}
