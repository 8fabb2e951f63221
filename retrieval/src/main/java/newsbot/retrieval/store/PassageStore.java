package newsbot.retrieval.store;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import newsbot.retrieval.analysis.ChineseAnalysis;

/**
 * The seam between answering and a search engine: what the bot needs from a store of passages.
 * The bot cuts pages into passages, embeds them and decides what changed ({@link PassageSync});
 * the store keeps the passages with their embeddings, runs BM25 with the {@link
 * newsbot.retrieval.analysis.ChineseAnalysis} chains and kNN over the embeddings, and hands back
 * what a citation needs. Two engines implement it: the embedded Lucene index ({@code
 * newsbot.retrieval.index.PassageIndex}, the default) and SolrCloud (module {@code newsbot-solr}).
 * Nothing above this interface knows which one runs.
 *
 * <p>Implementations are thread-safe; {@link #write} is called by one thread at a time, and
 * searches keep answering from the previous version until it has committed.
 */
public interface PassageStore extends Closeable, ArticleFrequencies {

  /** Commit data key: JSON of source file → content hash of what was indexed. */
  String PAGES_KEY = "pages";

  /** True when this store may only be searched: {@link #write} refuses. */
  boolean readOnly();

  /** What the last {@link #write} recorded under a key, or null (nothing written yet). */
  String committed(String key) throws IOException;

  /** Passage id → {@link StoredPassage#hash} of every passage stored now. */
  Map<String, String> hashes() throws IOException;

  /**
   * Applies one set of changes and commits them once, with the commit data; searches see the new
   * version only once all of it is in.
   */
  void write(StoreWrite changes) throws IOException;

  /** Number of passages searchable now; 0 when nothing was written yet. */
  int size() throws IOException;

  /** A consistent view for the length of one search; close it when done. */
  StoreSnapshot snapshot() throws IOException;

  /** The counts in one snapshot of the version searchable now. */
  @Override
  default ArticleCounts articleCounts(ChineseAnalysis analysis, Collection<String> terms)
      throws IOException {
    try (StoreSnapshot s = snapshot()) {
      return s.articleCounts(analysis, terms);
    }
  }
}
