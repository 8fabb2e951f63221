package newsbot.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nodes of a cluster, each through SolrJ's JDK HTTP client: a request goes to the node that
 * answered last, and to the next one when that node cannot be reached. Any SolrCloud node serves
 * every collection (it forwards to the replicas that hold it), so one live node is enough.
 * Thread-safe.
 */
final class SolrNodes implements Closeable {

  private static final Logger LOG = LoggerFactory.getLogger(SolrNodes.class);

  private final SolrSettings settings;
  private final List<HttpJdkSolrClient> clients = new ArrayList<>();
  private volatile int current;

  SolrNodes(SolrSettings settings) {
    this.settings = settings;
    for (String url : settings.urls()) {
      HttpJdkSolrClient.Builder b = new HttpJdkSolrClient.Builder(url)
          .withConnectionTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
          .withRequestTimeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
      if (!settings.username().isEmpty()) {
        b.withBasicAuthCredentials(settings.username(), settings.password());
      }
      clients.add(b.build());
    }
  }

  /**
   * Sends the request to a live node.
   *
   * @param collection the collection, or null for a cluster request (admin)
   * @throws SolrUnavailableException naming the cluster, when no node can be reached
   */
  <T extends SolrResponse> T request(SolrRequest<T> request, String collection)
      throws IOException {
    int start = current;
    IOException last = null;
    for (int i = 0; i < clients.size(); i++) {
      int n = (start + i) % clients.size();
      try {
        T response = request.process(clients.get(n), collection);
        current = n;
        return response;
      } catch (SolrServerException e) {
        last = e.getCause() instanceof IOException io ? io : new IOException(e);
        LOG.warn("Solr node {} did not answer: {}", settings.urls().get(n), last.toString());
      } catch (IOException e) {
        last = e;
        LOG.warn("Solr node {} did not answer: {}", settings.urls().get(n), e.toString());
      } catch (SolrException e) { // the node answered, with an error: no other will do better
        throw new IOException(settings.describe() + " refused a request: " + e.getMessage(), e);
      }
    }
    throw new SolrUnavailableException(settings.describe() + " cannot be reached ("
        + (last == null ? "no node" : last.toString()) + "): start it, or point"
        + " retrieval.solr.urls at a live node", last);
  }

  @Override
  public void close() throws IOException {
    for (HttpJdkSolrClient c : clients) {
      IOUtils.closeQuietly(c);
    }
  }
}
