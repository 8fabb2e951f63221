package newsbot.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The passage index on disk: BM25 fields for every {@link ChineseAnalysis}, one embedding per
 * passage, and the metadata a citation needs.
 *
 * <p>One writer for the life of the object; searches go through a {@link SearcherManager}, so a
 * {@link #sync} swaps the new version in atomically while searches keep running on the old one.
 * {@link #sync} is serialised; searches are thread-safe.
 */
public final class PassageIndex implements Closeable {

  /** Commit user-data key: JSON of source file → content hash of what was indexed. */
  public static final String PAGES_KEY = "pages";
  public static final String MODEL_KEY = "model";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Map<ChineseAnalysis, Analyzer> analyzers = new EnumMap<>(ChineseAnalysis.class);
  private final Embedder embedder;
  private boolean cleared;

  private PassageIndex(Directory directory, IndexWriter writer, Embedder embedder)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
    this.embedder = embedder;
    for (ChineseAnalysis a : ChineseAnalysis.values()) {
      analyzers.put(a, a.analyzer());
    }
  }

  /** Opens the index in the folder, creating it when missing. */
  public static PassageIndex open(Path folder, Embedder embedder) throws IOException {
    Files.createDirectories(folder);
    Map<String, Analyzer> perField = new HashMap<>();
    for (ChineseAnalysis a : ChineseAnalysis.values()) {
      perField.put(Fields.text(a), a.analyzer());
      perField.put(Fields.title(a), a.analyzer());
    }
    IndexWriterConfig config = new IndexWriterConfig(
        new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    config.setRAMBufferSizeMB(64);
    Directory dir = FSDirectory.open(folder);
    IndexWriter writer = new IndexWriter(dir, config);
    return new PassageIndex(dir, writer, embedder);
  }

  public Embedder embedder() {
    return embedder;
  }

  /** What the last commit recorded under a key, or null. */
  public String committed(String key) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return null;
    }
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    return data.get(key);
  }

  /**
   * Deletes every passage; the next {@link #sync} re-adds all. Searches see the old version until
   * that sync commits.
   */
  public synchronized void clear() throws IOException {
    writer.deleteAll();
    cleared = true;
  }

  /** What one sync changed. */
  public record SyncStats(int passages, int added, int updated, int deleted, long embedded) {}

  /**
   * Makes the index hold exactly the passages of these pages: adds new and changed passages,
   * deletes vanished ones, leaves identical ones alone, commits with the user data, and swaps the
   * new version in for searches.
   */
  public synchronized SyncStats sync(List<Page> pages, Map<String, String> commitData)
      throws IOException {
    Map<String, String> existing = cleared ? Map.of() : storedHashes();
    List<Document> pending = new ArrayList<>();
    List<String> pendingIds = new ArrayList<>();
    List<String> embedTexts = new ArrayList<>();
    Set<String> present = new HashSet<>();
    int total = 0;
    int added = 0;
    int updated = 0;
    for (Page page : pages) {
      for (Article article : page.articles()) {
        for (Passage p : Passages.of(article)) {
          total++;
          present.add(p.id());
          String embedText = PassageDocuments.embeddingText(article, p);
          String hash = PassageDocuments.hash(page, article, p, embedText);
          String old = existing.get(p.id());
          if (hash.equals(old)) {
            continue;
          }
          if (old == null) {
            added++;
          } else {
            updated++;
          }
          pending.add(PassageDocuments.document(page, article, p, hash));
          pendingIds.add(p.id());
          embedTexts.add(embedText);
        }
      }
    }
    long before = embedder.computed();
    List<float[]> vectors = embedder.embedPassages(embedTexts);
    for (int i = 0; i < pending.size(); i++) {
      Document doc = pending.get(i);
      doc.add(new KnnFloatVectorField(Fields.VECTOR, vectors.get(i),
          VectorSimilarityFunction.DOT_PRODUCT));
      writer.updateDocument(new Term(Fields.ID, pendingIds.get(i)), doc);
    }
    int deleted = 0;
    for (String id : existing.keySet()) {
      if (!present.contains(id)) {
        writer.deleteDocuments(new Term(Fields.ID, id));
        deleted++;
      }
    }
    Map<String, String> data = new HashMap<>(commitData);
    data.put(MODEL_KEY, embedder.choice().configName());
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
    cleared = false;
    searchers.maybeRefreshBlocking();
    return new SyncStats(total, added, updated, deleted, embedder.computed() - before);
  }

  private Map<String, String> storedHashes() throws IOException {
    Map<String, String> out = new HashMap<>();
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        for (int d = 0; d < reader.maxDoc(); d++) {
          if (live == null || live.get(d)) {
            Document doc = stored.document(d, Set.of(Fields.ID, Fields.HASH));
            out.put(doc.get(Fields.ID), doc.get(Fields.HASH));
          }
        }
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  /** Number of passages in the current searchable version. */
  public int size() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /** A passage found by one method: its Lucene doc in a {@link Snapshot}, score and article. */
  public record Candidate(int doc, float score, String articleId) {}

  /**
   * One consistent version of the index for the length of a search: candidates are found by doc id
   * and article (from doc values, without loading stored fields), and only the passages finally
   * shown are loaded. Close it to release the version.
   */
  public final class Snapshot implements Closeable {
    private final IndexSearcher searcher;
    private final StoredFields stored;

    private Snapshot(IndexSearcher searcher) throws IOException {
      this.searcher = searcher;
      this.stored = searcher.storedFields();
    }

    /**
     * BM25 over the text (and, boosted, the headline) fields of the given analyses.
     *
     * @param filter restricts the passages (date range, kind), or null
     */
    public List<Candidate> bm25(String query, List<ChineseAnalysis> analyses, float titleBoost,
        int n, Query filter) throws IOException {
      BooleanQuery.Builder q = new BooleanQuery.Builder();
      int clauses = 0;
      for (ChineseAnalysis an : analyses) {
        for (String term : terms(an, query)) {
          q.add(new TermQuery(new Term(Fields.text(an), term)), BooleanClause.Occur.SHOULD);
          q.add(new BoostQuery(new TermQuery(new Term(Fields.title(an), term)), titleBoost),
              BooleanClause.Occur.SHOULD);
          clauses += 2;
        }
      }
      if (clauses == 0) {
        return List.of();
      }
      Query built = q.build();
      if (filter != null) {
        built = new BooleanQuery.Builder().add(built, BooleanClause.Occur.MUST)
            .add(filter, BooleanClause.Occur.FILTER).build();
      }
      return run(built, n);
    }

    /**
     * The sum of BM25 IDFs of the query's terms in the text fields: about the score a passage
     * matching every term once would get, so a top score divided by it is comparable across
     * queries and corpus sizes. A term no passage has counts with the highest IDF.
     */
    public double idfSum(String query, List<ChineseAnalysis> analyses) throws IOException {
      long n = Math.max(1, searcher.getIndexReader().numDocs());
      double sum = 0;
      for (ChineseAnalysis an : analyses) {
        for (String term : terms(an, query)) {
          int df = searcher.getIndexReader().docFreq(new Term(Fields.text(an), term));
          sum += Math.log(1 + (n - df + 0.5) / (df + 0.5));
        }
      }
      return sum;
    }

    /** Nearest passages to a query embedding (approximate, HNSW). */
    public List<Candidate> knn(float[] vector, int n, Query filter) throws IOException {
      return run(new KnnFloatVectorQuery(Fields.VECTOR, vector, n, filter), n);
    }

    private List<Candidate> run(Query query, int n) throws IOException {
      // plain top-n by score lets Lucene skip blocks (block-max WAND); sorting by a tie-break
      // field here would score every match. Ties are broken by article id after fusion.
      TopDocs top = searcher.search(query, n);
      // article ids from doc values, visiting docs in increasing order with one iterator per
      // segment (doc values iterators only move forward)
      ScoreDoc[] byDoc = top.scoreDocs.clone();
      java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(sd -> sd.doc));
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

    /** The stored passage of a candidate. */
    public IndexedPassage load(int doc) throws IOException {
      return PassageDocuments.read(stored.document(doc));
    }

    @Override
    public void close() throws IOException {
      searchers.release(searcher);
    }
  }

  /** A consistent version of the index to search; close it when done. */
  public Snapshot snapshot() throws IOException {
    return new Snapshot(searchers.acquire());
  }

  /** The terms one analysis chain makes of a text. */
  public List<String> terms(ChineseAnalysis analysis, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzers.get(analysis).tokenStream("q", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.rollback(); // everything worth keeping was committed by sync
    directory.close();
  }
}
