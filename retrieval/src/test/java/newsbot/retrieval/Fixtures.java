package newsbot.retrieval;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.FurnitureRules;
import newsbot.retrieval.search.RetrievalSettings;

/**
 * Real models and real indexes for tests. Models load once per test JVM; the seed index is built
 * once under target/test-data and shared by the test classes that only read it.
 */
public final class Fixtures {

  public static final Path SEEDS = Path.of("seeds");
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "test-embedding");
    t.setDaemon(true);
    return t;
  });
  private static final Map<EmbeddingModelChoice, EmbeddingModel> MODELS =
      new EnumMap<>(EmbeddingModelChoice.class);
  private static final Map<EmbeddingModelChoice, NewsLibrary> SEED_LIBRARIES =
      new EnumMap<>(EmbeddingModelChoice.class);

  private Fixtures() {}

  public static synchronized EmbeddingModel model(EmbeddingModelChoice choice) {
    return MODELS.computeIfAbsent(choice, c -> c.load(THREADS));
  }

  public static CorpusParser parser() {
    return new CorpusParser(FurnitureRules.defaults(), "平湖版");
  }

  /** A library over any seeds folder and data folder, with the shared model. */
  public static NewsLibrary library(Path seeds, Path data, EmbeddingModelChoice choice)
      throws IOException {
    Embedder embedder = new Embedder(choice, () -> model(choice),
        EmbeddingCache.open(data.resolve("embeddings"), choice.configName(), choice.dimension()));
    return NewsLibrary.open(seeds, data, parser(), embedder, RetrievalSettings.defaults());
  }

  /** The five seed pages, indexed (once per JVM), read-only for tests. */
  public static synchronized NewsLibrary seedLibrary(EmbeddingModelChoice choice)
      throws IOException {
    NewsLibrary lib = SEED_LIBRARIES.get(choice);
    if (lib == null) {
      lib = library(SEEDS, Path.of("retrieval", "target", "test-data", "seeds"), choice);
      lib.ensureFresh();
      SEED_LIBRARIES.put(choice, lib);
    }
    return lib;
  }
}
