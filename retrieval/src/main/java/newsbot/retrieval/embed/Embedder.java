package newsbot.retrieval.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
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
public final class Embedder {

  private final EmbeddingModelChoice choice;
  private final Supplier<EmbeddingModel> loader;
  private final EmbeddingCache cache;
  private final AtomicLong computed = new AtomicLong();
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

  /** Embeddings of passages, in order; only texts not in the cache go through the model. */
  public List<float[]> embedPassages(List<String> texts) {
    Map<String, float[]> fresh = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(texts.size());
    List<TextSegment> missing = new ArrayList<>();
    List<String> missingKeys = new ArrayList<>();
    java.util.Set<String> pending = new java.util.HashSet<>();
    for (String text : texts) {
      String key = EmbeddingCache.key(choice.configName() + "\n" + text);
      keys.add(key);
      if (cache.get(key) == null && pending.add(key)) {
        missing.add(TextSegment.from(text));
        missingKeys.add(key);
      }
    }
    if (!missing.isEmpty()) {
      List<Embedding> embeddings = model().embedAll(missing).content();
      computed.addAndGet(missing.size());
      for (int i = 0; i < missing.size(); i++) {
        fresh.put(missingKeys.get(i), embeddings.get(i).vector());
      }
      try {
        cache.putAll(fresh);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the embedding cache", e);
      }
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (String key : keys) {
      out.add(cache.get(key));
    }
    return out;
  }
}
