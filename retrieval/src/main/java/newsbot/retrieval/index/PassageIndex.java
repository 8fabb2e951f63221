package newsbot.retrieval.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import newsbot.retrieval.store.VectorEncoding;
import newsbot.retrieval.store.PassageStore;
import newsbot.retrieval.store.StoreSnapshot;
import newsbot.retrieval.store.StoreWrite;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.IOUtils;

/**
 * The embedded engine behind {@link PassageStore}: a Lucene index on disk with BM25 fields for
 * every {@link newsbot.retrieval.analysis.ChineseAnalysis}, one embedding per passage, and the
 * metadata a citation needs. The default backend.
 *
 * <p>{@linkplain #open Opened to write}, it holds the folder's write lock from open to close (a
 * second writer, in this process or another, gets {@link IndexInUseException}); searches go
 * through a {@link SearcherManager} over the writer, so a {@link #write} swaps the new version in
 * atomically while searches keep running on the old one. {@linkplain #openReadOnly Opened to
 * read}, it takes no lock and writes nothing: it searches the last commit of whichever process
 * writes the folder, and moves to a newer commit when there is one. {@link #write} is serialised;
 * searches are thread-safe. {@link #close} may be called again harmlessly; any other use after it
 * throws {@link IllegalStateException}. An open that fails releases what it took.
 */
public final class PassageIndex implements PassageStore {

  private final Path folder;
  private final IndexSource source;
  private final PassageWriter writer; // the source when writing, null when read-only
  private volatile boolean closed;

  private PassageIndex(Path folder, IndexSource source) {
    this.folder = folder;
    this.source = source;
    this.writer = source instanceof PassageWriter w ? w : null;
  }

  /**
   * Opens the index in the folder to write it, creating it when missing.
   *
   * @throws IndexInUseException when another writer holds the folder
   */
  public static PassageIndex open(Path folder) throws IOException {
    return open(folder, VectorEncoding.FLOAT32);
  }

  /** The same, writing embeddings in the given encoding (older segments keep theirs). */
  public static PassageIndex open(Path folder, VectorEncoding vectors) throws IOException {
    PassageWriter writer = PassageWriter.open(folder, vectors);
    try {
      return new PassageIndex(folder, writer);
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
  public static PassageIndex openReadOnly(Path folder) {
    return new PassageIndex(folder, new CommitReader(folder));
  }

  /** True when opened with {@link #openReadOnly}: {@link #write} refuses. */
  @Override
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
  @Override
  public String committed(String key) throws IOException {
    ensureOpen();
    try {
      return source.committed().get(key);
    } catch (AlreadyClosedException e) {
      throw closedError(e);
    }
  }

  @Override
  public Map<String, String> hashes() throws IOException {
    SearcherManager from = searchers();
    if (from == null) {
      return Map.of();
    }
    IndexSearcher s = acquire(from);
    try {
      return PassageDocuments.hashes(s.getIndexReader());
    } finally {
      from.release(s);
    }
  }

  /**
   * Adds, replaces and deletes the passages, commits with the user data, and swaps the new
   * version in for searches.
   */
  @Override
  public synchronized void write(StoreWrite changes) throws IOException {
    writable().write(changes);
  }

  /** Number of passages in the current searchable version. */
  @Override
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

  /** Runs {@code use} on a searcher of the current version (benchmarks read the raw index). */
  <T> T withSearcher(SearcherFunction<T> use) throws IOException {
    SearcherManager from = searchers();
    if (from == null) {
      throw new IndexNotFoundException("no index in " + folder + " yet");
    }
    IndexSearcher s = acquire(from);
    try {
      return use.apply(s);
    } finally {
      from.release(s);
    }
  }

  /** What {@link #withSearcher} runs. */
  @FunctionalInterface
  interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /**
   * A consistent version of the index to search; close it when done.
   *
   * @throws IndexNotFoundException when a read-only folder holds no index yet
   */
  @Override
  public StoreSnapshot snapshot() throws IOException {
    SearcherManager from = searchers();
    if (from == null) {
      throw new IndexNotFoundException("no index in " + folder + " yet");
    }
    return new LuceneSnapshot(from, acquire(from));
  }

  /**
   * Releases the searchers and, when writing, drops what was not committed (everything worth
   * keeping was committed by {@link #write}) and releases the write lock.
   */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    source.close();
  }
}
