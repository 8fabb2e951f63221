package newsbot.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.model.Page;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexNotFoundException;
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
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.IOUtils;

/**
 * The passage index on disk: BM25 fields for every {@link ChineseAnalysis}, one embedding per
 * passage, and the metadata a citation needs.
 *
 * <p>{@linkplain #open Opened to write}, it holds the folder's write lock from open to close (a
 * second writer, in this process or another, gets {@link IndexInUseException}); searches go
 * through a {@link SearcherManager} over the writer, so a {@link #sync} swaps the new version in
 * atomically while searches keep running on the old one. {@linkplain #openReadOnly Opened to
 * read}, it takes no lock and writes nothing: it searches the last commit of whichever process
 * writes the folder, and moves to a newer commit when there is one. {@link #sync} is serialised;
 * searches are thread-safe. {@link #close} may be called again harmlessly; any other use after it
 * throws {@link IllegalStateException}. An open that fails releases what it took.
 */
public final class PassageIndex implements Closeable {

  /** Commit user-data key: JSON of source file → content hash of what was indexed. */
  public static final String PAGES_KEY = "pages";

  private final Path folder;
  private final IndexSource source;
  private final PassageWriter writer; // the source when writing, null when read-only
  private final Embedder embedder;
  private final Map<ChineseAnalysis, Analyzer> analyzers = new EnumMap<>(ChineseAnalysis.class);
  private volatile boolean closed;

  private PassageIndex(Path folder, IndexSource source, Embedder embedder) {
    this.folder = folder;
    this.source = source;
    this.writer = source instanceof PassageWriter w ? w : null;
    this.embedder = embedder;
    for (ChineseAnalysis a : ChineseAnalysis.values()) {
      analyzers.put(a, a.analyzer());
    }
  }

  /**
   * Opens the index in the folder to write it, creating it when missing.
   *
   * @throws IndexInUseException when another writer holds the folder
   */
  public static PassageIndex open(Path folder, Embedder embedder) throws IOException {
    PassageWriter writer = PassageWriter.open(folder, embedder);
    try {
      return new PassageIndex(folder, writer, embedder);
    } catch (RuntimeException | Error e) {
      IOUtils.closeWhileHandlingException(writer);
      throw e;
    }
  }

  /**
   * Opens the index in the folder to search it only, beside a writer that may be running in
   * another process. The folder need not hold an index yet: until it does, the index is empty
   * and {@link #snapshot} fails.
   */
  public static PassageIndex openReadOnly(Path folder, Embedder embedder) {
    return new PassageIndex(folder, new CommitReader(folder), embedder);
  }

  public Embedder embedder() {
    return embedder;
  }

  /** True when opened with {@link #openReadOnly}: {@link #clear} and {@link #sync} refuse. */
  public boolean readOnly() {
    return writer == null;
  }

  private void ensureOpen() {
    if (closed) {
      throw closedError(null);
    }
  }

  private IllegalStateException closedError(AlreadyClosedException cause) {
    return new IllegalStateException("the passage index in " + folder + " is closed", cause);
  }

  private PassageWriter writable() {
    ensureOpen();
    if (writer == null) {
      throw new IllegalStateException("the passage index in " + folder + " is open read-only");
    }
    return writer;
  }

  /** The searchers of the newest version; null when a read-only folder holds no index yet. */
  private SearcherManager searchers() throws IOException {
    ensureOpen();
    try {
      return source.searchers();
    } catch (AlreadyClosedException e) {
      throw closedError(e); // closed while this call ran
    }
  }

  private IndexSearcher acquire(SearcherManager from) throws IOException {
    try {
      return from.acquire();
    } catch (AlreadyClosedException e) {
      throw closedError(e);
    }
  }

  /** What the last commit recorded under a key, or null. */
  public String committed(String key) throws IOException {
    ensureOpen();
    try {
      return source.committed().get(key);
    } catch (AlreadyClosedException e) {
      throw closedError(e);
    }
  }

  /**
   * Deletes every passage; the next {@link #sync} re-adds all. Searches see the old version until
   * that sync commits.
   */
  public synchronized void clear() throws IOException {
    writable().clear();
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
    return writable().sync(pages, commitData);
  }

  /** Number of passages in the current searchable version. */
  public int size() throws IOException {
    SearcherManager from = searchers();
    if (from == null) {
      return 0;
    }
    IndexSearcher s = acquire(from);
    try {
      return s.getIndexReader().numDocs();
    } finally {
      from.release(s);
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
    private final SearcherManager from;
    private final IndexSearcher searcher;
    private final StoredFields stored;

    private Snapshot(SearcherManager from, IndexSearcher searcher) throws IOException {
      this.from = from;
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
      from.release(searcher);
    }
  }


  /**
   * A consistent version of the index to search; close it when done.
   *
   * @throws IndexNotFoundException when a read-only folder holds no index yet
   */
  public Snapshot snapshot() throws IOException {
    SearcherManager from = searchers();
    if (from == null) {
      throw new IndexNotFoundException("no index in " + folder + " yet");
    }
    return new Snapshot(from, acquire(from));
  }

  /** The terms one analysis chain makes of a text. */
  public List<String> terms(ChineseAnalysis analysis, String text) throws IOException {
    ensureOpen();
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

  /**
   * Releases the searchers and the analyzers and, when writing, drops what was not committed
   * (everything worth keeping was committed by {@link #sync}) and releases the write lock.
   */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    List<Closeable> all = new ArrayList<>(analyzers.values());
    all.add(0, source);
    IOUtils.close(all);
  }
}
