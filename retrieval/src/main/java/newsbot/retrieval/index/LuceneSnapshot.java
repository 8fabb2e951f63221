package newsbot.retrieval.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.store.AnalysedQuery;
import newsbot.retrieval.store.ArticleCounts;
import newsbot.retrieval.store.Candidate;
import newsbot.retrieval.store.Fields;
import newsbot.retrieval.store.IndexedPassage;
import newsbot.retrieval.store.PassageFilter;
import newsbot.retrieval.store.StoreSnapshot;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * One consistent version of the embedded index for the length of a search: candidates are found
 * by doc id (their {@link Candidate#ref}) and article (from doc values, without loading stored
 * fields), and only the passages finally shown are loaded. Close it to release the version.
 */
final class LuceneSnapshot implements StoreSnapshot {
  /** How many more approximate neighbours than asked for the kNN search rescores. */
  static final int OVERSAMPLE = 3;
  private final SearcherManager from;
  private final IndexSearcher searcher;
  private final StoredFields stored;

  LuceneSnapshot(SearcherManager from, IndexSearcher searcher) throws IOException {
    this.from = from;
    this.searcher = searcher;
    this.stored = searcher.storedFields();
  }

  @Override
  public List<Candidate> bm25(List<AnalysedQuery> terms, float titleBoost, int n,
      PassageFilter filter) throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int clauses = 0;
    for (AnalysedQuery analysed : terms) {
      // a repeated term counts again, as one clause boosted by its count: the same BM25 score
      // (linear in the boost) from fewer clauses to merge over a decade's postings
      Map<String, Integer> counts = new LinkedHashMap<>();
      analysed.terms().forEach(t -> counts.merge(t, 1, Integer::sum));
      for (Map.Entry<String, Integer> term : counts.entrySet()) {
        int repeats = term.getValue();
        Query text = new TermQuery(new Term(Fields.text(analysed.analysis()), term.getKey()));
        q.add(repeats == 1 ? text : new BoostQuery(text, repeats), BooleanClause.Occur.SHOULD);
        q.add(new BoostQuery(new TermQuery(new Term(Fields.title(analysed.analysis()),
            term.getKey())), titleBoost * repeats), BooleanClause.Occur.SHOULD);
        clauses += 2;
      }
    }
    if (clauses == 0) {
      return List.of();
    }
    Query built = q.build();
    Query f = query(filter);
    if (f != null) {
      built = new BooleanQuery.Builder().add(built, BooleanClause.Occur.MUST)
          .add(f, BooleanClause.Occur.FILTER).build();
    }
    return run(built, n);
  }

  /**
   * Nearest passages to a query embedding: {@value #OVERSAMPLE} times as many found by the HNSW
   * graph (over int8 or float vectors, as the index was written), rescored with the stored float
   * vectors, the best n kept. The scores are exact whatever the encoding. On 80 days of archive
   * with real vectors, the first 10 of the 100 the retriever asks for hold 0.987 of the exact top
   * 10 with int8 (0.984 with float); asked for 10 only, 0.735 ({@code bench --compare-float32};
   * {@code VectorEncodingTest} checks the seed pages).
   */
  @Override
  public List<Candidate> knn(float[] vector, int n, PassageFilter filter) throws IOException {
    int fetch = n * OVERSAMPLE;
    TopDocs approximate = searcher.search(
        new KnnFloatVectorQuery(Fields.VECTOR, vector, fetch, query(filter)), fetch);
    return candidates(Rescorer.rescore(searcher, approximate, vector, n));
  }

  private static Query query(PassageFilter f) {
    if (f == null) {
      return null;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (f.dated()) {
      long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
      long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(Fields.DATE_DAY, from, to), BooleanClause.Occur.FILTER);
    }
    if (f.kind() != null) {
      b.add(new TermQuery(new Term(Fields.KIND, f.kind())), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private List<Candidate> run(Query query, int n) throws IOException {
    // plain top-n by score lets Lucene skip blocks (block-max WAND); sorting by a tie-break
    // field here would score every match. Ties are broken by article id after fusion.
    return candidates(searcher.search(query, n));
  }

  private List<Candidate> candidates(TopDocs top) throws IOException {
    // article ids from doc values, visiting docs in increasing order with one iterator per
    // segment (doc values iterators only move forward)
    ScoreDoc[] byDoc = top.scoreDocs.clone();
    Arrays.sort(byDoc, Comparator.comparingInt(sd -> sd.doc));
    Map<Integer, String> articleOf = new HashMap<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    int leafIndex = -1;
    SortedDocValues ids = null;
    LeafReaderContext leaf = null;
    for (ScoreDoc sd : byDoc) {
      int li = ReaderUtil.subIndex(sd.doc, leaves);
      if (li != leafIndex) {
        leafIndex = li;
        leaf = leaves.get(li);
        ids = DocValues.getSorted(leaf.reader(), Fields.ARTICLE_ID);
      }
      String article = ids.advanceExact(sd.doc - leaf.docBase)
          ? ids.lookupOrd(ids.ordValue()).utf8ToString() : "";
      articleOf.put(sd.doc, article);
    }
    List<Candidate> out = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(new Candidate(sd.doc, sd.score, articleOf.get(sd.doc)));
    }
    return out;
  }

  @Override
  public ArticleCounts articleCounts(ChineseAnalysis analysis, Collection<String> terms)
      throws IOException {
    String field = Fields.article(analysis);
    // a count reads the term's document frequency when its segment has no deletions
    Map<String, Integer> holding = new HashMap<>();
    for (String t : terms) {
      holding.put(t, searcher.count(new TermQuery(new Term(field, t))));
    }
    return new ArticleCounts(searcher.count(IntPoint.newExactQuery(Fields.ORDINAL, 0)), holding);
  }

  @Override
  public IndexedPassage load(Candidate candidate) throws IOException {
    return PassageDocuments.read(stored.document(candidate.ref()));
  }

  @Override
  public void close() throws IOException {
    from.release(searcher);
  }
}
