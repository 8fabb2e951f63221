package newsbot.retrieval;

import java.io.IOException;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.store.ArticleFrequencies;

/**
 * Where the current articles come from: the one source of truth for quotes and citations. A
 * reload replaces the corpus; callers take {@link #corpus()} once per request and use that.
 */
public interface CorpusSource {
  Corpus corpus() throws IOException;

  /** How many of the articles hold a term, counted by the store that indexes them. */
  ArticleFrequencies frequencies();
}
