package newsbot.retrieval.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.store.AnalysedQuery;
import newsbot.retrieval.store.Candidate;
import newsbot.retrieval.store.PassageFilter;
import newsbot.retrieval.store.PassageStore;
import newsbot.retrieval.store.StoreSnapshot;

/**
 * BM25 top-N passages and kNN top-N passages, each grouped by article (an article scores as its
 * best passage), fused into one article ranking. Ties are broken by article id. The query is
 * analysed and embedded here, in-process; the {@link PassageStore} only searches, so the ranking is
 * the same on every engine. Thread-safe.
 */
public final class HybridRetriever implements Retriever {

  /**
   * Threads for the dense side of searches, one per core: a search's two sides run at once; its
   * tasks never wait for one another, so a queue behind busy threads only delays.
   */
  private static final ExecutorService DENSE_SIDE = Executors.newFixedThreadPool(
      Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "dense-search");
        t.setDaemon(true);
        return t;
      });

  private final PassageStore store;
  private final Embedder embedder;
  private final RetrievalSettings settings;

  public HybridRetriever(PassageStore store, Embedder embedder, RetrievalSettings settings) {
    this.store = store;
    this.embedder = embedder;
    this.settings = settings;
  }

  @Override
  public Retrieval retrieve(SearchRequest request) throws IOException {
    PassageFilter filter = PassageFilter.of(request.from(), request.to(), request.kind());
    boolean keywords = settings.mode() != RetrievalSettings.Mode.DENSE;
    boolean vectors = settings.mode() != RetrievalSettings.Mode.BM25 && !request.query().isBlank();
    try (StoreSnapshot snapshot = store.snapshot()) {
      // the dense side (embedding the question, then the graph) runs beside the keyword side:
      // on a decade of the paper each takes 20-30 ms, and a reader waits for the slower only
      Future<Dense> dense = vectors && keywords
          ? DENSE_SIDE.submit(() -> dense(snapshot, request.query(), filter)) : null;
      List<Candidate> keyword = keywords
          ? snapshot.bm25(AnalysedQuery.of(QueryText.forKeywords(request.query()),
              settings.analyses()), settings.titleBoost(), settings.depth(), filter)
          : List.of();
      Dense d = dense != null ? await(dense)
          : vectors ? dense(snapshot, request.query(), filter) : new Dense(null, List.of());
      return new Retrieval(request.query(), d.vector(),
          fuse(snapshot, keyword, d.candidates(), request.k()));
    }
  }

  private record Dense(float[] vector, List<Candidate> candidates) {}

  private Dense dense(StoreSnapshot snapshot, String query, PassageFilter filter)
      throws IOException {
    float[] vector = embedder.embedQuery(query);
    return new Dense(vector, snapshot.knn(vector, settings.depth(), filter));
  }

  private static Dense await(Future<Dense> dense) throws IOException {
    try {
      return dense.get();
    } catch (InterruptedException e) {
      dense.cancel(true);
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while searching");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("the dense search failed", e.getCause());
    }
  }

  private List<Hit> fuse(StoreSnapshot snapshot, List<Candidate> keyword,
      List<Candidate> dense, int k) throws IOException {
    Map<String, Candidate> bestKeyword = bestPerArticle(keyword);
    Map<String, Candidate> bestDense = bestPerArticle(dense);
    Map<String, Integer> keywordRank = ranks(bestKeyword);
    Map<String, Integer> denseRank = ranks(bestDense);
    Map<String, Double> keywordNorm = new HashMap<>();
    Map<String, Double> denseNorm = new HashMap<>();
    Fusion.normalise(scores(bestKeyword), keywordNorm);
    Fusion.normalise(scores(bestDense), denseNorm);
    double denseWeight = switch (settings.mode()) {
      case BM25 -> 0;
      case DENSE -> 1;
      case HYBRID -> settings.denseWeight();
    };

    record Fused(String article, double score, Candidate shown, double bm25, double dense) {}
    List<Fused> fused = new ArrayList<>();
    LinkedHashMap<String, Boolean> articles = new LinkedHashMap<>();
    bestKeyword.keySet().forEach(a -> articles.put(a, true));
    bestDense.keySet().forEach(a -> articles.put(a, true));
    for (String article : articles.keySet()) {
      double score = settings.fusion().score(
          keywordRank.getOrDefault(article, 0), keywordNorm.getOrDefault(article, 0.0),
          denseRank.getOrDefault(article, 0), denseNorm.getOrDefault(article, 0.0), denseWeight);
      Candidate kp = bestKeyword.get(article);
      Candidate dp = bestDense.get(article);
      Candidate shown = kp != null ? kp : dp;
      if (kp != null && dp != null && denseNorm.get(article) > keywordNorm.get(article)) {
        shown = dp;
      }
      fused.add(new Fused(article, score, shown, kp == null ? 0 : kp.score(),
          dp == null ? 0 : dp.score()));
    }
    fused.sort(Comparator.comparingDouble(Fused::score).reversed()
        .thenComparing(Fused::article));
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < Math.min(k, fused.size()); i++) {
      Fused f = fused.get(i);
      out.add(new Hit(i + 1, snapshot.load(f.shown()), f.score(), f.bm25(), f.dense()));
    }
    return out;
  }

  private static Map<String, Candidate> bestPerArticle(List<Candidate> candidates) {
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (Candidate c : candidates) { // already sorted best first
      best.putIfAbsent(c.articleId(), c);
    }
    return best;
  }

  private static Map<String, Integer> ranks(Map<String, Candidate> best) {
    Map<String, Integer> ranks = new HashMap<>();
    int r = 1;
    for (String a : best.keySet()) {
      ranks.put(a, r++);
    }
    return ranks;
  }

  private static Map<String, Double> scores(Map<String, Candidate> best) {
    Map<String, Double> out = new HashMap<>();
    best.forEach((a, c) -> out.put(a, (double) c.score()));
    return out;
  }
}
