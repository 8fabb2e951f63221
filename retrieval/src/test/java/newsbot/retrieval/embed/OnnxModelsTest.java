package newsbot.retrieval.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The models run on a session of our own options and embed exactly as langchain4j's. */
class OnnxModelsTest {

  private final ExecutorService threads = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void should_open_sessions_whose_idle_threads_do_not_spin() throws Exception {
    try (OrtSession.SessionOptions o = OnnxModels.options(2)) {
      assertEquals(Map.of(OnnxModels.ALLOW_SPINNING, "0"), o.getConfigEntries());
    }
  }

  @Test
  void should_embed_exactly_as_langchain4js_own_minilm_model() {
    EmbeddingModel ours = EmbeddingModelChoice.ALL_MINILM_L6_V2.load(threads);
    EmbeddingModel theirs = new AllMiniLmL6V2EmbeddingModel(threads);
    String text = "Pinghu cross-border e-commerce export target for 2027";
    assertEquals(384, ours.dimension());
    assertArrayEquals(theirs.embed(text).content().vector(), ours.embed(text).content().vector(),
        1e-5f);
  }

  @Test
  void should_embed_exactly_as_langchain4js_own_bge_model() {
    EmbeddingModel ours = EmbeddingModelChoice.BGE_SMALL_ZH_V15.load(threads);
    EmbeddingModel theirs = new BgeSmallZhV15EmbeddingModel(threads);
    String text = "为这个句子生成表示以用于检索相关文章:平湖跨境电商到2027年的出口目标是多少?";
    assertEquals(512, ours.dimension());
    assertArrayEquals(theirs.embed(text).content().vector(), ours.embed(text).content().vector(),
        1e-5f);
  }
}
