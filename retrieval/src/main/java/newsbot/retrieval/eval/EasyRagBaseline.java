package newsbot.retrieval.eval;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.CosineSimilarity;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.Retrieval;
import newsbot.retrieval.search.Retriever;
import newsbot.retrieval.search.SearchRequest;
import newsbot.retrieval.store.IndexedPassage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The peer baseline of {@code eval}: what langchain4j's Easy RAG does with our articles when a
 * developer keeps its defaults. Each parsed article (headline stack, then its paragraphs, blank
 * lines between) is one {@link Document}; the recursive splitter Easy RAG registers cuts it into
 * segments of at most 300 tokens with 30 overlapping (counted with the BERT tokenizer, as Easy
 * RAG's splitter factory does); bge-small-en-v1.5 quantized (Easy RAG's model) embeds them into an
 * {@link InMemoryEmbeddingStore}. A question, embedded as asked, ranks every segment by cosine
 * similarity; an article ranks by its best segment (ties by article id). No date or kind filters.
 *
 * <p>Splitting and embedding the seed pages takes 6 to 40 s on two shared cores, so the store is
 * kept in a folder as langchain4j serialises it, named by a hash of the documents: a re-run over
 * the same articles loads it instead. Question embeddings are cached by text. Searching is
 * thread-safe.
 */
public final class EasyRagBaseline implements Retriever {

  public static final String NAME = "easy-rag bge-small-en-v15-q";
  public static final String LABEL = "langchain4j Easy RAG defaults: recursive splitter 300/30"
      + " tokens, bge-small-en-v1.5 quantized, in-memory store, cosine";

  private static final Logger LOG = LoggerFactory.getLogger(EasyRagBaseline.class);
  private static final int MAX_SEGMENT_TOKENS = 300;
  private static final int OVERLAP_TOKENS = 30;
  private static final int DIMENSION = 384;
  private static final String ARTICLE_ID = "article_id";
  private static final String STORE_PREFIX = "easy-rag-store-";

  private final InMemoryEmbeddingStore<TextSegment> store;
  private final EmbeddingCache questions;
  private final Map<String, Article> articles = new HashMap<>();
  private final Map<String, Page> pages = new HashMap<>();
  private EmbeddingModel model;

  private EasyRagBaseline(Corpus corpus, InMemoryEmbeddingStore<TextSegment> store,
      EmbeddingCache questions, EmbeddingModel model) {
    this.store = store;
    this.questions = questions;
    this.model = model;
    for (Page page : corpus.pages()) {
      pages.put(page.source(), page);
      page.articles().forEach(a -> articles.put(a.id(), a));
    }
  }

  /**
   * The baseline over the corpus: its store loaded from the folder when one was built from the
   * same articles, else split, embedded and written there (replacing older stores).
   */
  public static EasyRagBaseline open(Corpus corpus, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<Document> documents = corpus.articles().stream().map(EasyRagBaseline::document).toList();
    String hash = EmbeddingCache.key(MAX_SEGMENT_TOKENS + "/" + OVERLAP_TOKENS + "\n"
        + documents.stream().map(d -> d.metadata().getString(ARTICLE_ID) + "\n" + d.text())
            .collect(Collectors.joining("\u0001")));
    Path file = folder.resolve(STORE_PREFIX + hash.substring(0, 16) + ".json");
    EmbeddingCache questions = EmbeddingCache.open(folder, "easy-rag-questions", DIMENSION);
    if (Files.exists(file)) {
      try {
        return new EasyRagBaseline(corpus, InMemoryEmbeddingStore.fromFile(file), questions, null);
      } catch (RuntimeException e) {
        LOG.warn("cannot read the easy-RAG store {}, building it again", file, e);
      }
    }
    EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
    List<TextSegment> segments = DocumentSplitters.recursive(MAX_SEGMENT_TOKENS, OVERLAP_TOKENS,
        new HuggingFaceTokenCountEstimator()).splitAll(documents);
    InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    store.addAll(model.embedAll(segments).content(), segments);
    write(store, file);
    return new EasyRagBaseline(corpus, store, questions, model);
  }

  private static Document document(Article a) {
    String text = a.titleStack() + "\n\n" + String.join("\n\n", a.paragraphs());
    return Document.from(text, Metadata.from(ARTICLE_ID, a.id()));
  }

  private static void write(InMemoryEmbeddingStore<TextSegment> store, Path file)
      throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    store.serializeToFile(tmp);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    try (Stream<Path> old = Files.list(file.getParent())) {
      for (Path p : old.filter(p -> p.getFileName().toString().startsWith(STORE_PREFIX)
          && !p.equals(file)).toList()) {
        Files.delete(p);
      }
    }
  }

  /** How many segments the splitter made. */
  public int segments() {
    return store.size();
  }

  @Override
  public Retrieval retrieve(SearchRequest request) {
    if (request.from() != null || request.to() != null || request.kind() != null) {
      throw new IllegalArgumentException("the easy-RAG baseline has no date or kind filters");
    }
    Embedding question = embedQuestion(request.query());
    List<EmbeddingMatch<TextSegment>> matches = store.search(EmbeddingSearchRequest.builder()
        .queryEmbedding(question).maxResults(Math.max(1, store.size()))
        .minScore(0.0).build()).matches();
    Map<String, EmbeddingMatch<TextSegment>> best = new LinkedHashMap<>();
    for (EmbeddingMatch<TextSegment> m : matches) {
      best.merge(m.embedded().metadata().getString(ARTICLE_ID), m,
          (a, b) -> b.score() > a.score() ? b : a);
    }
    List<Map.Entry<String, EmbeddingMatch<TextSegment>>> ranked = new ArrayList<>(best.entrySet());
    ranked.sort(Comparator.<Map.Entry<String, EmbeddingMatch<TextSegment>>>comparingDouble(
        e -> -e.getValue().score()).thenComparing(Map.Entry::getKey));
    List<Hit> hits = new ArrayList<>();
    for (Map.Entry<String, EmbeddingMatch<TextSegment>> e : ranked) {
      if (hits.size() == request.k()) {
        break;
      }
      double cosine = CosineSimilarity.fromRelevanceScore(e.getValue().score());
      hits.add(new Hit(hits.size() + 1, passage(e.getKey(), e.getValue().embedded()), cosine, 0,
          cosine));
    }
    return new Retrieval(request.query(), question.vector(), hits);
  }

  private Embedding embedQuestion(String question) {
    String key = EmbeddingCache.key(question);
    float[] cached = questions.get(key);
    if (cached != null) {
      return Embedding.from(cached);
    }
    float[] vector = model().embed(question).content().vector();
    try {
      questions.putAll(Map.of(key, vector));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the question cache", e);
    }
    return Embedding.from(vector);
  }

  /** Easy RAG's embedding model, as its factory builds it; loaded on first use. */
  private synchronized EmbeddingModel model() {
    if (model == null) {
      model = new BgeSmallEnV15QuantizedEmbeddingModel();
    }
    return model;
  }

  private IndexedPassage passage(String articleId, TextSegment segment) {
    Article a = articles.get(articleId);
    Page p = pages.get(a.source());
    String index = segment.metadata().getString("index");
    int ordinal = index == null ? 0 : Integer.parseInt(index);
    return new IndexedPassage(articleId + "#easy-rag-" + ordinal, articleId, ordinal,
        segment.text(), a.title(), a.kicker(), a.subtitle(), a.byline(), a.kind().jsonName(),
        a.source(), p == null ? null : p.date(), p == null ? null : p.issueNo(),
        p == null ? null : p.page());
  }
}
