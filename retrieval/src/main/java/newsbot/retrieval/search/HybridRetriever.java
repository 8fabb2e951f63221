package newsbot.retrieval.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.index.Fields;
import newsbot.retrieval.index.PassageIndex;
import newsbot.retrieval.index.PassageIndex.Candidate;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * BM25 top-N passages and kNN top-N passages, each grouped by article (an article scores as its
 * best passage), fused into one article ranking. Ties are broken by article id. Thread-safe.
 */
public final class HybridRetriever implements Retriever {

  private final PassageIndex index;
  private final RetrievalSettings settings;

  public HybridRetriever(PassageIndex index, RetrievalSettings settings) {
    this.index = index;
    this.settings = settings;
  }

  @Override
  public Retrieval retrieve(SearchRequest request) throws IOException {
    Query filter = filter(request);
    float[] queryVector = null;
    if (settings.mode() != RetrievalSettings.Mode.BM25 && !request.query().isBlank()) {
      queryVector = index.embedder().embedQuery(request.query());
    }
    try (PassageIndex.Snapshot snapshot = index.snapshot()) {
      List<Candidate> keyword = List.of();
      List<Candidate> dense = List.of();
      if (settings.mode() != RetrievalSettings.Mode.DENSE) {
        keyword = snapshot.bm25(QueryText.forKeywords(request.query()), settings.analyses(),
            settings.titleBoost(), settings.depth(), filter);
      }
      if (queryVector != null) {
        dense = snapshot.knn(queryVector, settings.depth(), filter);
      }
      return new Retrieval(request.query(), queryVector,
          fuse(snapshot, keyword, dense, request.k()));
    }
  }

  private List<Hit> fuse(PassageIndex.Snapshot snapshot, List<Candidate> keyword,
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
      out.add(new Hit(i + 1, snapshot.load(f.shown().doc()), f.score(), f.bm25(), f.dense()));
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

  private static Query filter(SearchRequest r) {
    if (r.from() == null && r.to() == null && r.kind() == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (r.from() != null || r.to() != null) {
      long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.DATE_DAY, from, to), BooleanClause.Occur.FILTER);
    }
    if (r.kind() != null) {
      b.add(new TermQuery(new Term(Fields.KIND, r.kind())), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }
}
