package newsbot.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import newsbot.retrieval.IngestReport;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.analysis.ChineseAnalysis;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.AnswerSettings;
import newsbot.retrieval.answer.ExtractiveAnswerer;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.eval.AnswerEval;
import newsbot.retrieval.eval.EvalRuns;
import newsbot.retrieval.eval.Metrics;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.QaSet;
import newsbot.retrieval.eval.RetrievalEval;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.FurnitureRules;
import newsbot.retrieval.search.HybridRetriever;
import newsbot.retrieval.search.RetrievalSettings;
import newsbot.retrieval.search.SearchRequest;
import newsbot.retrieval.store.ArticleCounts;
import newsbot.retrieval.store.Fields;
import newsbot.retrieval.store.IndexedPassage;
import newsbot.retrieval.store.PassageStore;
import newsbot.retrieval.store.PassageSync;
import newsbot.retrieval.store.StoreWrite;
import newsbot.retrieval.store.StoredPassage;
import newsbot.retrieval.store.VectorEncoding;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The same retrieval on a real SolrCloud: two Solr nodes and an embedded ZooKeeper in this JVM
 * (one cluster for every case, in order), a collection of two shards x two replicas created by the
 * bot from the shipped configset. The seed pages are indexed in the embedded Lucene index first,
 * as a bot that moves to the cluster has them; the cluster is then filled from the same data
 * folder's embedding cache.
 */
@TestMethodOrder(OrderAnnotation.class)
class SolrCloudRetrievalTest {

  static final EmbeddingModelChoice BGE = EmbeddingModelChoice.BGE_SMALL_ZH_V15;
  static final Path SEEDS = Path.of("seeds");
  static final Path QA = Path.of("eval", "qa-dev.jsonl");
  static final Path ROOT = Path.of("solr", "target", "test-data");
  static final Path DATA = ROOT.resolve("seeds");
  static final String PAGE_1 = "001_1b195415e26a939e.txt";
  static final String PAGE_4 = "004_c46a323090806ea5.txt";
  static final String BANK = "嘉兴银行平湖支行成立年份";
  static final String EXPORTS = "跨境电商出口规模目标";

  static MiniSolrCloudCluster cluster;
  static Path clusterFolder;
  static List<QaItem> items;
  static List<Metrics> embeddedMetrics;
  static List<Answer> embeddedAnswers;
  static AnswerEval.Result embeddedAnswerEval;
  static int embeddedPassages;
  static SolrSettings settings;
  static NewsLibrary solr;
  /**
   * The collection keeps float32 vectors (the schema's DenseVectorField): the embedded index it is
   * compared with keeps them so too, not int8, so scores can match to the last digit.
   */
  static final RetrievalSettings SETTINGS =
      RetrievalSettings.defaults().withVectors(VectorEncoding.FLOAT32);

