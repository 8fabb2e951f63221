package newsbot.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.store.AnalysedQuery;
import newsbot.retrieval.store.ArticleCounts;
import newsbot.retrieval.store.Candidate;
import newsbot.retrieval.store.Fields;
import newsbot.retrieval.store.IndexedPassage;
import newsbot.retrieval.store.PassageFilter;
import newsbot.retrieval.store.StoreSnapshot;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.json.JsonQueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;

/**
 * One search against the collection. The BM25 query is the embedded index's, clause for clause:
 * a term query per analysed term on the text field and one on the headline field times the boost
 * (JSON Query DSL: {@code term} and {@code boost} parsers, so Solr does not analyse the terms
 * again); kNN is Solr's {@code knn} parser with the filter as a pre-filter. Statistics are exact
 * across shards (ExactStatsCache in the configset), so the scores are those of one index. Each
 * query returns the stored passages with the scores, and {@link Candidate#ref} is the position in
 * this snapshot's list of them; a commit between the two queries of one search is seen by the
 * second only.
 */
final class SolrSnapshot implements StoreSnapshot {

  /** Facet queries per request when counting articles (keeps the request body small). */
  static final int TERMS_PER_REQUEST = 500;

  private final SolrNodes nodes;
  private final String collection;
  private final List<IndexedPassage> found = new ArrayList<>();

  SolrSnapshot(SolrNodes nodes, String collection) {
    this.nodes = nodes;
    this.collection = collection;
  }

  @Override
  public List<Candidate> bm25(List<AnalysedQuery> terms, float titleBoost, int n,
      PassageFilter filter) throws IOException {
    List<Object> should = new ArrayList<>();
    for (AnalysedQuery analysed : terms) {
      for (String term : analysed.terms()) {
        should.add(term(Fields.text(analysed.analysis()), term));
        should.add(Map.of("boost", Map.of("b", Float.toString(titleBoost),
            "query", term(Fields.title(analysed.analysis()), term))));
      }
    }
    if (should.isEmpty()) {
      return List.of();
    }
    return run(Map.of("bool", Map.of("should", should)), n, filter);
  }

  @Override
  public List<Candidate> knn(float[] vector, int n, PassageFilter filter) throws IOException {
    StringBuilder v = new StringBuilder("[");
    for (int i = 0; i < vector.length; i++) {
      v.append(i == 0 ? "" : ",").append(vector[i]);
    }
    v.append(']');
    return run(Map.of("knn", Map.of("f", Fields.VECTOR, "topK", n, "query", v.toString())), n,
        filter);
  }

  private static Map<String, Object> term(String field, String term) {
    return Map.of("term", Map.of("f", field, "query", term));
  }

  private List<Candidate> run(Map<String, Object> query, int n, PassageFilter filter)
      throws IOException {
    JsonQueryRequest request = new JsonQueryRequest().setQuery(query).setLimit(n)
        .returnFields(SolrDocuments.RETURNED);
    for (String fq : filters(filter)) {
      request.withFilter(fq);
    }
    List<Candidate> out = new ArrayList<>();
    for (SolrDocument d : nodes.request(request, collection).getResults()) {
      IndexedPassage p = SolrDocuments.read(d);
      out.add(new Candidate(keep(p), ((Number) d.getFieldValue("score")).floatValue(),
          p.articleId()));
    }
    return out;
  }

  /** Keeps a passage read with its hit; its number is the candidate's ref. */
  private synchronized int keep(IndexedPassage p) {
    found.add(p);
    return found.size() - 1;
  }

  private static List<String> filters(PassageFilter f) {
    if (f == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (f.dated()) {
      out.add(Fields.DATE_DAY + ":[" + (f.from() == null ? "*" : f.from().toEpochDay()) + " TO "
          + (f.to() == null ? "*" : f.to().toEpochDay()) + "]");
    }
    if (f.kind() != null) {
      out.add("{!term f=" + Fields.KIND + "}" + f.kind());
    }
    return out;
  }

  /**
   * The first passages (ordinal 0, one per article) are counted, and a facet query per term
   * ({@code term} parser: the term as indexed, not analysed again) counts those holding it, up to
   * {@value #TERMS_PER_REQUEST} terms a request; Solr sums the shards' counts of live documents.
   */
  @Override
  public ArticleCounts articleCounts(ChineseAnalysis analysis, Collection<String> terms)
      throws IOException {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(terms));
    Map<String, Integer> holding = new HashMap<>();
    int articles = 0;
    int from = 0;
    do {
      List<String> batch = distinct.subList(from, Math.min(distinct.size(),
          from + TERMS_PER_REQUEST));
      articles = count(Fields.article(analysis), batch, holding);
      from += TERMS_PER_REQUEST;
    } while (from < distinct.size());
    return new ArticleCounts(articles, holding);
  }

  /** One request: puts the batch's counts in {@code holding}, returns the article count. */
  private int count(String field, List<String> batch, Map<String, Integer> holding)
      throws IOException {
    SolrQuery q = new SolrQuery(Fields.ORDINAL + ":0");
    q.setRows(0);
    for (String t : batch) {
      q.addFacetQuery(facet(field, t));
    }
    q.setFacet(!batch.isEmpty());
    QueryResponse r = nodes.request(new QueryRequest(q, SolrRequest.METHOD.POST), collection);
    for (String t : batch) {
      holding.put(t, r.getFacetQuery().getOrDefault(facet(field, t), 0));
    }
    return (int) r.getResults().getNumFound();
  }

  private static String facet(String field, String term) {
    return "{!term f=" + field + "}" + term;
  }

  @Override
  public synchronized IndexedPassage load(Candidate candidate) {
    return found.get(candidate.ref());
  }

  @Override
  public synchronized void close() {
    found.clear();
  }
}
