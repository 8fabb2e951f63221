package newsbot.retrieval.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The searchable versions of an index folder that another process writes: none until the folder
 * holds a commit, then the newest commit, checked for at every use. Takes no lock and writes
 * nothing, not even the folder. Thread-safe.
 */
final class CommitReader implements IndexSource {

  private final Path folder;
  // null until the folder holds an index (guarded by this)
  private volatile Directory directory;
  private volatile SearcherManager searchers;

  CommitReader(Path folder) {
    this.folder = folder;
  }

  @Override
  public SearcherManager searchers() throws IOException {
    SearcherManager s = searchers;
    if (s == null) {
      return first();
    }
    s.maybeRefresh();
    return s;
  }

  private synchronized SearcherManager first() throws IOException {
    if (searchers == null && Files.isDirectory(folder)) {
      if (directory == null) {
        directory = FSDirectory.open(folder);
      }
      if (DirectoryReader.indexExists(directory)) {
        searchers = new SearcherManager(directory, null);
      }
    }
    return searchers;
  }

  @Override
  public Map<String, String> committed() throws IOException {
    SearcherManager from = searchers();
    if (from == null) {
      return Map.of();
    }
    IndexSearcher s = from.acquire();
    try {
      return ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
    } finally {
      from.release(s);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    IOUtils.close(searchers, directory);
  }
}
