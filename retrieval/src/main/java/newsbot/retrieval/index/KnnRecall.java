package newsbot.retrieval.index;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import newsbot.retrieval.store.Fields;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;

/**
 * How much of the exact nearest neighbours the index's kNN search finds: recall@k of the search
 * answering uses ({@link LuceneSnapshot#knn}: the HNSW graph over int8 or float vectors, as the
 * index was written, then rescored) and of the bare graph search, against a scan of every stored
 * float vector. A benchmark's measure, not used in answering.
 */
public final class KnnRecall {

  private KnnRecall() {}

  /** Recall@k of the search answering uses and of the bare graph search. */
  public record Recall(double searched, double graphOnly) {}

  /** Mean over the queries of |approximate top-k ∩ exact top-k| / k, both ways. */
  public static Recall at(PassageIndex index, List<float[]> queries, int k) throws IOException {
    return index.withSearcher(s -> {
      double searched = 0;
      double graph = 0;
      LuceneSnapshot snapshot = new LuceneSnapshot(null, s);
      for (float[] q : queries) {
        Set<Integer> exact = exact(s, q, k);
        double of = Math.min(k, exact.size());
        searched += snapshot.knn(q, k, null).stream()
            .filter(c -> exact.contains(c.ref())).count() / of;
        int found = 0;
        for (ScoreDoc d : s.search(new KnnFloatVectorQuery(Fields.VECTOR, q, k), k).scoreDocs) {
          found += exact.contains(d.doc) ? 1 : 0;
        }
        graph += found / of;
      }
      int n = Math.max(1, queries.size());
      return new Recall(searched / n, graph / n);
    });
  }

  /** The ids of the k live documents whose stored vectors have the highest dot product. */
  static Set<Integer> exact(IndexSearcher s, float[] q, int k) throws IOException {
    record Scored(int doc, double score) {}
    PriorityQueue<Scored> best = new PriorityQueue<>((a, b) -> Double.compare(a.score, b.score));
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
      if (values == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        float[] v = values.vectorValue();
        double dot = 0;
        for (int i = 0; i < v.length; i++) {
          dot += q[i] * v[i];
        }
        best.add(new Scored(leaf.docBase + doc, dot));
        if (best.size() > k) {
          best.poll();
        }
      }
    }
    Set<Integer> out = new HashSet<>();
    best.forEach(sd -> out.add(sd.doc()));
    return out;
  }
}
