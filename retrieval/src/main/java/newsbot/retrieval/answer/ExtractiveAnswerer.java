package newsbot.retrieval.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsbot.retrieval.CorpusSource;
import newsbot.retrieval.Links;
import newsbot.retrieval.answer.SentencePicker.Candidate;
import newsbot.retrieval.answer.SentencePicker.Scored;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.query.MessageText;
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.Retrieval;
import newsbot.retrieval.search.Retriever;
import newsbot.retrieval.search.SearchRequest;
import newsbot.retrieval.store.StoredPassage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

  private static final Logger log = LoggerFactory.getLogger(ExtractiveAnswerer.class);

  static final String NOT_FOUND = "报纸里没有找到能回答这个问题的内容。";
  /**
   * Not found for a question without Chinese: the page is Chinese, and only its numbers can
   * vouch for an answer to another language ({@link Anchors#printsEveryNumber}).
   */
  static final String NOT_FOUND_FOREIGN = NOT_FOUND
      + "报纸是中文的,用中文提问更容易找到。(The paper is written in Chinese: please ask in Chinese.)";
  private static final int CANDIDATE_ARTICLES = 3;
  private static final int SEARCH_DEPTH = 5;

  private final Retriever retriever;
  private final CorpusSource articles;
  private final Links links;
  private final AnswerSettings settings;
  private final Answerability answerability;
  private final SentencePicker picker;
  private final People people;
  private volatile Map.Entry<Corpus, TermStats> stats;

  public ExtractiveAnswerer(Retriever retriever, Embedder embedder, CorpusSource articles,
      Links links, AnswerSettings settings) {
    this.retriever = retriever;
    this.articles = articles;
    this.links = links;
    this.settings = settings;
    this.answerability = new Answerability(settings, embedder);
    this.picker = new SentencePicker(embedder, settings);
    this.people = new People(retriever, articles, links);
  }

  @Override
  public Answer answer(AnswerRequest request) throws IOException {
    String asked = request.question().strip();
    String problem = QuestionCheck.problem(asked, settings.maxQuestionChars());
    if (problem != null) {
      return Answer.notFound(asked, problem, List.of(), 0, 0);
    }
    // who a named person is: the sentences that print the name, whatever else the search ranks
    String name = People.asked(asked);
    if (name != null) {
      Optional<Answer> who = people.who(request, name);
      if (who.isPresent()) {
        return who.get();
      }
    }
    // what is searched and scored: the question, or with a follow-up the previous topic too
    Corpus corpus = articles.corpus();
    TermStats ts = stats(corpus);
    Reading read = read(request.query().strip(), asked, request, corpus, ts);
    String notFound = MessageText.hasHan(asked) ? NOT_FOUND
        : NOT_FOUND_FOREIGN;
    if (read.hits().isEmpty()) {
      return Answer.notFound(asked, notFound, List.of(), 0, 0);
    }
    if (!read.verdict().answerable()) {
      // 图书管几点关门: read again as 图书馆几点关门 when the articles found print that
      read = respelled(read, request, corpus, ts).orElse(read);
    }
    String question = read.question();
    String judged = read.asked();
    Retrieval found = read.found();
    List<Hit> hits = read.hits();
    Answerability.Verdict verdict = read.verdict();
    double coverage = verdict.coverage();
    Hit top = hits.get(0);
    if (!verdict.answerable()) {
      return Answer.notFound(asked, notFound, related(question, corpus, hits, ts), coverage,
          top.dense());
    }
    hits = answeringFirst(hits, verdict.articleId());
    top = hits.get(0);
    List<Scored> chosen = ofPreferred(picker.pick(question, judged, found.queryVector(),
        candidates(corpus, hits), ts), request, verdict.articleId());
    if (chosen.isEmpty()) {
      return Answer.notFound(asked, notFound, related(question, corpus, hits, ts), coverage,
          top.dense());
    }
    return Quotes.compose(asked, corpus, links, chosen, coverage, top.dense());
  }

  /**
   * A reading of the question: what was searched, the message as judged, the ranking and the
   * gate's verdict (null when nothing was found).
   */
  private record Reading(String question, String asked, Retrieval found, List<Hit> hits,
      Answerability.Verdict verdict) {}

  private Reading read(String question, String asked, AnswerRequest request, Corpus corpus,
      TermStats ts) throws IOException {
    Retrieval found = retriever.retrieve(new SearchRequest(question, SEARCH_DEPTH,
        request.from(), request.to(), null));
    List<Hit> hits = Preferences.apply(found.hits(), corpus, request);
    Answerability.Verdict verdict = hits.isEmpty() ? null
        : answerability.judge(asked, question, hits, found.queryVector(), corpus, ts);
    return new Reading(question, asked, found, hits, verdict);
  }

  /**
   * The question read with its pinyin-input typos mended ({@link Typos}), kept when the paper
   * then answers it. Tried only when the question as typed finds nothing: in a small archive an
   * everyday pair (做了) may be printed nowhere, and its homophone (作) would only blur a search
   * that already answers.
   */
  private Optional<Reading> respelled(Reading typed, AnswerRequest request, Corpus corpus,
      TermStats ts) throws IOException {
    List<String> texts = typed.hits().stream().limit(CANDIDATE_ARTICLES)
        .flatMap(h -> corpus.article(h.articleId()).stream())
        .map(StoredPassage::articleText).toList();
    String question = Typos.fix(typed.question(), texts, ts);
    if (question.equals(typed.question())) {
      return Optional.empty();
    }
    String asked = typed.question().equals(typed.asked()) ? question
        : Typos.fix(typed.asked(), texts, ts);
    Reading again = read(question, asked, request, corpus, ts);
    log.debug("typo: {} read as {}: {}", typed.question(), question,
        again.verdict() == null ? "nothing found" : again.verdict().reason());
    return again.verdict() != null && again.verdict().answerable() ? Optional.of(again)
        : Optional.empty();
  }

  /** The ranking with the article that answers moved to the front. */
  private static List<Hit> answeringFirst(List<Hit> hits, String articleId) {
    if (hits.get(0).articleId().equals(articleId)) {
      return hits;
    }
    List<Hit> out = new ArrayList<>(hits.size());
    hits.stream().filter(h -> h.articleId().equals(articleId)).forEach(out::add);
    hits.stream().filter(h -> !h.articleId().equals(articleId)).forEach(out::add);
    return out;
  }

  /**
   * A follow-up answered by an article the conversation cited (几点恢复 after 停水): quoted from
   * those articles alone, since a sentence of another that shares the carried-over words (小区 of
   * 哪些小区受影响 in a report on old estates) answers nothing asked. The sentences are chosen
   * among all candidates first, so the scores they are compared by stay the same. When the
   * article judged to answer was cited before but no sentence of those articles is chosen, what
   * the message adds is not in them (哪里买 after 糟蛋是啥: the photo caption says nothing of
   * shops, and another article's 店铺 is no answer about 糟蛋): nothing is quoted.
   */
  private static List<Scored> ofPreferred(List<Scored> chosen, AnswerRequest request,
      String answering) {
    Set<String> preferred = request.preferred();
    List<Scored> theirs = chosen.stream().filter(s -> preferred.contains(s.article().id()))
        .toList();
    if (preferred.contains(answering) && theirs.isEmpty()) {
      return theirs;
    }
    return chosen.isEmpty() || !preferred.contains(chosen.get(0).article().id()) ? chosen
        : theirs;
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

  /** Close articles to offer when the paper does not answer (none when nothing is close). */
  private List<Citation> related(String question, Corpus corpus, List<Hit> hits, TermStats ts) {
    List<Citation> out = new ArrayList<>();
    for (Hit h : hits) {
      Article a = corpus.article(h.articleId()).orElse(null);
      if (out.size() < 3 && a != null && answerability.related(question, a, ts)) {
        out.add(Quotes.citation(corpus, links, out.size() + 1, a, ""));
      }
    }
    return out;
  }

  /** Whether the hits answer the query at all (the found / not-found gate). */
  boolean answerable(String query, Retrieval found) throws IOException {
    Corpus corpus = articles.corpus();
    return !found.hits().isEmpty()
        && answerability.judge(query, found, corpus, stats(corpus)).answerable();
  }

  TermStats stats(Corpus corpus) {
    Map.Entry<Corpus, TermStats> s = stats;
    if (s == null || s.getKey() != corpus) {
      s = Map.entry(corpus, new TermStats(articles.frequencies()));
      stats = s;
    }
    return s.getValue();
  }

}
