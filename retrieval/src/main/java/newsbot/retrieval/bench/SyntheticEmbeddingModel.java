package newsbot.retrieval.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.store.Passage;
import newsbot.retrieval.store.PassageSync;
import newsbot.retrieval.store.Passages;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.Corpus;

/**
 * SYNTHETIC vectors, for benchmarks only (bench {@code --synthetic-vectors}): measures the index
 * mechanics (HNSW graph, its size, search cost) at a million passages without embedding them.
 * The vectors mean nothing about the text they are given for.
 *
 * <ul>
 *   <li>a text of the real pages ({@code known}: passage embedding texts of the seed pages, with
 *       the vectors the real model gave them) gets its real vector, so the questions keep their
 *       real answers;
 *   <li>a question (a text starting with the model's query instruction) goes to the real model,
 *       so a search pays for its real query embedding;
 *   <li>any other text gets one of the real vectors, chosen by a hash of the text, plus Gaussian
 *       noise of norm about {@code noise} drawn from the same hash, renormalised: deterministic,
 *       distinct for distinct texts, and at cosine about 1/√(1+noise²) from its base vector.
 * </ul>
 * Thread-safe (immutable; the real model is).
 */
public final class SyntheticEmbeddingModel implements EmbeddingModel {

  /** Noise norm: perturbed vectors sit at cosine ≈ 0.86 from the real vector they started from. */
  public static final double DEFAULT_NOISE = 0.6;

  private final EmbeddingModel real;
  private final String queryInstruction;
  private final Map<String, float[]> known;
  private final List<float[]> bases;
  private final double noise;

  /**
   * @param real the real model, for questions only
   * @param queryInstruction what the embedder puts before a question (not empty: it is how a
   *     question is told from a passage)
   * @param known real texts and their real vectors (at least one); also the base vectors
   */
  public SyntheticEmbeddingModel(EmbeddingModel real, String queryInstruction,
      Map<String, float[]> known, double noise) {
    if (known.isEmpty() || queryInstruction.isEmpty()) {
      throw new IllegalArgumentException("synthetic vectors need real vectors to start from and a"
          + " query instruction to tell questions from passages");
    }
    this.real = real;
    this.queryInstruction = queryInstruction;
    this.known = Map.copyOf(known);
    this.bases = known.keySet().stream().sorted().map(known::get).toList();
    this.noise = noise;
  }

  /**
   * The real vectors of the seed pages' passages, keyed by the text the index embeds for them
   * (headline stack, newline, passage: as the index writes it), through the real embedder and its
   * cache.
   */
  public static Map<String, float[]> seedVectors(Corpus seeds, Embedder realEmbedder) {
    List<String> texts = new ArrayList<>();
    for (Article a : seeds.articles()) {
      for (Passage p : Passages.of(a)) {
        texts.add(PassageSync.embeddingText(a, p));
      }
    }
    List<float[]> vectors = realEmbedder.embedPassages(texts);
    Map<String, float[]> out = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      out.put(texts.get(i), vectors.get(i));
    }
    return out;
  }

  @Override
  public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
    List<Embedding> out = new ArrayList<>(segments.size());
    for (TextSegment segment : segments) {
      String text = segment.text();
      if (text.startsWith(queryInstruction)) {
        out.add(real.embed(text).content());
      } else {
        float[] k = known.get(text);
        out.add(Embedding.from(k != null ? k.clone() : synthetic(text)));
      }
    }
    return Response.from(out);
  }

  @Override
  public int dimension() {
    return bases.get(0).length;
  }

  @Override
  public String modelName() {
    return "synthetic";
  }

  /** The base vector picked by the text's hash, plus noise from the same hash, unit length. */
  float[] synthetic(String text) {
    long h = SeenTexts.hash(text);
    float[] base = bases.get((int) Long.remainderUnsigned(h, bases.size()));
    SplittableRandom random = new SplittableRandom(h);
    double sigma = noise / Math.sqrt(base.length);
    float[] v = new float[base.length];
    double norm = 0;
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) (base[i] + sigma * random.nextGaussian());
      norm += v[i] * (double) v[i];
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= scale;
    }
    return v;
  }
}
