package newsbot.retrieval.eval;

import java.io.IOException;
import java.util.List;
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.Retriever;
import newsbot.retrieval.search.SearchRequest;
import newsbot.retrieval.store.IndexedPassage;

/**
 * hit@1, hit@3, hit@5 and MRR@10 of a retriever: a result is right when it is an article on a
 * gold page whose headline stack contains the gold title string (whitespace ignored).
 */
public final class RetrievalEval {
  private RetrievalEval() {}

  public static boolean matches(IndexedPassage p, List<QaItem.Gold> gold) {
    return matches(p.source(), p.titleStack(), gold);
  }

  public static boolean matches(newsbot.retrieval.answer.Citation c, List<QaItem.Gold> gold) {
    return matches(c.source(), c.kicker() + c.title() + c.subtitle(), gold);
  }

  private static boolean matches(String source, String titleStack, List<QaItem.Gold> gold) {
    String stack = compact(titleStack);
    return gold.stream().anyMatch(g -> g.page().equals(source)
        && stack.contains(compact(g.titleHas())));
  }

  /** The 1-based rank of the first right article in the top 10, or 0. */
  public static int firstRightRank(Retriever retriever, QaItem item) throws IOException {
    List<Hit> hits = retriever.search(SearchRequest.of(item.question(), 10));
    for (Hit h : hits) {
      if (matches(h.passage(), item.gold())) {
        return h.rank();
      }
    }
    return 0;
  }

  public static Metrics run(String name, String label, Retriever retriever, List<QaItem> items)
      throws IOException {
    int n = 0;
    int h1 = 0;
    int h3 = 0;
    int h5 = 0;
    double mrr = 0;
    for (QaItem item : items) {
      if (!item.answerable()) {
        continue;
      }
      n++;
      int r = firstRightRank(retriever, item);
      if (r == 1) {
        h1++;
      }
      if (r >= 1 && r <= 3) {
        h3++;
      }
      if (r >= 1 && r <= 5) {
        h5++;
      }
      if (r >= 1) {
        mrr += 1.0 / r;
      }
    }
    return new Metrics(name, label, n, ratio(h1, n), ratio(h3, n), ratio(h5, n),
        n == 0 ? 0 : mrr / n);
  }

  private static double ratio(int a, int n) {
    return n == 0 ? 0 : Math.round(10000.0 * a / n) / 10000.0;
  }

  private static String compact(String s) {
    return s.replaceAll("[\\s\\u3000#]+", "");
  }
}
