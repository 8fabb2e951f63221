package newsbot.retrieval.answer;

/**
 * Thresholds of the extractive answerer, calibrated on eval/qa-dev.jsonl and eval/qa-none.jsonl
 * (see README, "Answers"). A question counts as answered by the paper when any of these holds:
 * <ul>
 *   <li>keyword evidence: the best article's BM25 score reaches {@code minBm25};
 *   <li>meaning evidence: BM25 and the embedding agree on the best article, and its similarity
 *       reaches {@code minSimilarity} while standing {@code minSimilarityGap} above the fifth
 *       article's (a paraphrase with few shared words);
 *   <li>a question with no Chinese in it (BM25 cannot judge): BM25 and the embedding agree on the
 *       best article and its similarity reaches {@code minForeignSimilarity}.
 * </ul>
 *
 * @param maxQuestionChars longer questions are refused with the reason
 * @param maxQuotes at most this many quoted spans in an answer
 * @param maxAnswerChars the quotes stop growing past this length
 */
public record AnswerSettings(double minBm25, double minSimilarity, double minSimilarityGap,
    double minForeignSimilarity, int maxQuestionChars, int maxQuotes, int maxAnswerChars) {

  public static AnswerSettings defaults() {
    return new AnswerSettings(22.0, 0.80, 0.10, 0.70, 300, 4, 320);
  }
}
