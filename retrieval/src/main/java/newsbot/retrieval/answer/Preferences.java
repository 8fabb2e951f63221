package newsbot.retrieval.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsbot.retrieval.model.ArticleKind;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.search.Hit;

/**
 * Reorders the articles that answer about equally well: those the conversation cited last come
 * first (a follow-up asks about them); for a question about the newest information, newer ones
 * before older; then reports before commentary, since a comment restates the facts its report
 * prints (the fare, the date, the phone number) and a reader checking a fact wants the report.
 * An article that answers clearly better keeps its place. Stateless.
 */
final class Preferences {

  /** Articles whose fused score is at least this share of the best answer "about as well". */
  static final double CLOSE_SHARE = 0.8;

  private Preferences() {}

  static List<Hit> apply(List<Hit> hits, Corpus corpus, AnswerRequest request) {
    if (hits.size() < 2) {
      return hits;
    }
    double best = hits.get(0).score();
    List<Hit> close = new ArrayList<>();
    List<Hit> rest = new ArrayList<>();
    for (Hit h : hits) {
      (h.score() >= CLOSE_SHARE * best ? close : rest).add(h);
    }
    Comparator<Hit> order = Comparator.comparing(
        (Hit h) -> request.preferred().contains(h.articleId()) ? 0 : 1);
    if (request.preferNewer()) {
      order = order.thenComparing((Hit h) -> date(corpus, h),
          Comparator.nullsLast(Comparator.reverseOrder()));
    }
    order = order.thenComparing((Hit h) -> commentary(corpus, h));
    close.sort(order.thenComparingInt(Hit::rank));
    List<Hit> out = new ArrayList<>(hits.size());
    for (Hit h : close) {
      out.add(new Hit(out.size() + 1, h.passage(), h.score(), h.bm25(), h.dense()));
    }
    for (Hit h : rest) {
      out.add(new Hit(out.size() + 1, h.passage(), h.score(), h.bm25(), h.dense()));
    }
    return out;
  }

  private static boolean commentary(Corpus corpus, Hit h) {
    return corpus.article(h.articleId()).map(a -> a.kind() == ArticleKind.COMMENTARY)
        .orElse(false);
  }

  private static LocalDate date(Corpus corpus, Hit h) {
    return corpus.article(h.articleId()).map(corpus::dateOf).orElse(null);
  }
}
