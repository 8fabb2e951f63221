package newsbot.retrieval.search;

import java.io.IOException;
import java.util.List;

/** Finds the articles that answer a query, best first. */
public interface Retriever {

  /** The articles and the query vector the search computed. */
  Retrieval retrieve(SearchRequest request) throws IOException;

  /** The articles alone. */
  default List<Hit> search(SearchRequest request) throws IOException {
    return retrieve(request).hits();
  }
}
