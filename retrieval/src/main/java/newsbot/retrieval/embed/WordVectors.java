package newsbot.retrieval.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Unit-length vectors of single words, for telling whether two words say the same thing (老人 and
 * 老年人 0.93, 头盔 and 电瓶车 0.44). Computed with the model directly, without the query
 * instruction and not through the persistent embedding cache (words are not passages), and kept
 * in a bounded memo of the words used last. One per {@link Embedder}: {@link Embedder#words()}.
 * Thread-safe.
 */
public final class WordVectors {

  private final Supplier<EmbeddingModel> model;
  private final RecentVectors memo;

  WordVectors(Supplier<EmbeddingModel> model, int memoWords) {
    this.model = model;
    this.memo = new RecentVectors(memoWords);
  }

  /** The unit vectors of the words, in order; only words not in the memo go through the model. */
  public List<float[]> vectors(List<String> words) {
    float[][] out = new float[words.size()][];
    List<Integer> todoAt = new ArrayList<>();
    List<TextSegment> todo = new ArrayList<>();
    synchronized (memo) {
      for (int i = 0; i < words.size(); i++) {
        out[i] = memo.get(words.get(i));
        if (out[i] == null) {
          todoAt.add(i);
          todo.add(TextSegment.from(words.get(i)));
        }
      }
    }
    if (todo.isEmpty()) {
      return List.of(out);
    }
    List<Embedding> computed = model.get().embedAll(todo).content();
    synchronized (memo) {
      for (int j = 0; j < todo.size(); j++) {
        float[] v = unit(computed.get(j).vector());
        out[todoAt.get(j)] = v;
        memo.put(todo.get(j).text(), v);
      }
    }
    return List.of(out);
  }

  /**
   * For each of {@code words}, its highest cosine to any of {@code among}; 0 when that is lower
   * or {@code among} is empty.
   */
  public double[] nearest(List<String> words, List<String> among) {
    return closest(words, among).stream().mapToDouble(Closest::cosine).toArray();
  }

  /** A word of the ones searched among and its cosine to the word asked about. */
  public record Closest(String word, double cosine) {}

  /**
   * For each of {@code words}, the word of {@code among} closest to it; ("", 0) when none is
   * closer than 0 or {@code among} is empty.
   */
  public List<Closest> closest(List<String> words, List<String> among) {
    List<float[]> theirs = vectors(among);
    List<float[]> ours = vectors(words);
    List<Closest> out = new ArrayList<>(ours.size());
    for (float[] mine : ours) {
      Closest best = new Closest("", 0);
      for (int j = 0; j < theirs.size(); j++) {
        double c = cosine(mine, theirs.get(j));
        if (c > best.cosine()) {
          best = new Closest(among.get(j), c);
        }
      }
      out.add(best);
    }
    return out;
  }

  /** The cosine of two unit vectors: their dot product. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int d = 0; d < a.length; d++) {
      dot += a[d] * b[d];
    }
    return dot;
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    double n = Math.sqrt(norm);
    float[] out = new float[v.length];
    for (int d = 0; d < v.length; d++) {
      out[d] = (float) (n == 0 ? 0 : v[d] / n);
    }
    return out;
  }
}
