package newsbot.retrieval.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.CorpusSource;
import newsbot.retrieval.Links;
import newsbot.retrieval.answer.SentencePicker.Candidate;
import newsbot.retrieval.answer.SentencePicker.Scored;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.Retrieval;
import newsbot.retrieval.search.Retriever;
import newsbot.retrieval.search.SearchRequest;

/**
 * Answers by quoting the paper: the sentences of the top articles that best cover the question,
 * verbatim, with [n] markers, so an answer cannot say anything the paper did not. When the
 * evidence says the paper does not answer, the answer is "not found", with related articles
 * offered.
 *
 * <p>Data flows one way: the retriever returns article hits and the question vector it computed;
 * quotes and citations come from the corpus (the one source of truth for text and metadata).
 * Thread-safe.
 */
public final class ExtractiveAnswerer implements Answerer {

  static final String NOT_FOUND = "报纸里没有找到能回答这个问题的内容。";
  private static final int CANDIDATE_ARTICLES = 3;
  private static final int SEARCH_DEPTH = 5;
  /** A best sentence shorter than this takes the next sentence along for context. */
  private static final int SHORT_SENTENCE = 70;

  private final Retriever retriever;
  private final CorpusSource articles;
  private final Links links;
  private final AnswerSettings settings;
  private final Answerability answerability;
  private final SentencePicker picker;
  private volatile Map.Entry<Corpus, TermStats> stats;

  public ExtractiveAnswerer(Retriever retriever, Embedder embedder, CorpusSource articles,
      Links links, AnswerSettings settings) {
    this.retriever = retriever;
    this.articles = articles;
    this.links = links;
    this.settings = settings;
    this.answerability = new Answerability(settings, embedder);
    this.picker = new SentencePicker(embedder, settings);
  }

  @Override
  public Answer answer(String rawQuestion) throws IOException {
    String question = rawQuestion == null ? "" : rawQuestion.strip();
    String problem = QuestionCheck.problem(question, settings.maxQuestionChars());
    if (problem != null) {
      return Answer.notFound(question, problem, List.of(), 0, 0);
    }
    Retrieval found = retriever.retrieve(SearchRequest.of(question, SEARCH_DEPTH));
    List<Hit> hits = found.hits();
    if (hits.isEmpty()) {
      return Answer.notFound(question, NOT_FOUND, List.of(), 0, 0);
    }
    Corpus corpus = articles.corpus();
    TermStats ts = stats(corpus);
    Hit top = hits.get(0);
    Answerability.Verdict verdict = answerability.judge(question, found, corpus, ts);
    double coverage = verdict.coverage();
    if (!verdict.answerable()) {
      return Answer.notFound(question, NOT_FOUND, related(question, corpus, hits, ts), coverage,
          top.dense());
    }
    List<Scored> chosen = picker.pick(question, found.queryVector(), candidates(corpus, hits), ts);
    if (chosen.isEmpty()) {
      return Answer.notFound(question, NOT_FOUND, related(question, corpus, hits, ts), coverage,
          top.dense());
    }
    return compose(question, corpus, chosen, coverage, top.dense());
  }

  private static List<Candidate> candidates(Corpus corpus, List<Hit> hits) {
    List<Candidate> out = new ArrayList<>();
    for (int r = 0; r < Math.min(CANDIDATE_ARTICLES, hits.size()); r++) {
      Hit h = hits.get(r);
      int rank = r;
      corpus.article(h.articleId())
          .ifPresent(a -> out.add(new Candidate(rank, a, h.passage().passage())));
    }
    return out;
  }

  private Answer compose(String question, Corpus corpus, List<Scored> chosen, double coverage,
      double similarity) {
    // article order: the order of the retriever's ranking among the chosen
    List<Scored> ordered = new ArrayList<>(chosen);
    ordered.sort(Comparator.comparingInt(Scored::rank).thenComparingInt(Scored::position));
    Map<String, Integer> numbers = new LinkedHashMap<>();
    Map<String, Article> cited = new LinkedHashMap<>();
    for (Scored s : ordered) {
      numbers.putIfAbsent(s.article().id(), numbers.size() + 1);
      cited.putIfAbsent(s.article().id(), s.article());
    }
    List<String> lines = new ArrayList<>();
    Map<String, String> firstQuote = new LinkedHashMap<>();
    for (Span span : spans(ordered)) {
      lines.add(span.text() + "[" + numbers.get(span.article().id()) + "]");
      firstQuote.putIfAbsent(span.article().id(), span.text());
    }
    List<Citation> citations = new ArrayList<>();
    for (Map.Entry<String, Integer> e : numbers.entrySet()) {
      citations.add(citation(corpus, e.getValue(), cited.get(e.getKey()),
          firstQuote.get(e.getKey())));
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

  private Citation citation(Corpus corpus, int n, Article article, String quote) {
    Page page = corpus.pageOf(article).orElseThrow(
        () -> new IllegalStateException("article without a page: " + article.id()));
    return Citation.of(n, article, page, links, quote);
  }

  /** Close articles to offer when the paper does not answer (none when nothing is close). */
  private List<Citation> related(String question, Corpus corpus, List<Hit> hits, TermStats ts) {
    List<Citation> out = new ArrayList<>();
    for (Hit h : hits) {
      Article a = corpus.article(h.articleId()).orElse(null);
      if (out.size() < 3 && a != null && answerability.related(question, a, ts)) {
        out.add(citation(corpus, out.size() + 1, a, ""));
      }
    }
    return out;
  }

  private TermStats stats(Corpus corpus) {
    Map.Entry<Corpus, TermStats> s = stats;
    if (s == null || s.getKey() != corpus) {
      s = Map.entry(corpus, TermStats.of(corpus.articles()));
      stats = s;
    }
    return s.getValue();
  }

  private record Span(Article article, String text) {}
}
