package newsbot.retrieval.index;

import java.nio.file.Path;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.search.RetrievalSettings;

/**
 * The other process of {@link ReadOnlyOpenTest}, standing in for {@code serve}: opens a data
 * folder to write it, prints {@code holding N} (N passages), and holds it until stdin closes.
 */
public final class HoldDataFolder {

  private HoldDataFolder() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    EmbeddingModelChoice bge = EmbeddingModelChoice.BGE_SMALL_ZH_V15;
    Embedder embedder = new Embedder(bge, () -> {
      throw new IllegalStateException("the holder needs no model");
    }, EmbeddingCache.open(data.resolve("embeddings"), bge.configName(), bge.dimension()));
    try (NewsLibrary lib = NewsLibrary.open(Fixtures.SEEDS, data, Fixtures.parser(), embedder,
        RetrievalSettings.defaults())) {
      System.out.println("holding " + lib.index().size());
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold until the test closes our stdin
      }
    }
  }
}
