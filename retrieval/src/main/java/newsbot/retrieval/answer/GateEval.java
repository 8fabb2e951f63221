package newsbot.retrieval.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.RetrievalEval;
import newsbot.retrieval.search.Retriever;

/**
 * How well the answerer tells found from not found on a QA file: precision and recall of each
 * verdict, accuracy, and the recall on the answerable questions whose gold article the retriever
 * ranks in the top three (the ones the gate can get right: the others fail before it).
 */
public final class GateEval {

  /** A question is reachable when a gold article ranks this high or better. */
  static final int REACHABLE_RANK = 3;

  private GateEval() {}

  /**
   * The counts of one run.
   *
   * @param found answerable questions answered (found = true)
   * @param reachableFound reachable questions answered
   * @param refused unanswerable questions answered not found
   * @param wronglyFound ids of unanswerable questions answered found
   * @param missed ids of reachable questions answered not found
   * @param unreachable ids of answerable questions whose gold article is not in the top three
   */
  public record Result(String name, int answerable, int reachable, int unanswerable, int found,
      int reachableFound, int refused, List<String> wronglyFound, List<String> missed,
      List<String> unreachable) {

    public Result {
      wronglyFound = List.copyOf(wronglyFound);
      missed = List.copyOf(missed);
      unreachable = List.copyOf(unreachable);
    }

    /** Of the questions answered found, the share that the paper answers. */
    public double foundPrecision() {
      return share(found, found + unanswerable - refused);
    }

    public double foundRecall() {
      return share(found, answerable);
    }

    public double reachableRecall() {
      return share(reachableFound, reachable);
    }

    /** Of the questions answered not found, the share that the paper does not answer. */
    public double notFoundPrecision() {
      return share(refused, refused + answerable - found);
    }

    public double notFoundRecall() {
      return share(refused, unanswerable);
    }

    public double accuracy() {
      return share(found + refused, answerable + unanswerable);
    }

    /** Two lines a person reads: the numbers, then the ids to look at. */
    public String summary() {
      return String.format(Locale.ROOT,
          "%s: not found %d/%d unanswerable (precision %.3f, recall %.3f); found %d/%d "
              + "answerable (precision %.3f, recall %.3f), reachable %d/%d = %.3f; accuracy %.3f%n"
              + "  wrongly found %s; reachable but not found %s; gold not in top %d %s",
          name, refused, unanswerable, notFoundPrecision(), notFoundRecall(), found, answerable,
          foundPrecision(), foundRecall(), reachableFound, reachable, reachableRecall(),
          accuracy(), wronglyFound, missed, REACHABLE_RANK, unreachable);
    }

    private static double share(int a, int n) {
      return n == 0 ? Double.NaN : (double) a / n;
    }
  }

  /** Asks every question and counts the verdicts. */
  public static Result run(String name, Answerer answerer, Retriever retriever,
      List<QaItem> items) throws IOException {
    int answerable = 0;
    int reachable = 0;
    int unanswerable = 0;
    int found = 0;
    int reachableFound = 0;
    int refused = 0;
    List<String> wronglyFound = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    for (QaItem q : items) {
      boolean yes = answerer.answer(q.question()).found();
      if (!q.answerable()) {
        unanswerable++;
        refused += yes ? 0 : 1;
        if (yes) {
          wronglyFound.add(q.id());
        }
        continue;
      }
      answerable++;
      found += yes ? 1 : 0;
      int rank = RetrievalEval.firstRightRank(retriever, q);
      if (rank < 1 || rank > REACHABLE_RANK) {
        unreachable.add(q.id());
        continue;
      }
      reachable++;
      reachableFound += yes ? 1 : 0;
      if (!yes) {
        missed.add(q.id());
      }
    }
    return new Result(name, answerable, reachable, unanswerable, found, reachableFound, refused,
        wronglyFound, missed, unreachable);
  }

  /** Every other question, starting at {@code first} (0 or 1): halves for calibrate / check. */
  public static List<QaItem> alternate(List<QaItem> items, int first) {
    List<QaItem> out = new ArrayList<>();
    for (int i = first; i < items.size(); i += 2) {
      out.add(items.get(i));
    }
    return out;
  }
}
