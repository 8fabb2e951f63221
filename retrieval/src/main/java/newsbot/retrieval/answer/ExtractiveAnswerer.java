package newsbot.retrieval.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.Links;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.index.IndexedPassage;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.QueryText;
import newsbot.retrieval.search.SearchRequest;
import newsbot.retrieval.text.Sentences;

/**
 * Answers by quoting the paper: the sentences of the top articles that best cover the question,
 * verbatim, with [n] markers, so an answer cannot say anything the paper did not. When the best
 * article covers too little of the question (by IDF-weighted terms) and is not close in meaning
 * either, the answer is "not found", with related articles offered. Thread-safe.
 */
public final class ExtractiveAnswerer implements Answerer {

  private static final Pattern ASKS_QUANTITY =
      Pattern.compile("多少|几|多久|多长|多大|多高|规模|比例|金额|百分之|增长了|增速|何时|哪一年|哪年|什么时候");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Pattern ASKS_LIST = Pattern.compile("哪些|有什么|都有|几项|哪几");
  /** For a list question, another article's best sentence joins at this share of the best. */
  private static final double LIST_SHARE = 0.5;
  private static final Pattern FIGURE = Pattern.compile(
      "\\d+(\\.\\d+)?\\s*(余|多)?(亿元|万元|元|亿|万|家|个|项|%|人|户|名|吨|倍|公里|亩|件|套)");
  private static final double HEADLINE_FIGURE_BONUS = 0.3;
  static final String NOT_FOUND = "报纸里没有找到能回答这个问题的内容。";
  private static final int CANDIDATE_ARTICLES = 3;
  /** Further sentences join the answer while they score this share of the best one. */
  private static final double KEEP_SHARE = 0.75;
  /** Sentences of the other candidate articles, best by words, re-scored by meaning. */
  private static final int SHORTLIST_OTHERS = 8;
  private static final int SHORTLIST_MAX = 48;
  private static final double[] RANK_PRIOR = {1.0, 0.85, 0.7};
  /** A best sentence shorter than this takes the next sentence along for context. */
  private static final int SHORT_SENTENCE = 70;

  private final NewsLibrary library;
  private final Links links;
  private final String paper;
  private final AnswerSettings settings;
  private final Answerability answerability;
  private volatile Map.Entry<Corpus, TermStats> stats;

  public ExtractiveAnswerer(NewsLibrary library, Links links, String paper,
      AnswerSettings settings) {
    this.library = library;
    this.links = links;
    this.paper = paper;
    this.settings = settings;
    this.answerability = new Answerability(settings);
  }

  public String paper() {
    return paper;
  }

