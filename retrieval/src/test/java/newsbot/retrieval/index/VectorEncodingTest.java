package newsbot.retrieval.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.IngestReport;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.EmbeddingCache;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.QaSet;
import newsbot.retrieval.search.RetrievalSettings;
import newsbot.retrieval.search.SearchRequest;
import newsbot.retrieval.store.Fields;
import newsbot.retrieval.store.VectorEncoding;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code retrieval.vectors}: the embedded index writes its embeddings scalar-quantized (int8) or
 * as floats, and switching rebuilds it from the embedding cache without embedding anything.
 */
class VectorEncodingTest {

  static final EmbeddingModelChoice BGE = EmbeddingModelChoice.BGE_SMALL_ZH_V15;

  @TempDir Path data;

  private NewsLibrary library(VectorEncoding vectors) throws IOException {
    Embedder embedder = new Embedder(BGE, () -> Fixtures.model(BGE),
        EmbeddingCache.open(data.resolve("embeddings"), BGE.configName(), BGE.dimension()));
    return NewsLibrary.open(Fixtures.SEEDS, data, Fixtures.parser(), embedder,
        RetrievalSettings.defaults().withVectors(vectors));
  }

  /** The vector format every segment of the index records for the embedding field. */
  private String vectorFormat() throws IOException {
    Path folder = data.resolve("index").resolve(BGE.configName());
    try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(folder))) {
      String format = null;
      for (LeafReaderContext leaf : r.leaves()) {
        String f = leaf.reader().getFieldInfos().fieldInfo(Fields.VECTOR)
            .getAttribute(PerFieldKnnVectorsFormat.PER_FIELD_FORMAT_KEY);
        assertTrue(format == null || format.equals(f), "one format in every segment");
        format = f;
      }
      return format;
    }
  }

  private static String top(NewsLibrary lib) throws IOException {
    return lib.retriever().search(SearchRequest.of("平湖跨境电商2027年的目标", 5)).get(0).articleId();
  }

  @Test
  void should_quantize_by_default_and_rebuild_as_floats_from_the_cache_when_switched()
      throws IOException {
    String title;
    // a warm cache, so the rebuild below is the only work that could embed
    Files.createDirectories(data.resolve("embeddings"));
    Path shared = Path.of("retrieval", "target", "test-data", "seeds", "embeddings");
    if (Files.isDirectory(shared)) {
      try (var files = Files.list(shared)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.copy(f, data.resolve("embeddings").resolve(f.getFileName()),
              StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    try (NewsLibrary lib = library(RetrievalSettings.defaults().vectors())) {
      lib.ensureFresh();
      title = top(lib);
    }
    assertEquals("Lucene99HnswScalarQuantizedVectorsFormat", vectorFormat());
    try (NewsLibrary lib = library(VectorEncoding.FLOAT32)) {
      IngestReport rebuilt = lib.ensureFresh().orElseThrow();
      assertEquals(0, rebuilt.index().embedded(), "every vector comes from the cache");
      assertTrue(rebuilt.index().added() > 100, "every passage written again");
      assertEquals(title, top(lib));
    }
    assertEquals("Lucene99HnswVectorsFormat", vectorFormat());
  }

  @Test
  void should_find_nearly_all_exact_nearest_neighbours_with_quantized_vectors() throws IOException {
    NewsLibrary lib = Fixtures.seedLibrary(BGE);
    List<float[]> questions = new ArrayList<>();
    for (QaItem q : QaSet.load(Path.of("..", "shared", "eval", "qa-dev.jsonl"))) {
      questions.add(lib.embedder().embedQuery(q.question()));
    }
    PassageIndex index = (PassageIndex) lib.index();
    KnnRecall.Recall recall = KnnRecall.at(index, questions, 10);
    System.out.printf("recall@10 against exact search, %s vectors: rescored %.3f, graph alone"
        + " %.3f%n", RetrievalSettings.defaults().vectors().configName(), recall.searched(),
        recall.graphOnly());
    assertTrue(recall.searched() >= 0.95, recall.toString());
    // the exact scan itself: a stored passage's own vector is its own nearest neighbour
    int self = index.withSearcher(s -> {
      var doc = s.search(new org.apache.lucene.search.MatchAllDocsQuery(), 1).scoreDocs[0].doc;
      var leaf = s.getIndexReader().leaves().get(0).reader();
      var values = leaf.getFloatVectorValues(Fields.VECTOR);
      values.advance(doc);
      return KnnRecall.exact(s, values.vectorValue().clone(), 1).iterator().next();
    });
    assertEquals(0, self);
  }
}
