package newsbot.retrieval.search;

import java.util.List;

/**
 * What one search found: the articles, best first, and the query's embedding as the retriever
 * computed it (null when the search used no embedding), so nothing downstream embeds it again.
 */
public record Retrieval(String query, float[] queryVector, List<Hit> hits) {
  public Retrieval {
    hits = List.copyOf(hits);
  }
}
