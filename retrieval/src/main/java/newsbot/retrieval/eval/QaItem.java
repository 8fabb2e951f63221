package newsbot.retrieval.eval;

import java.util.List;

/**
 * One question of a QA file.
 *
 * @param gold the articles that answer it (empty for a 'none' question)
 * @param answerHas strings a good reply contains
 * @param kind number, fact, person, paraphrase, multi, none, en
 */
public record QaItem(String id, String kind, String question, List<Gold> gold,
    List<String> answerHas) {

  /** An answering article: its page file and a string its headline stack contains. */
  public record Gold(String page, String titleHas) {}

  public QaItem {
    gold = List.copyOf(gold);
    answerHas = List.copyOf(answerHas);
  }

  public boolean answerable() {
    return !gold.isEmpty();
  }
}
