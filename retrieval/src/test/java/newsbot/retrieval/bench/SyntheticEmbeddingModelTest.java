package newsbot.retrieval.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.Fixtures;
import newsbot.retrieval.embed.EmbeddingModelChoice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Synthetic vectors around three real bge-small-zh vectors. */
class SyntheticEmbeddingModelTest {

  private static final EmbeddingModelChoice BGE = EmbeddingModelChoice.BGE_SMALL_ZH_V15;
  private static final List<String> REAL = List.of("我市加力推动跨境电商高质量发展\n力争到2027年实现跨境电商出口规模翻倍。",
      "市图书馆读者证可零押金线上办理\n市民借书不再需要缴纳押金。",
      "我市优化调整8条公交线路\n新开通的207路全程票价3元。");
  private static EmbeddingModel real;
  private static Map<String, float[]> known;
  private static SyntheticEmbeddingModel synthetic;

  @BeforeAll
  static void load() {
    real = Fixtures.model(BGE);
    known = new HashMap<>();
    for (String t : REAL) {
      known.put(t, real.embed(t).content().vector());
    }
    synthetic = new SyntheticEmbeddingModel(real, BGE.queryInstruction(), known,
        SyntheticEmbeddingModel.DEFAULT_NOISE);
  }

  @Test
  void should_give_unit_vectors_of_the_real_dimension_the_same_each_time() {
    float[] a = synthetic.embed("独山港镇加力推动跨境电商高质量发展\n据市商务局介绍,出口规模达57亿元。").content().vector();
    float[] again = synthetic.embed("独山港镇加力推动跨境电商高质量发展\n据市商务局介绍,出口规模达57亿元。").content().vector();
    assertEquals(512, a.length);
    assertEquals(512, synthetic.dimension());
    assertEquals(1.0, dot(a, a), 1e-4);
    assertArrayEquals(a, again);
  }

  @Test
  void should_give_distinct_texts_distinct_vectors_near_a_real_one() {
    int nearest = 0;
    for (int i = 0; i < 50; i++) {
      float[] v = synthetic.embedAll(List.of(TextSegment.from("生成的段落 " + i))).content().get(0).vector();
      float[] w = synthetic.embedAll(List.of(TextSegment.from("生成的段落 " + (i + 1)))).content().get(0).vector();
      assertTrue(dot(v, w) < 0.9999, "texts " + i + " and " + (i + 1) + " share a vector");
      double best = known.values().stream().mapToDouble(k -> dot(v, k)).max().orElseThrow();
      assertEquals(1 / Math.sqrt(1 + 0.36), best, 0.04, "cosine to its base vector");
      nearest++;
    }
    assertEquals(50, nearest);
  }

  @Test
  void should_keep_the_real_vector_of_a_real_text_and_embed_questions_with_the_real_model() {
    String text = REAL.get(1);
    assertArrayEquals(known.get(text), synthetic.embed(text).content().vector());
    String question = BGE.queryInstruction() + "办借书证要押金吗";
    assertArrayEquals(real.embed(question).content().vector(),
        synthetic.embed(question).content().vector(), 1e-6f);
    assertFalse(known.containsKey(question));
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * (double) b[i];
    }
    return s;
  }
}
