package newsbot.retrieval.answer;

import java.util.Comparator;
import java.util.List;
import newsbot.retrieval.search.Hit;

/**
 * Whether the paper answers a question at all, judged from the retriever's hits before any quote
 * is chosen (thresholds and their calibration: {@link AnswerSettings}). Immutable.
 */
final class Answerability {

  /** A not-found answer offers an article whose BM25 got this share of the way to an answer. */
  static final double RELATED_SHARE = 0.7;

  private final AnswerSettings settings;

  Answerability(AnswerSettings settings) {
    this.settings = settings;
  }

  /** See {@link AnswerSettings}: keyword evidence, agreeing meaning evidence, or both. */
  boolean answerable(String question, List<Hit> hits) {
    Hit byBm25 = hits.stream().max(Comparator.comparingDouble(Hit::bm25)).orElseThrow();
    Hit byDense = hits.stream().max(Comparator.comparingDouble(Hit::dense)).orElseThrow();
    boolean agree = byBm25.bm25() > 0 && byBm25.articleId().equals(byDense.articleId());
    double similarity = byDense.dense();
    double fifth = hits.size() < 5 ? 0 : hits.stream().mapToDouble(Hit::dense).sorted()
        .skip(hits.size() - 5).findFirst().orElse(0);
    boolean chinese = question.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    if (!chinese) {
      return agree && similarity >= settings.minForeignSimilarity();
    }
    return byBm25.bm25() >= settings.minBm25()
        || (agree && similarity >= settings.minSimilarity()
            && similarity - fifth >= settings.minSimilarityGap());
  }

  /** Close enough to offer as a related article when nothing answers. */
  boolean close(Hit h) {
    return h.bm25() >= RELATED_SHARE * settings.minBm25();
  }
}
