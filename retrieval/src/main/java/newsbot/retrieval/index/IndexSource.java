package newsbot.retrieval.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.SearcherManager;

/**
 * Where the searchable versions of an index come from: its own writer ({@link PassageWriter}), or
 * the commits another process writes ({@link CommitReader}). Thread-safe.
 */
sealed interface IndexSource extends Closeable permits PassageWriter, CommitReader {

  /** The searchers of the newest version, or null while the folder holds no index. */
  SearcherManager searchers() throws IOException;

  /** The user data of the last commit; empty while the folder holds no index. */
  Map<String, String> committed() throws IOException;
}
