package newsbot.bot.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import newsbot.retrieval.query.MessageText;
import newsbot.retrieval.query.QueryTermExtractor;
import newsbot.retrieval.query.QueryTerms;

/**
 * Merges phrasings of one question: 「明天平湖天气怎么样」「平湖明天天气如何?」「平湖明天会下雨吗」
 * become one line with count 3. Identical texts (after punctuation and case) merge first; then each
 * distinct text, most asked first, joins the group whose centroid embedding is closest when the
 * cosine reaches {@code minCosine}, or a group with the same content words; otherwise it starts a
 * group. Comparing with a centroid, not with any member, keeps a chain of small steps from
 * gluing unrelated questions together.
 */
public final class QuestionGroups {

  /**
   * How close (cosine of bge-small-zh-v1.5, no instruction) a phrasing must be to a group to join
   * it: paraphrases of one question measured 0.80 to 0.98, different questions about the same
   * city at most 0.71 ({@code QuestionGroupsTest}).
   */
  public static final double MIN_COSINE = 0.78;

  /**
   * One group.
   *
   * @param label its most asked phrasing
   * @param phrasings the distinct phrasings, most asked first
   * @param terms its content words, most frequent first
   */
  public record Group(String label, int count, List<String> phrasings, List<String> terms) {
    public Group {
      phrasings = List.copyOf(phrasings);
      terms = List.copyOf(terms);
    }
  }

  /**
   * How many phrasings stay embedded: a report groups its questions twice (the unanswered, then
   * all) and reports overlap week to week; the oldest go first, so a long log cannot fill memory.
   */
  private static final int REMEMBERED = 20_000;

  private final Function<String, float[]> embed;
  /** Phrasing → its embedding, oldest first (guarded by itself). */
  private final Map<String, float[]> embedded = new LinkedHashMap<>();
  private final QueryTermExtractor extractor;
  private final double minCosine;

  /**
   * @param embed a unit-length sentence embedding (symmetric: no query instruction)
   * @param minCosine how close to a group's centroid a phrasing must be to join it
   */
  public QuestionGroups(Function<String, float[]> embed, QueryTermExtractor extractor,
      double minCosine) {
    this.embed = embed;
    this.extractor = extractor;
    this.minCosine = minCosine;
  }

  private static final class Building {
    final float[] centroid;
    final Map<String, Integer> phrasings = new LinkedHashMap<>();
    final Map<String, Integer> terms = new LinkedHashMap<>();
    final Set<String> firstTerms;
    int count;

    Building(float[] vector, Set<String> terms) {
      this.centroid = vector.clone();
      this.firstTerms = terms;
    }

    void add(String text, int n, float[] vector, Set<String> words) {
      phrasings.merge(text, n, Integer::sum);
      words.forEach(w -> terms.merge(w, n, Integer::sum));
      for (int i = 0; i < centroid.length; i++) {
        centroid[i] += vector[i] * n;
      }
      count += n;
    }

    Group done() {
      return new Group(top(phrasings).get(0), count, top(phrasings), top(terms));
    }
  }

  /** The groups of the questions, largest first (ties: the earlier asked first). */
  public List<Group> group(List<String> questions) {
    Map<String, String> firstText = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String q : questions) {
      String key = key(q);
      if (key.isEmpty()) {
        continue;
      }
      firstText.putIfAbsent(key, q.strip());
      counts.merge(key, 1, Integer::sum);
    }
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(Comparator.comparing(counts::get).reversed()); // stable: first asked first on ties
    List<Building> groups = new ArrayList<>();
    for (String key : keys) {
      String text = firstText.get(key);
      float[] v = vector(text);
      Set<String> words = words(text);
      Building best = null;
      double bestCosine = -1;
      for (Building g : groups) {
        double c = cosine(v, g.centroid);
        if (c > bestCosine) {
          bestCosine = c;
          best = g;
        }
      }
      Building sameWords = words.isEmpty() ? null : groups.stream()
          .filter(g -> g.firstTerms.equals(words)).findFirst().orElse(null);
      Building target = best != null && bestCosine >= minCosine ? best : sameWords;
      if (target == null) {
        target = new Building(new float[v.length], words);
        groups.add(target);
      }
      target.add(text, counts.get(key), v, words);
    }
    List<Group> out = new ArrayList<>(groups.stream().map(Building::done).toList());
    out.sort(Comparator.comparingInt(Group::count).reversed());
    return out;
  }

  private float[] vector(String text) {
    synchronized (embedded) {
      float[] v = embedded.get(text);
      if (v != null) {
        return v;
      }
    }
    float[] v = embed.apply(text);
    synchronized (embedded) {
      embedded.put(text, v);
      if (embedded.size() > REMEMBERED) {
        embedded.remove(embedded.keySet().iterator().next());
      }
    }
    return v;
  }

  private Set<String> words(String text) {
    QueryTerms t = extractor.extract(text);
    Set<String> out = new LinkedHashSet<>(t.content());
    out.addAll(t.numbers());
    return out;
  }

  /** Identical questions: the same characters, punctuation, spaces and case aside. */
  static String key(String question) {
    return MessageText.normalize(question).toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[\\p{P}\\p{S}\\s]+", "");
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private static List<String> top(Map<String, Integer> counts) {
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(Comparator.comparing(counts::get).reversed());
    return keys;
  }
}
