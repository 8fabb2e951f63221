package newsbot.retrieval.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Turns text into unit vectors with one in-process model, through the cache. The model is loaded
 * on first use, so opening an index that is up to date costs no model load. Thread-safe.
 */
public final class Embedder implements Closeable {

  /** Words kept by {@link #words()}: about 32 MB of vectors of 512 dimensions. */
  private static final int MEMO_WORDS = 16_384;

  private final EmbeddingModelChoice choice;
  private final Supplier<EmbeddingModel> loader;
  private final EmbeddingCache cache;
  private final AtomicLong computed = new AtomicLong();
  private final WordVectors words = new WordVectors(this::model, MEMO_WORDS);
  private volatile EmbeddingModel model;

  public Embedder(EmbeddingModelChoice choice, Supplier<EmbeddingModel> loader, EmbeddingCache cache) {
    this.choice = choice;
    this.loader = loader;
    this.cache = cache;
  }

  public EmbeddingModelChoice choice() {
    return choice;
  }

  /** How many texts this embedder has run through the model (cache misses). */
  public long computed() {
    return computed.get();
  }

  /** The model itself, loaded on first use (benchmarks measure it directly). */
  public EmbeddingModel model() {
    EmbeddingModel m = model;
    if (m == null) {
      synchronized (this) {
        if (model == null) {
          model = loader.get();
        }
        m = model;
      }
    }
    return m;
  }

  /** Vectors of single words, with this embedder's model (not through its cache). */
  public WordVectors words() {
    return words;
  }

  /** Loads the model now (so the first query does not pay for it). */
  public void warm() {
    model();
  }

  /**
   * The embedding of a question, with the model's query instruction. Computed every time: the
   * retriever embeds a question once and hands the vector on ({@code Retrieval.queryVector}).
   */
  public float[] embedQuery(String query) {
    computed.incrementAndGet();
    return model().embed(choice.queryInstruction() + query).content().vector();
  }

  /**
   * Embeddings of passages, in order; only texts not in the cache go through the model. The
   * vectors are taken as they are found or computed, not asked of the cache again: it keeps only
   * some in memory, and reading back what was just written would cost a read each.
   */
  public List<float[]> embedPassages(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    List<String> keys = new ArrayList<>(texts.size());
    Map<String, TextSegment> missing = new LinkedHashMap<>();
    for (String text : texts) {
      String key = EmbeddingCache.key(choice.configName() + "\n" + text);
      float[] cached = missing.containsKey(key) ? null : cache.get(key);
      if (cached == null) {
        missing.putIfAbsent(key, TextSegment.from(text));
      }
      out.add(cached);
      keys.add(key);
    }
    if (missing.isEmpty()) {
      return out;
    }
    List<Embedding> embeddings = model().embedAll(new ArrayList<>(missing.values())).content();
    computed.addAndGet(missing.size());
    Map<String, float[]> fresh = new LinkedHashMap<>();
    int i = 0;
    for (String key : missing.keySet()) {
      fresh.put(key, embeddings.get(i++).vector());
    }
    try {
      cache.putAll(fresh);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the embedding cache", e);
    }
    for (int j = 0; j < out.size(); j++) {
      if (out.get(j) == null) {
        out.set(j, fresh.get(keys.get(j)));
      }
    }
    return out;
  }

  /** Lets the cache's file go (see {@link EmbeddingCache#close()}). */
  @Override
  public void close() throws IOException {
    cache.close();
  }
}
