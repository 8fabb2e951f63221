package newsbot.retrieval.answer;

import java.util.List;

/**
 * A reply to a question.
 *
 * @param found false when the paper has nothing that answers it (or the question is unusable)
 * @param answer the text a reader sees: verbatim quotes with [n] markers, or the reason nothing
 *     was found
 * @param citations the sources the markers point to, [1] first
 * @param related when nothing was found: close articles the paper does have (no claim made)
 * @param method "extractive" or "llm"
 * @param coverage IDF-weighted share of the question's terms found in the best article
 * @param similarity cosine similarity of the question to the best article's best passage
 */
public record Answer(String question, boolean found, String answer, List<Citation> citations,
    List<Citation> related, String method, double coverage, double similarity) {
  public Answer {
    citations = List.copyOf(citations);
    related = List.copyOf(related);
  }

  static Answer notFound(String question, String why, List<Citation> related, double coverage,
      double similarity) {
    return new Answer(question, false, why, List.of(), related, "extractive", coverage,
        similarity);
  }

  /** The same answer produced another way (an LLM) from the same sources. */
  public Answer withText(String text, List<Citation> newCitations, String newMethod) {
    return new Answer(question, found, text, newCitations, related, newMethod, coverage,
        similarity);
  }
}