  @Override
  public Answer answer(String rawQuestion) throws IOException {
    String question = rawQuestion == null ? "" : rawQuestion.strip();
    String problem = QuestionCheck.problem(question, settings.maxQuestionChars());
    if (problem != null) {
      return Answer.notFound(question, problem, List.of(), 0, 0);
    }
    List<Hit> hits = library.retriever().search(SearchRequest.of(question, 5));
    if (hits.isEmpty()) {
      return Answer.notFound(question, NOT_FOUND, List.of(), 0, 0);
    }
    TermStats ts = stats();
    Set<String> questionTerms = ts.terms(QueryText.forKeywords(question));
    Corpus corpus = library.corpus();

    Hit top = hits.get(0);
    Article topArticle = corpus.article(top.articleId()).orElse(null);
    double coverage = topArticle == null ? 0
        : ts.coverage(questionTerms, ts.terms(topArticle.titleStack() + "\n" + topArticle.text()));
    if (!answerability.answerable(question, hits)) {
      return Answer.notFound(question, NOT_FOUND, related(hits), coverage, top.dense());
    }

    boolean wantsNumber = ASKS_QUANTITY.matcher(question).find();
    List<Scored> pool = new ArrayList<>();
    for (int r = 0; r < Math.min(CANDIDATE_ARTICLES, hits.size()); r++) {
      Hit h = hits.get(r);
      Article a = corpus.article(h.articleId()).orElse(null);
      if (a == null) {
        continue;
      }
      Set<String> headline = ts.terms(a.titleStack());
      int position = 0;
      for (int p = 0; p < a.paragraphs().size(); p++) {
        List<String> sentences = Sentences.split(a.paragraphs().get(p));
        for (int s = 0; s < sentences.size(); s++) {
          String sentence = sentences.get(s);
          double score = ts.coverage(questionTerms, ts.terms(sentence), headline, 0.3);
          if (wantsNumber && DIGIT.matcher(sentence).find()) {
            score += 0.15;
          }
          if (h.passage().passage().contains(sentence)) {
            score += 0.05; // the retriever's best passage
          }
          pool.add(new Scored(r, a, p, s, position++, sentences, score * RANK_PRIOR[r]));
        }
      }
    }
    pool.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(Scored::rank).thenComparingInt(Scored::position));
    pool = rerankByMeaning(question, pool);
    if (wantsNumber) {
      pool = boostHeadlineFigures(pool);
    }
    if (pool.isEmpty()) {
      return Answer.notFound(question, NOT_FOUND, related(hits), coverage, top.dense());
    }
    List<Scored> chosen = new ArrayList<>();
    double best = pool.get(0).score();
    int chars = 0;
    if (ASKS_LIST.matcher(question).find()) {
      // "哪些…": one sentence from each article that answers, before more from the first
      java.util.Set<Integer> ranks = new java.util.HashSet<>();
      for (Scored s : pool) {
        if (s.score() >= LIST_SHARE * best && ranks.add(s.rank())) {
          chosen.add(s);
          chars += s.text().length();
        }
      }
    }
    for (Scored s : pool) {
      if (chosen.contains(s)) {
        continue;
      }
      if (chosen.size() >= settings.maxQuotes() || chars >= settings.maxAnswerChars()) {
        break;
      }
      if (!chosen.isEmpty() && (s.score() < KEEP_SHARE * best || s.score() <= 0.05)) {
        break;
      }
      chosen.add(s);
      chars += s.text().length();
    }
    return compose(question, hits, chosen, coverage, top.dense());
  }

  /**
   * Words alone cannot see that 目标 is answered by 力争…达30亿元: the best sentences by words are
   * re-scored half by words, half by the embedding's similarity to the question (both scaled over
   * the shortlist). Sentence embeddings go through the cache, so a repeated article costs nothing.
   */
  private List<Scored> rerankByMeaning(String question, List<Scored> pool) {
    // every sentence of the best article, and the best by words of the others
    List<Scored> shortlist = new ArrayList<>();
    int others = 0;
    for (Scored s : pool) {
      if (s.rank() == 0 || others++ < SHORTLIST_OTHERS) {
        shortlist.add(s);
      }
      if (shortlist.size() >= SHORTLIST_MAX) {
        break;
      }
    }
    int n = shortlist.size();
    if (n < 2) {
      return pool;
    }
    float[] q = library.index().embedder().embedQuery(question);
    List<float[]> vectors = library.index().embedder()
        .embedPassages(shortlist.stream().map(Scored::text).toList());
    double[] lexical = new double[n];
    double[] meaning = new double[n];
    for (int i = 0; i < n; i++) {
      lexical[i] = shortlist.get(i).score();
      float[] v = vectors.get(i);
      double dot = 0;
      for (int d = 0; d < q.length; d++) {
        dot += q[d] * v[d];
      }
      meaning[i] = dot * RANK_PRIOR[shortlist.get(i).rank()];
    }
    scale(lexical);
    scale(meaning);
    List<Scored> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Scored s = shortlist.get(i);
      out.add(new Scored(s.rank(), s.article(), s.paragraph(), s.sentence(), s.position(),
          s.sentences(), 0.5 * lexical[i] + 0.5 * meaning[i]));
    }
    out.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(Scored::rank).thenComparingInt(Scored::position));
    return out;
  }

  /**
   * Editors print an article's key figure in its headline (到2027年,实现30亿元以上出口规模): for a
   * question about a quantity, a sentence carrying a figure of its article's headline stack is
   * the likelier answer.
   */
  private static List<Scored> boostHeadlineFigures(List<Scored> pool) {
    List<Scored> out = new ArrayList<>(pool.size());
    for (Scored s : pool) {
      boolean carries = false;
      Matcher m = FIGURE.matcher(s.article().titleStack());
      while (m.find() && !carries) {
        carries = s.text().contains(m.group());
      }
      out.add(carries ? new Scored(s.rank(), s.article(), s.paragraph(), s.sentence(),
          s.position(), s.sentences(), s.score() + HEADLINE_FIGURE_BONUS) : s);
    }
    out.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingInt(Scored::rank).thenComparingInt(Scored::position));
    return out;
  }

  private static void scale(double[] values) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    for (int i = 0; i < values.length; i++) {
      values[i] = max > min ? (values[i] - min) / (max - min) : 1;
    }
  }

  private Answer compose(String question, List<Hit> hits, List<Scored> chosen, double coverage,
      double similarity) throws IOException {
    // article order: the order of the retriever's ranking among the chosen
    Map<String, Integer> numbers = new LinkedHashMap<>();
    chosen.sort(Comparator.comparingInt(Scored::rank).thenComparingInt(Scored::position));
    for (Scored s : chosen) {
      numbers.putIfAbsent(s.article().id(), numbers.size() + 1);
    }
    List<String> lines = new ArrayList<>();
    Map<String, String> firstQuote = new LinkedHashMap<>();
    for (Span span : spans(chosen)) {
      int n = numbers.get(span.article().id());
      lines.add(span.text() + "[" + n + "]");
      firstQuote.putIfAbsent(span.article().id(), span.text());
    }
    List<Citation> citations = new ArrayList<>();
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      citations.add(citation(e.getValue(), passageOf(hits, e.getKey()), firstQuote.get(e.getKey())));
    }
    return new Answer(question, true, String.join("\n", lines), citations, List.of(),
        "extractive", coverage, similarity);
  }

  /**
   * Chosen sentences as verbatim spans: neighbours in one paragraph merge into the paragraph's
   * substring that holds them; a lone short sentence takes its successor along, since the fact is
   * often in the next clause.
   */
  private static List<Span> spans(List<Scored> chosen) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < chosen.size()) {
      int j = i;
      while (j + 1 < chosen.size() && chosen.get(j + 1).article() == chosen.get(i).article()
          && chosen.get(j + 1).paragraph() == chosen.get(j).paragraph()
          && chosen.get(j + 1).sentence() == chosen.get(j).sentence() + 1) {
        j++;
      }
      Scored first = chosen.get(i);
      int last = chosen.get(j).sentence();
      if (chosen.size() == 1 && first.text().length() < SHORT_SENTENCE
          && last + 1 < first.sentences().size()) {
        last++;
      }
      out.add(new Span(first.article(), substring(first, last)));
      i = j + 1;
    }
    return out;
  }

  /** The paragraph's text from the sentence of {@code first} to the end of sentence {@code last}. */
  private static String substring(Scored first, int last) {
    String paragraph = first.article().paragraphs().get(first.paragraph());
    int start = paragraph.indexOf(first.text());
    String lastText = first.sentences().get(last);
    int end = paragraph.indexOf(lastText, Math.max(0, start)) + lastText.length();
    return start >= 0 && end > start ? paragraph.substring(start, end) : first.text();
  }

  private Citation citation(int n, IndexedPassage p, String quote) {
    return new Citation(n, p.articleId(), p.title(), p.kicker(), p.subtitle(), p.source(),
        p.date(), p.page(), links.best(p.articleId(), p.date(), p.page()),
        links.viewer(p.articleId()), quote);
  }

  private static IndexedPassage passageOf(List<Hit> hits, String articleId) {
    return hits.stream().filter(h -> h.articleId().equals(articleId)).findFirst()
        .orElseThrow().passage();
  }

  /** Close articles to offer when the paper does not answer (none when nothing is close). */
  private List<Citation> related(List<Hit> hits) {
    List<Citation> out = new ArrayList<>();
    for (Hit h : hits) {
      if (out.size() < 3 && answerability.close(h)) {
        out.add(citation(out.size() + 1, h.passage(), ""));
      }
    }
    return out;
  }

  private TermStats stats() throws IOException {
    Corpus corpus = library.corpus();
    Map.Entry<Corpus, TermStats> s = stats;
    if (s == null || s.getKey() != corpus) {
      s = Map.entry(corpus, TermStats.of(corpus.articles(), library.index()));
      stats = s;
    }
    return s.getValue();
  }

  /** A sentence of a candidate article and how well it answers. */
  private record Scored(int rank, Article article, int paragraph, int sentence, int position,
      List<String> sentences, double score) {
    String text() {
      return sentences.get(sentence);
    }
  }

  private record Span(Article article, String text) {}
}