  @BeforeAll
  static void indexEmbeddedThenStartTheCluster() throws Exception {
    items = QaSet.load(QA);
    long t0 = System.nanoTime();
    try (NewsLibrary embedded = NewsLibrary.open(SEEDS, DATA, parser(), embedder(),
        SETTINGS)) {
      embedded.ensureFresh();
      embeddedPassages = embedded.index().size();
      embeddedMetrics = measure(embedded);
      embeddedAnswers = answers(embedded);
      embeddedAnswerEval = AnswerEval.run(answerer(embedded), embedded.corpus(), items);
    }
    long t1 = System.nanoTime();
    System.setProperty("zookeeper.forceSync", "no");
    clusterFolder = Files.createTempDirectory(ROOT.toAbsolutePath().getParent(), "cluster-");
    cluster = new MiniSolrCloudCluster.Builder(2, clusterFolder).build();
    List<String> urls = cluster.getJettySolrRunners().stream()
        .map(j -> j.getBaseUrl().toString()).toList();
    settings = new SolrSettings(urls, "newsbot", 2, 2, Duration.ofSeconds(5),
        Duration.ofSeconds(60), "", "");
    System.out.printf("embedded index and eval %d ms, cluster up %d ms%n",
        (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    if (solr != null) {
      solr.close();
    }
    if (cluster != null) {
      cluster.shutdown();
    }
    if (clusterFolder != null) {
      delete(clusterFolder);
    }
  }

  /** Deletes a folder and everything in it, when present. */
  static void delete(Path folder) throws IOException {
    if (Files.exists(folder)) {
      try (Stream<Path> all = Files.walk(folder)) {
        for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(f);
        }
      }
    }
  }

  static CorpusParser parser() {
    return new CorpusParser(FurnitureRules.defaults(), "平湖版");
  }

  static Embedder embedder() throws IOException {
    return embedder(DATA);
  }

  static Embedder embedder(Path data) throws IOException {
    return new Embedder(BGE, () -> BGE.load(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "test-embedding");
      t.setDaemon(true);
      return t;
    })), EmbeddingCache.open(data.resolve("embeddings"), BGE.configName(), BGE.dimension()));
  }

  static ExtractiveAnswerer answerer(NewsLibrary lib) {
    return new ExtractiveAnswerer(lib.retriever(), lib.embedder(), lib,
        new Links("http://bot.test", Links.DEFAULT_EPAPER_TEMPLATE), AnswerSettings.defaults());
  }

  /** The runs of {@code eval} over the bge index (the other model has its own collection). */
  static List<Metrics> measure(NewsLibrary lib) throws IOException {
    List<Metrics> out = new ArrayList<>();
    for (EvalRuns.IndexRun run : EvalRuns.indexRuns(BGE, SETTINGS)) {
      if (run.model() == BGE) {
        out.add(RetrievalEval.run(run.name(), run.label(),
            new HybridRetriever(lib.index(), lib.embedder(), run.settings()), items));
      }
    }
    return out;
  }

  static List<Answer> answers(NewsLibrary lib) throws IOException {
    ExtractiveAnswerer answerer = answerer(lib);
    List<Answer> out = new ArrayList<>();
    for (QaItem item : items) {
      out.add(answerer.answer(item.question()));
    }
    return out;
  }

  @Test
  @Order(1)
  void should_fill_a_new_collection_from_the_embedding_cache_without_embedding() throws Exception {
    long t0 = System.nanoTime();
    SolrPassageStore store = SolrPassageStore.open(settings, BGE.configName(), BGE.dimension());
    cluster.waitForActiveCollection(store.collection(), 2, 4);
    solr = NewsLibrary.over(SEEDS, DATA, parser(), store, embedder(),
        SETTINGS);
    assertEquals(0, solr.index().size());
    IngestReport report = solr.ingest();
    assertEquals(0, report.index().embedded(), "every passage comes from the embedding cache");
    assertEquals(embeddedPassages, report.index().passages());
    assertEquals(embeddedPassages, report.index().added());
    assertEquals(embeddedPassages, solr.index().size());
    assertEquals("newsbot_bge-small-zh-v15", store.collection());
    System.out.printf("collection created and filled in %d ms%n",
        (System.nanoTime() - t0) / 1_000_000);
  }

  @Test
  @Order(2)
  void should_count_the_articles_holding_a_term_as_the_parsed_articles_do() throws IOException {
    List<Article> articles = solr.corpus().articles();
    for (ChineseAnalysis analysis : Fields.ARTICLE_ANALYSES) {
      Map<String, Integer> expected = new HashMap<>();
      for (Article a : articles) {
        for (String t : new HashSet<>(analysis.terms(StoredPassage.articleText(a)))) {
          expected.merge(t, 1, Integer::sum);
        }
      }
      // thousands of terms: several requests
      assertTrue(expected.size() > 2 * SolrSnapshot.TERMS_PER_REQUEST, analysis.name());
      assertEquals(new ArticleCounts(articles.size(), expected),
          solr.index().articleCounts(analysis, expected.keySet()), analysis.name());
    }
    // 30 articles: 平湖 in 23 of them, 洁具 only in 平湖经开助力企业发展跨境电商, no 地铁 at all
    assertEquals(new ArticleCounts(30, Map.of("平湖", 23, "洁具", 1, "地铁", 0)),
        solr.index().articleCounts(ChineseAnalysis.BIGRAM, List.of("平湖", "洁具", "地铁")));
  }

  @Test
  @Order(2)
  void should_bring_a_collection_of_an_older_schema_up_to_date_and_count_its_articles()
      throws Exception {
    // what the previous release made: the shipped configset without the article-term fields
    Path old = Files.createTempDirectory(clusterFolder, "configset-");
    for (String f : SolrCollections.FILES) {
      try (var in = SolrCollections.class.getResourceAsStream(SolrCollections.RESOURCES + f)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(old.resolve(f),
            text.replaceAll("<field name=\"article_(bigram|smartcn)\"[^>]*/>", ""),
            StandardCharsets.UTF_8);
      }
    }
    cluster.uploadConfigSet(old, "newsbot-before");
    CollectionAdminRequest.createCollection("newsbot_before", "newsbot-before", 1, 1)
        .withProperty(SolrCollections.DIMENSION_PROPERTY, Integer.toString(BGE.dimension()))
        .process(cluster.getSolrClient());
    cluster.waitForActiveCollection("newsbot_before", 1, 1);
    try (SolrPassageStore store = SolrPassageStore.open(settings, "before", BGE.dimension())) {
      assertEquals("newsbot_before", store.collection());
      PassageSync.sync(store, embedder(), parser().parseFolder(SEEDS).pages(), true, Map.of());
      assertEquals(new ArticleCounts(30, Map.of("洁具", 1)),
          store.articleCounts(ChineseAnalysis.BIGRAM, List.of("洁具")));
    }
  }

  @Test
  @Order(2)
  void should_reproduce_the_embedded_numbers_and_answers_of_eval() throws IOException {
    List<Metrics> onSolr = measure(solr);
    assertEquals(embeddedMetrics.size(), onSolr.size());
    for (int i = 0; i < onSolr.size(); i++) {
      Metrics e = embeddedMetrics.get(i);
      Metrics s = onSolr.get(i);
      System.out.printf("%-24s embedded hit@1 %.3f MRR %.3f | solr hit@1 %.3f MRR %.3f%n",
          e.name(), e.hitAt1(), e.mrrAt10(), s.hitAt1(), s.mrrAt10());
      assertEquals(e.name(), s.name());
      assertEquals(e.hitAt1(), s.hitAt1(), 0.01, e.name() + " hit@1");
      assertEquals(e.mrrAt10(), s.mrrAt10(), 0.01, e.name() + " MRR@10");
    }
    assertEquals(EvalRuns.SYSTEM, onSolr.get(0).name());
    assertTrue(onSolr.get(0).hitAt1() >= 0.95, "the system's floor holds on the cluster");

    List<Answer> answers = answers(solr);
    for (int i = 0; i < items.size(); i++) {
      Answer e = embeddedAnswers.get(i);
      Answer s = answers.get(i);
      String id = items.get(i).id();
      assertEquals(e.found(), s.found(), id);
      assertEquals(e.answer(), s.answer(), id);
      assertEquals(e.citations(), s.citations(), id + ": article ids and citations");
      assertEquals(e.related(), s.related(), id);
      assertEquals(e.similarity(), s.similarity(), 1e-4, id);
    }
    assertEquals(embeddedAnswerEval, AnswerEval.run(answerer(solr), solr.corpus(), items));
  }

  @Test
  @Order(3)
  void should_change_and_embed_nothing_when_the_seeds_are_ingested_again() throws IOException {
    IngestReport again = solr.ingest();
    assertEquals(0, again.index().embedded());
    assertEquals(0, again.index().added() + again.index().updated() + again.index().deleted());
    assertEquals(embeddedPassages, solr.index().size());
  }

  @Test
  @Order(4)
  void should_reload_like_the_embedded_index_and_keep_answering_until_the_one_commit()
      throws Exception {
    Path seeds = ROOT.resolve("reload-seeds");
    Path data = ROOT.resolve("reload-data");
    delete(seeds);
    delete(data);
    Files.createDirectories(seeds);
    Files.createDirectories(data.resolve("embeddings"));
    Files.copy(DATA.resolve("embeddings").resolve(BGE.configName() + ".bin"),
        data.resolve("embeddings").resolve(BGE.configName() + ".bin"));
    Files.copy(SEEDS.resolve(PAGE_1), seeds.resolve(PAGE_1));
    SolrSettings other = new SolrSettings(settings.urls(), "reload", 2, 2,
        settings.connectTimeout(), settings.requestTimeout(), "", "");
    SolrPassageStore store = SolrPassageStore.open(other, BGE.configName(), BGE.dimension());
    cluster.waitForActiveCollection(store.collection(), 2, 4);
    try (NewsLibrary lib = NewsLibrary.over(seeds, data, parser(), store, embedder(data),
        SETTINGS)) {
      lib.ingest();
      Files.copy(SEEDS.resolve(PAGE_4), seeds.resolve(PAGE_4));
      IngestReport added = lib.ingest();
      assertEquals(List.of(PAGE_4), added.added());
      assertEquals(0, added.index().deleted());
      assertEquals(PAGE_4, top(lib, BANK).source());

      // the page turns bad: reported, and its previous version still served
      Files.write(seeds.resolve(PAGE_4), new byte[] {0, 0, 1, 2});
      IngestReport bad = lib.ingest();
      assertEquals(List.of(PAGE_4), bad.keptPrevious());
      assertEquals(0, bad.index().deleted(), "nothing of the old page is lost");
      assertEquals(PAGE_4, top(lib, BANK).source());

      Files.delete(seeds.resolve(PAGE_4));
      IngestReport removed = lib.ingest();
      assertEquals(List.of(PAGE_4), removed.removed());
      assertTrue(removed.index().deleted() > 0);
      assertTrue(lib.retriever().search(SearchRequest.of(BANK, 10)).stream()
          .noneMatch(h -> h.passage().source().equals(PAGE_4)));

      // written under other rules: the next ingest deletes everything and writes it again;
      // searches meanwhile keep seeing the whole previous version until the one commit
      int passages = lib.index().size();
      String title = top(lib, EXPORTS).title();
      store.write(new StoreWrite(false, List.of(), List.of(),
          Map.of(PassageStore.PAGES_KEY, store.committed(PassageStore.PAGES_KEY))));
      AtomicBoolean done = new AtomicBoolean();
      List<String> seen = new CopyOnWriteArrayList<>();
      Thread searches = new Thread(() -> {
        try {
          while (!done.get()) {
            seen.add(lib.index().size() + " " + top(lib, EXPORTS).title());
          }
        } catch (IOException | RuntimeException e) {
          seen.add(e.toString());
        }
      });
      searches.start();
      IngestReport rewritten = lib.ingest();
      done.set(true);
      searches.join();
      assertEquals(passages, rewritten.index().added(), "everything written again");
      assertTrue(seen.size() > 1, "searches ran during the ingest: " + seen.size());
      assertEquals(List.of(passages + " " + title), seen.stream().distinct().toList());
    }
  }

  static IndexedPassage top(NewsLibrary lib, String query) throws IOException {
    return lib.retriever().search(SearchRequest.of(query, 1)).get(0).passage();
  }

  @Test
  @Order(5)
  void should_keep_answering_with_one_node_stopped() throws Exception {
    JettySolrRunner first = cluster.getJettySolrRunner(0);
    cluster.stopJettySolrRunner(first);
    cluster.waitForJettyToStop(first);
    List<Answer> answers = answers(solr);
    for (int i = 0; i < items.size(); i++) {
      assertEquals(embeddedAnswers.get(i).answer(), answers.get(i).answer(), items.get(i).id());
      assertEquals(embeddedAnswers.get(i).citations(), answers.get(i).citations());
    }
  }

  @Test
  @Order(6)
  void should_fail_an_ingest_on_a_cluster_that_is_down_and_leave_the_embedded_index()
      throws Exception {
    Map<String, Long> before = files(DATA.resolve("index"));
    cluster.stopJettySolrRunner(cluster.getJettySolrRunner(0)); // the other one, the last
    SolrUnavailableException e = assertThrows(SolrUnavailableException.class, solr::ingest);
    assertTrue(e.getMessage().startsWith("the SolrCloud cluster at " + settings.urls().get(0)
        + ", " + settings.urls().get(1) + " cannot be reached ("), e.getMessage());
    assertTrue(e.getMessage().endsWith(
        "): start it, or point retrieval.solr.urls at a live node"), e.getMessage());
    SolrUnavailableException open = assertThrows(SolrUnavailableException.class,
        () -> SolrPassageStore.open(settings, BGE.configName(), BGE.dimension()));
    assertTrue(open.getMessage().startsWith("the SolrCloud cluster at "), open.getMessage());
    assertEquals(before, files(DATA.resolve("index")), "the embedded index is untouched");
    try (NewsLibrary embedded = NewsLibrary.open(SEEDS, DATA, parser(), embedder(),
        SETTINGS)) {
      assertEquals(false, embedded.isStale());
      assertEquals(embeddedPassages, embedded.index().size());
    }
  }

  /** Every file under a folder with its size and modification time. */
  static Map<String, Long> files(Path folder) throws IOException {
    Map<String, Long> out = new TreeMap<>();
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        out.put(folder.relativize(f) + " " + Files.size(f), Files.getLastModifiedTime(f)
            .toMillis());
      }
    }
    return out;
  }
}
