package newsbot.solr;

import java.time.Duration;
import java.util.List;

/**
 * Where the SolrCloud cluster is and how the passages live in it.
 *
 * @param urls base URLs of Solr nodes ({@code http://solr1:8983/solr}); any node answers for the
 *     whole cluster, the others are tried in turn when one is down
 * @param collection the collection name's prefix: each embedding model has its own collection,
 *     {@code <collection>_<model>}, as the embedded index has its own folder
 * @param shards shards of a collection created by the bot
 * @param replicas replicas of each shard of a collection created by the bot
 * @param username basic-auth user, or empty (from the environment only)
 * @param password basic-auth password, or empty (from the environment only)
 */
public record SolrSettings(List<String> urls, String collection, int shards, int replicas,
    Duration connectTimeout, Duration requestTimeout, String username, String password) {

  public SolrSettings {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("at least one Solr URL is needed");
    }
  }

  /** The cluster in words, for messages: its node URLs. */
  public String describe() {
    return "the SolrCloud cluster at " + String.join(", ", urls);
  }

  @Override
  public String toString() {
    return "SolrSettings[urls=" + urls + ", collection=" + collection + ", shards=" + shards
        + ", replicas=" + replicas + ", auth=" + (username.isEmpty() ? "none" : "basic") + "]";
  }
}
