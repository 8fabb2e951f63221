package newsbot.solr;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.store.Fields;
import newsbot.retrieval.store.PassageStore;
import newsbot.retrieval.store.StoreSnapshot;
import newsbot.retrieval.store.StoreWrite;
import newsbot.retrieval.store.StoredPassage;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * The SolrCloud engine behind {@link PassageStore}: one collection per embedding model, created
 * from the shipped configset when missing ({@link SolrCollections}). A write sends the adds and
 * deletes without committing and then commits once (the configset never opens a searcher on its
 * own), so searches answer from the previous version until the whole ingest is in. What the last
 * ingest recorded lives in one extra document, written in the same commit. Thread-safe.
 */
public final class SolrPassageStore implements PassageStore {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 500;

  private final SolrNodes nodes;
  private final String collection;
  private final SolrSettings settings;

  private SolrPassageStore(SolrNodes nodes, String collection, SolrSettings settings) {
    this.nodes = nodes;
    this.collection = collection;
    this.settings = settings;
  }

  /**
   * Connects to the cluster and makes sure the collection of a model exists (uploading the
   * configset and creating the collection when missing).
   *
   * @param model the embedding model's config name (the collection's suffix)
   * @param dimension the model's embedding dimension (the vector field's)
   * @throws SolrUnavailableException when no node of the cluster answers
   */
  public static SolrPassageStore open(SolrSettings settings, String model, int dimension)
      throws IOException {
    SolrNodes nodes = new SolrNodes(settings);
    try {
      String collection = SolrCollections.name(settings.collection(), model);
      new SolrCollections(nodes, settings).ensure(collection, dimension);
      return new SolrPassageStore(nodes, collection, settings);
    } catch (IOException | RuntimeException e) {
      nodes.close();
      throw e;
    }
  }

  /** The collection this store searches. */
  public String collection() {
    return collection;
  }

  @Override
  public boolean readOnly() {
    return false;
  }

  @Override
  public String committed(String key) throws IOException {
    SolrQuery q = new SolrQuery("{!term f=" + Fields.ID + "}" + SolrDocuments.COMMIT_ID);
    q.setFields(SolrDocuments.COMMIT_DATA);
    List<SolrDocument> docs = nodes.request(new QueryRequest(q), collection).getResults();
    if (docs.isEmpty()) {
      return null;
    }
    Map<String, String> data = JSON.readValue(
        docs.get(0).getFieldValue(SolrDocuments.COMMIT_DATA).toString(),
        new TypeReference<Map<String, String>>() {});
    return data.get(key);
  }

  @Override
  public Map<String, String> hashes() throws IOException {
    Map<String, String> out = new HashMap<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      SolrQuery q = new SolrQuery(SolrDocuments.PASSAGES);
      q.setFields(Fields.ID, Fields.HASH);
      q.setRows(1000);
      q.setSort(Fields.ID, SolrQuery.ORDER.asc);
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse r = nodes.request(new QueryRequest(q), collection);
      for (SolrDocument d : r.getResults()) {
        out.put(d.getFieldValue(Fields.ID).toString(), d.getFieldValue(Fields.HASH).toString());
      }
      if (cursor.equals(r.getNextCursorMark())) {
        return out;
      }
      cursor = r.getNextCursorMark();
    }
  }

  @Override
  public void write(StoreWrite changes) throws IOException {
    if (changes.clearFirst()) {
      send(new UpdateRequest().deleteByQuery("*:*"));
    }
    List<StoredPassage> put = changes.put();
    for (int i = 0; i < put.size(); i += BATCH) {
      UpdateRequest add = new UpdateRequest();
      for (StoredPassage p : put.subList(i, Math.min(put.size(), i + BATCH))) {
        add.add(SolrDocuments.document(p));
      }
      send(add);
    }
    if (!changes.delete().isEmpty()) {
      send(new UpdateRequest().deleteById(changes.delete()));
    }
    SolrInputDocument commit = new SolrInputDocument();
    commit.addField(Fields.ID, SolrDocuments.COMMIT_ID);
    commit.addField(SolrDocuments.COMMIT_DATA, JSON.writeValueAsString(changes.commitData()));
    UpdateRequest last = new UpdateRequest();
    last.add(commit);
    last.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
    send(last);
  }

  private void send(UpdateRequest request) throws IOException {
    nodes.request(request, collection);
  }

  @Override
  public int size() throws IOException {
    SolrQuery q = new SolrQuery(SolrDocuments.PASSAGES);
    q.setRows(0);
    return (int) nodes.request(new QueryRequest(q), collection).getResults().getNumFound();
  }

  @Override
  public StoreSnapshot snapshot() {
    return new SolrSnapshot(nodes, collection);
  }

  @Override
  public void close() throws IOException {
    nodes.close();
  }

  @Override
  public String toString() {
    return "collection " + collection + " of " + settings.describe();
  }
}
