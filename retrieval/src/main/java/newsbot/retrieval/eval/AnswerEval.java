package newsbot.retrieval.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.Answerer;
import newsbot.retrieval.answer.Citation;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.Corpus;

/**
 * Answer quality on a QA file: the share of answerable questions whose reply holds every
 * {@code answer_has} string, whose first citation is a gold article, the share of quotes (each
 * answer line before its {@code [n]}, and each citation's quote) that are verbatim spans of their
 * cited article, the share of citations with a link and a viewer link to their article, and the
 * share of unanswerable questions that get {@code found: false}. Each failed check is listed.
 */
public final class AnswerEval {

  private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]$");

  /**
   * The measured shares, NaN where a file has no question of that kind.
   *
   * @param quotes how many quotes were checked for being verbatim
   * @param misses every failed check, in question order
   */
  public record Result(int answerable, int unanswerable, double answerHas,
      double firstCitationGold, double verbatimQuotes, double citationsWithLink,
      double unanswerableNotFound, int quotes, List<Miss> misses) {

    public Result {
      misses = List.copyOf(misses);
    }

    /** How many checks of one kind failed. */
    public long missed(String check) {
      return misses.stream().filter(m -> m.check().equals(check)).count();
    }
  }

  /**
   * One failed check.
   *
   * @param check answer_has, first_citation_gold, verbatim_quote, citation_link or not_found
   */
  public record Miss(String questionId, String check, String detail) {}

  private AnswerEval() {}

  public static Result run(Answerer answerer, Corpus corpus, List<QaItem> items)
      throws IOException {
    Tally t = new Tally(corpus);
    for (QaItem q : items) {
      Answer a = answerer.answer(q.question());
      if (q.answerable()) {
        t.answerable(q, a);
      } else {
        t.unanswerable++;
        if (a.found()) {
          t.misses.add(new Miss(q.id(), "not_found", a.answer()));
        }
      }
    }
    return new Result(t.answerable, t.unanswerable,
        share(t.answerable - t.missed("answer_has"), t.answerable),
        share(t.answerable - t.missed("first_citation_gold"), t.answerable),
        share(t.quotes - t.missed("verbatim_quote"), t.quotes),
        share(t.citations - t.missed("citation_link"), t.citations),
        share(t.unanswerable - t.missed("not_found"), t.unanswerable), t.quotes, t.misses);
  }

  private static double share(long a, int n) {
    return n == 0 ? Double.NaN : Math.round(10000.0 * a / n) / 10000.0;
  }

  /** The counts of one run. */
  private static final class Tally {
    final Corpus corpus;
    final List<Miss> misses = new ArrayList<>();
    int answerable;
    int unanswerable;
    int quotes;
    int citations;

    Tally(Corpus corpus) {
      this.corpus = corpus;
    }

    int missed(String check) {
      return (int) misses.stream().filter(m -> m.check().equals(check)).count();
    }

    void answerable(QaItem q, Answer a) {
      answerable++;
      if (!q.answerHas().stream().allMatch(a.answer()::contains)) {
        misses.add(new Miss(q.id(), "answer_has", q.answerHas() + " not in " + a.answer()));
      }
      if (a.citations().isEmpty() || !RetrievalEval.matches(a.citations().get(0), q.gold())) {
        misses.add(new Miss(q.id(), "first_citation_gold", a.citations().isEmpty()
            ? "no citation" : a.citations().get(0).title()));
      }
      for (Citation c : a.citations()) {
        citations++;
        if (c.url() == null || c.viewerUrl() == null
            || !c.viewerUrl().endsWith("/articles/" + c.articleId())) {
          misses.add(new Miss(q.id(), "citation_link", c.url() + " " + c.viewerUrl()));
        }
      }
      if (a.found() && "extractive".equals(a.method())) {
        verbatim(q, a);
      }
    }

    private void verbatim(QaItem q, Answer a) {
      for (String line : a.answer().split("\n")) {
        quotes++;
        Matcher m = MARKER.matcher(line);
        int n = m.find() ? Integer.parseInt(m.group(1)) : 0;
        Optional<Article> cited = n >= 1 && n <= a.citations().size()
            && a.citations().get(n - 1).n() == n
            ? corpus.article(a.citations().get(n - 1).articleId()) : Optional.empty();
        String quote = n == 0 ? line : line.substring(0, m.start());
        if (cited.isEmpty()
            || cited.get().paragraphs().stream().noneMatch(p -> p.contains(quote))) {
          misses.add(new Miss(q.id(), "verbatim_quote", line));
        }
      }
      for (Citation c : a.citations()) {
        quotes++;
        Optional<Article> cited = corpus.article(c.articleId());
        if (cited.isEmpty() || !cited.get().text().contains(c.quote())) {
          misses.add(new Miss(q.id(), "verbatim_quote", "[" + c.n() + "] " + c.quote()));
        }
      }
    }
  }
}
