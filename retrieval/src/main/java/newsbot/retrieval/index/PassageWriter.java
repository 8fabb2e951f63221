package newsbot.retrieval.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.index.PassageIndex.SyncStats;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;

/**
 * The one writer of a passage index, and the searchers over it: it holds the folder's write lock
 * from open to close, and turns a list of pages into the smallest set of adds, updates and
 * deletes. {@link PassageIndex} serialises {@link #clear} and {@link #sync}.
 */
final class PassageWriter implements IndexSource {

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Embedder embedder;
  private boolean cleared;

  private PassageWriter(Directory directory, IndexWriter writer, Embedder embedder)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.embedder = embedder;
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens the writer, creating the index when missing; when that fails, releases what it took.
   *
   * @throws IndexInUseException when another writer holds the folder
   */
  static PassageWriter open(Path folder, Embedder embedder) throws IOException {
    Files.createDirectories(folder);
    Directory directory = FSDirectory.open(folder);
    IndexWriter writer = null;
    try {
      writer = new IndexWriter(directory, config());
      return new PassageWriter(directory, writer, embedder);
    } catch (LockObtainFailedException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw IndexInUseException.heldBy(folder, e);
    } catch (Throwable t) {
      if (writer != null) {
        IOUtils.closeWhileHandlingException(writer::rollback);
      }
      IOUtils.closeWhileHandlingException(directory);
      throw t;
    }
  }

  private static IndexWriterConfig config() {
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
    return config;
  }

  @Override
  public SearcherManager searchers() {
    return searchers;
  }

  /** The last commit's user data (with what {@link #sync} set since, until it commits). */
  @Override
  public Map<String, String> committed() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    return data;
  }

  void clear() throws IOException {
    writer.deleteAll();
    cleared = true;
  }

  /** What differs from the index: the documents to add or update, and every passage present. */
  private static final class Changes {
    final List<Document> documents = new ArrayList<>();
    final List<String> ids = new ArrayList<>();
    final List<String> embedTexts = new ArrayList<>();
    final Set<String> present = new HashSet<>();
    int passages;
    int added;
    int updated;
  }

  /**
   * Makes the index hold exactly the passages of these pages, commits with the user data, and
   * swaps the new version in for searches.
   */
  SyncStats sync(List<Page> pages, Map<String, String> commitData) throws IOException {
    Map<String, String> existing = cleared ? Map.of() : storedHashes();
    Changes changes = changes(pages, existing);
    long before = embedder.computed();
    List<float[]> vectors = embedder.embedPassages(changes.embedTexts);
    for (int i = 0; i < changes.documents.size(); i++) {
      Document doc = changes.documents.get(i);
      doc.add(new KnnFloatVectorField(Fields.VECTOR, vectors.get(i),
          VectorSimilarityFunction.DOT_PRODUCT));
      writer.updateDocument(new Term(Fields.ID, changes.ids.get(i)), doc);
    }
    int deleted = 0;
    for (String id : existing.keySet()) {
      if (!changes.present.contains(id)) {
        writer.deleteDocuments(new Term(Fields.ID, id));
        deleted++;
      }
    }
    writer.setLiveCommitData(new HashMap<>(commitData).entrySet());
    writer.commit();
    cleared = false;
    searchers.maybeRefreshBlocking();
    return new SyncStats(changes.passages, changes.added, changes.updated, deleted,
        embedder.computed() - before);
  }

  private static Changes changes(List<Page> pages, Map<String, String> existing) {
    Changes out = new Changes();
    for (Page page : pages) {
      for (Article article : page.articles()) {
        for (Passage p : Passages.of(article)) {
          out.passages++;
          out.present.add(p.id());
          String embedText = PassageDocuments.embeddingText(article, p);
          String hash = PassageDocuments.hash(page, article, p, embedText);
          String old = existing.get(p.id());
          if (hash.equals(old)) {
            continue;
          }
          if (old == null) {
            out.added++;
          } else {
            out.updated++;
          }
          out.documents.add(PassageDocuments.document(page, article, p, hash));
          out.ids.add(p.id());
          out.embedTexts.add(embedText);
        }
      }
    }
    return out;
  }

  private Map<String, String> storedHashes() throws IOException {
    Map<String, String> out = new HashMap<>();
    IndexSearcher current = searchers.acquire();
    try {
      for (LeafReaderContext leaf : current.getIndexReader().leaves()) {
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
      searchers.release(current);
    }
    return out;
  }

  /**
   * Releases the searchers, drops what was not committed (everything worth keeping was committed
   * by {@link #sync}) and releases the write lock; each step runs even when one before it fails.
   */
  @Override
  public void close() throws IOException {
    IOUtils.close(searchers, writer::rollback, directory);
  }
}
