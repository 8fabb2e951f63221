package newsbot.retrieval.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import newsbot.retrieval.Fixtures;
import org.junit.jupiter.api.Test;

/** Word vectors with the real bge-small-zh model. */
class WordVectorsTest {

  static final EmbeddingModelChoice BGE = EmbeddingModelChoice.BGE_SMALL_ZH_V15;

  /** The model, recording every word it is asked to embed. */
  static final class Recording implements EmbeddingModel {
    final List<String> asked = new ArrayList<>();
    final EmbeddingModel model = Fixtures.model(BGE);

    @Override
    public synchronized Response<List<Embedding>> embedAll(List<TextSegment> segments) {
      segments.forEach(s -> asked.add(s.text()));
      return model.embedAll(segments);
    }
  }

  @Test
  void should_give_unit_vectors_whose_cosine_is_high_for_words_that_say_the_same() {
    WordVectors words = new WordVectors(() -> Fixtures.model(BGE), 100);
    List<float[]> v = words.vectors(List.of("老人", "老年人", "头盔"));
    for (float[] x : v) {
      assertEquals(1.0, WordVectors.cosine(x, x), 1e-5);
    }
    assertEquals(0.93, WordVectors.cosine(v.get(0), v.get(1)), 0.01);
    double[] nearest = words.nearest(List.of("老人", "头盔"), List.of("老年人", "充电"));
    assertEquals(2, nearest.length);
    assertEquals(WordVectors.cosine(v.get(0), v.get(1)), nearest[0], 1e-12);
    assertTrue(nearest[1] < 0.53, "头盔 is near neither: " + nearest[1]);
    assertArrayEquals(new double[] {0, 0}, words.nearest(List.of("老人", "头盔"), List.of()));
  }

  @Test
  void should_embed_a_word_once_while_it_is_among_the_last_words_used() {
    Recording model = new Recording();
    WordVectors words = new WordVectors(() -> model, 2);
    float[] old = words.vectors(List.of("老人", "老年人")).get(0);
    assertSame(old, words.vectors(List.of("老人")).get(0));
    assertEquals(List.of("老人", "老年人"), model.asked);
    words.vectors(List.of("头盔")); // 老年人 was used least lately: it goes
    words.vectors(List.of("老人"));
    words.vectors(List.of("老年人"));
    assertEquals(List.of("老人", "老年人", "头盔", "老年人"), model.asked);
  }
}
