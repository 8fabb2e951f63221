package newsbot.retrieval.eval;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.Answerer;
import newsbot.retrieval.answer.Citation;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.Corpus;

/**
 * Answer quality on a QA file: the share of answerable questions whose reply holds every
 * {@code answer_has} string, whose first citation is a gold article, the share of quoted lines
 * that are verbatim spans of their cited article, and the share of unanswerable questions that get
 * {@code found: false}.
 */
public final class AnswerEval {

  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]$");

  /** The measured shares; NaN where a file has no question of that kind. */
  public record Result(int answerable, int unanswerable, double answerHas,
      double firstCitationGold, double verbatimQuotes, double citationsWithLink,
      double unanswerableNotFound) {}

  private AnswerEval() {}

  public static Result run(Answerer answerer, Corpus corpus, List<QaItem> items)
      throws IOException {
    int answerable = 0;
    int has = 0;
    int gold = 0;
    int none = 0;
    int noneOk = 0;
    int quotes = 0;
    int verbatim = 0;
    int citations = 0;
    int linked = 0;
    for (QaItem q : items) {
      Answer a = answerer.answer(q.question());
      if (!q.answerable()) {
        none++;
        noneOk += a.found() ? 0 : 1;
        continue;
      }
      answerable++;
      if (q.answerHas().stream().allMatch(a.answer()::contains)) {
        has++;
      }
      if (!a.citations().isEmpty() && RetrievalEval.matches(a.citations().get(0), q.gold())) {
        gold++;
      }
      for (Citation c : a.citations()) {
        citations++;
        linked += c.url() != null && c.viewerUrl() != null ? 1 : 0;
      }
      if (!a.found() || !"extractive".equals(a.method())) {
        continue;
      }
      for (String line : a.answer().split("\n")) {
        Matcher m = MARKER.matcher(line);
        quotes++;
        if (m.find()) {
          int n = Integer.parseInt(m.group(1));
          if (n >= 1 && n <= a.citations().size()) {
            Article article = corpus.article(a.citations().get(n - 1).articleId()).orElse(null);
            String quote = line.substring(0, m.start());
            if (article != null && article.paragraphs().stream().anyMatch(p -> p.contains(quote))) {
              verbatim++;
            }
          }
        }
      }
    }
    return new Result(answerable, none, share(has, answerable), share(gold, answerable),
        share(verbatim, quotes), share(linked, citations), share(noneOk, none));
  }

  private static double share(int a, int n) {
    return n == 0 ? Double.NaN : Math.round(10000.0 * a / n) / 10000.0;
  }
}
