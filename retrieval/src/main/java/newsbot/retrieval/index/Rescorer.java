package newsbot.retrieval.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import newsbot.retrieval.store.Fields;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Scores kNN candidates again with the stored float vectors: the score Lucene gives a unit-vector
 * dot product, (1 + dot) / 2, computed exactly, so a quantized graph decides only which passages
 * are looked at, never their order.
 */
final class Rescorer {

  private Rescorer() {}

  /** The best {@code n} of the candidates by exact score, best first. */
  static TopDocs rescore(IndexSearcher searcher, TopDocs approximate, float[] query, int n)
      throws IOException {
    ScoreDoc[] byDoc = approximate.scoreDocs.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    FloatVectorValues values = null;
    LeafReaderContext leaf = null;
    ScoreDoc[] exact = new ScoreDoc[byDoc.length];
    for (int i = 0; i < byDoc.length; i++) {
      int doc = byDoc[i].doc;
      int li = ReaderUtil.subIndex(doc, leaves);
      if (li != leafIndex) { // vector iterators only move forward: one per segment, docs in order
        leafIndex = li;
        leaf = leaves.get(li);
        values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
      }
      float score = byDoc[i].score;
      if (values != null && values.advance(doc - leaf.docBase) == doc - leaf.docBase) {
        float[] v = values.vectorValue();
        double dot = 0;
        for (int d = 0; d < v.length; d++) {
          dot += query[d] * v[d];
        }
        score = (float) ((1 + dot) / 2);
      }
      exact[i] = new ScoreDoc(doc, score);
    }
    Arrays.sort(exact, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score)
        : Integer.compare(a.doc, b.doc));
    return new TopDocs(new TotalHits(Math.min(n, exact.length), TotalHits.Relation.EQUAL_TO),
        Arrays.copyOf(exact, Math.min(n, exact.length)));
  }
}
