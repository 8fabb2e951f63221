package newsbot.solr;

import java.io.IOException;

/** No node of the cluster could be reached; the message is one sentence naming the cluster. */
public final class SolrUnavailableException extends IOException {
  private static final long serialVersionUID = 1L;

  SolrUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
