package newsbot.retrieval.search;

import java.io.IOException;
import java.util.List;

/**
 * Finds the articles that answer a query, best first. The seam where a move to OpenSearch would be
 * an adapter, not a rewrite.
 */
public interface Retriever {
  List<Hit> search(SearchRequest request) throws IOException;
}
