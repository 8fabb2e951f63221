package newsbot.retrieval.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.store.Fields;
import newsbot.retrieval.store.StoreWrite;
import newsbot.retrieval.store.StoredPassage;
import newsbot.retrieval.store.VectorEncoding;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The one writer of a passage index, and the searchers over it: it holds the folder's write lock
 * from open to close, and applies each {@link StoreWrite} in one commit. {@link PassageIndex}
 * serialises {@link #write}.
 */
final class PassageWriter implements IndexSource {

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  private PassageWriter(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  /**
   * Opens the writer, creating the index when missing; when that fails, releases what it took.
   *
   * @throws IndexInUseException when another writer holds the folder
   */
  static PassageWriter open(Path folder, VectorEncoding vectors) throws IOException {
    Files.createDirectories(folder);
    Directory directory = FSDirectory.open(folder);
    IndexWriter writer = null;
    try {
      writer = new IndexWriter(directory, config(vectors));
      return new PassageWriter(directory, writer);
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

  /**
   * The HNSW graph's neighbours per node and build beam, twice Lucene's defaults (16, 100). A
   * newspaper archive is full of near-duplicate passages (the same story told again, a weekly
   * column); on 80 days of generated pages embedded by the real model (19,871 passages), the
   * exact top 10 of a question lie within 0.016 of cosine of each other and the 30th, and the
   * default graph gave recall@10 0.93 (int8) and 0.94 (float) at the retriever's 100 candidates;
   * this one gives 0.987 and 0.984, and int8 then loses no qa-dev hit@1 against float (0.652 both,
   * against 0.522 and 0.565). Indexing takes about twice as long (bench/run.sh 80 --compare).
   */
  static final int HNSW_MAX_CONN = 32;
  static final int HNSW_BEAM_WIDTH = 200;

  private static IndexWriterConfig config(VectorEncoding vectors) {
    Map<String, Analyzer> perField = new HashMap<>();
    for (ChineseAnalysis a : ChineseAnalysis.values()) {
      perField.put(Fields.text(a), a.analyzer());
      perField.put(Fields.title(a), a.analyzer());
    }
    for (ChineseAnalysis a : Fields.ARTICLE_ANALYSES) {
      perField.put(Fields.article(a), a.analyzer());
    }
    IndexWriterConfig config = new IndexWriterConfig(
        new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField));
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setCommitOnClose(false);
    config.setRAMBufferSizeMB(64);
    KnnVectorsFormat format = vectors == VectorEncoding.INT8
        ? new Lucene99HnswScalarQuantizedVectorsFormat(HNSW_MAX_CONN, HNSW_BEAM_WIDTH)
        : new Lucene99HnswVectorsFormat(HNSW_MAX_CONN, HNSW_BEAM_WIDTH);
    // segments record their format by name: a reader opens either, whatever this writer uses
    config.setCodec(new Lucene912Codec() {
      @Override
      public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return format;
      }
    });
    return config;
  }

  @Override
  public SearcherManager searchers() {
    return searchers;
  }

  /** The last commit's user data . */
  @Override
  public Map<String, String> committed() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    Map<String, String> data = new HashMap<>();
    writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
    return data;
  }

  /**
   * Applies the changes (every document replaced by its passage id), commits with the user data,
   * and swaps the new version in for searches.
   */
  void write(StoreWrite changes) throws IOException {
    if (changes.clearFirst()) {
      writer.deleteAll();
    }
    for (StoredPassage p : changes.put()) {
      writer.updateDocument(new Term(Fields.ID, p.passage().passageId()),
          PassageDocuments.document(p));
    }
    for (String id : changes.delete()) {
      writer.deleteDocuments(new Term(Fields.ID, id));
    }
    writer.setLiveCommitData(new HashMap<>(changes.commitData()).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /**
   * Releases the searchers, drops what was not committed (everything worth keeping was committed
   * by {@link #write}) and releases the write lock; each step runs even when one before it fails.
   */
  @Override
  public void close() throws IOException {
    IOUtils.close(searchers, writer::rollback, directory);
  }
}
