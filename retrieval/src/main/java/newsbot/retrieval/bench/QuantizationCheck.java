package newsbot.retrieval.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.eval.Metrics;
import newsbot.retrieval.eval.QaItem;
import newsbot.retrieval.eval.RetrievalEval;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.store.Candidate;
import newsbot.retrieval.store.Passage;
import newsbot.retrieval.store.PassageSync;
import newsbot.retrieval.store.Passages;
import newsbot.retrieval.store.StoreSnapshot;
import newsbot.retrieval.store.VectorEncoding;

/**
 * int8 against float vectors on one built archive (issue #10): the same passages indexed both
 * ways (the float index is built from the embedding cache: nothing is embedded again), then for
 * every question the dense top 10 of each index against the exact top 10 (every passage's vector
 * compared with the question's, by brute force), and hit@1 and MRR of the full hybrid search on
 * the QA set with each. Not a test: it prints numbers.
 */
public final class QuantizationCheck {

  private static final int K = 10;

  /**
   * @param queries how many questions the recall was measured on
   * @param depth how many passages the retriever asks the dense side for (its candidates)
   * @param int8RecallAt10 share of the exact top 10 among the first 10 of the dense candidates
   *     the retriever asks for ({@code depth}); the same for float32
   * @param int8GraphRecallAt10 the same when only 10 are asked for; the same for float32
   */
  public record Result(int queries, int depth,
      @JsonProperty("int8_recall_at_10") double int8RecallAt10,
      @JsonProperty("float32_recall_at_10") double float32RecallAt10,
      @JsonProperty("int8_graph_recall_at_10") double int8GraphRecallAt10,
      @JsonProperty("float32_graph_recall_at_10") double float32GraphRecallAt10,
      @JsonProperty("int8_hit_at_1") double int8HitAt1,
      @JsonProperty("float32_hit_at_1") double float32HitAt1,
      @JsonProperty("int8_mrr") double int8Mrr,
      @JsonProperty("float32_mrr") double float32Mrr) {}

  private QuantizationCheck() {}

  /**
   * @param open opens a library over a data folder in the given vector encoding
   * @param data the built archive's data folder (its index in int8)
   * @param questions the questions recall is measured on; {@code items} those hit@1 is
   */
  static Result run(LibraryOpener open, Path data, Path floatData, int depth,
      List<String> questions, List<QaItem> items) throws IOException {
    copyEmbeddings(data.resolve("embeddings"), floatData.resolve("embeddings"));
    try (NewsLibrary int8 = open.open(data, VectorEncoding.INT8);
        NewsLibrary float32 = open.open(floatData, VectorEncoding.FLOAT32)) {
      int8.ensureFresh();
      float32.ensureFresh();
      Embedder embedder = int8.embedder();
      List<float[]> vectors = new ArrayList<>();
      for (String q : questions) {
        vectors.add(embedder.embedQuery(q));
      }
      List<Set<String>> exact = exactTop(int8, embedder, vectors);
      double r8 = recall(int8, vectors, exact, depth);
      double r32 = recall(float32, vectors, exact, depth);
      double g8 = recall(int8, vectors, exact, K);
      double g32 = recall(float32, vectors, exact, K);
      Metrics m8 = RetrievalEval.run("int8", "int8", int8.retriever(), items);
      Metrics m32 = RetrievalEval.run("float32", "float32", float32.retriever(), items);
      return new Result(questions.size(), depth, ArchiveBench.round4(r8),
          ArchiveBench.round4(r32), ArchiveBench.round4(g8), ArchiveBench.round4(g32),
          m8.hitAt1(), m32.hitAt1(), ArchiveBench.round4(m8.mrrAt10()),
          ArchiveBench.round4(m32.mrrAt10()));
    }
  }

  /** Opens a library over a data folder (the archive's seeds) writing vectors so. */
  interface LibraryOpener {
    NewsLibrary open(Path data, VectorEncoding vectors) throws IOException;
  }

  private record Scored(String id, double score) {}

  /** The exact top 10 passage ids of every question, passing over the passages in chunks. */
  private static List<Set<String>> exactTop(NewsLibrary library, Embedder embedder,
      List<float[]> queries) throws IOException {
    List<PriorityQueue<Scored>> top = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      top.add(new PriorityQueue<>((a, b) -> Double.compare(a.score(), b.score())));
    }
    List<String> ids = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Article> articles = library.corpus().articles();
    for (int a = 0; a <= articles.size(); a++) {
      if (a < articles.size()) {
        Article article = articles.get(a);
        for (Passage p : Passages.of(article)) {
          ids.add(p.id());
          texts.add(PassageSync.embeddingText(article, p)); // as the index embedded it
        }
      }
      if (ids.size() >= 4096 || (a == articles.size() && !ids.isEmpty())) {
        List<float[]> chunk = embedder.embedPassages(texts); // all cached: nothing is computed
        for (int q = 0; q < queries.size(); q++) {
          for (int i = 0; i < chunk.size(); i++) {
            offer(top.get(q), new Scored(ids.get(i), dot(queries.get(q), chunk.get(i))));
          }
        }
        ids.clear();
        texts.clear();
      }
    }
    List<Set<String>> out = new ArrayList<>();
    for (PriorityQueue<Scored> q : top) {
      Set<String> s = new HashSet<>();
      q.forEach(x -> s.add(x.id()));
      out.add(s);
    }
    return out;
  }

  private static void offer(PriorityQueue<Scored> top, Scored s) {
    if (top.size() < K) {
      top.add(s);
    } else if (s.score() > top.peek().score()) {
      top.poll();
      top.add(s);
    }
  }

  /**
   * Mean share of the exact top 10 among the first 10 dense candidates when {@code asked} are
   * asked for (the store rescores its candidates exactly, so its first 10 are its best 10).
   */
  private static double recall(NewsLibrary library, List<float[]> queries,
      List<Set<String>> exact, int asked) throws IOException {
    double sum = 0;
    try (StoreSnapshot s = library.index().snapshot()) {
      for (int q = 0; q < queries.size(); q++) {
        int found = 0;
        List<Candidate> got = s.knn(queries.get(q), asked, null);
        for (Candidate c : got.subList(0, Math.min(K, got.size()))) {
          if (exact.get(q).contains(s.load(c).passageId())) {
            found++;
          }
        }
        sum += (double) found / K;
      }
    }
    return queries.isEmpty() ? 0 : sum / queries.size();
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void copyEmbeddings(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> s = Files.list(from)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".bin")).toList()) {
        Files.copy(p, to.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
