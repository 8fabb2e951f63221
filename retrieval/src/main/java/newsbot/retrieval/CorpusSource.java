package newsbot.retrieval;

import java.io.IOException;
import newsbot.retrieval.parse.Corpus;

/**
 * Where the current articles come from: the one source of truth for quotes and citations. A
 * reload replaces the corpus; callers take {@link #corpus()} once per request and use that.
 */
@FunctionalInterface
public interface CorpusSource {
  Corpus corpus() throws IOException;
}
