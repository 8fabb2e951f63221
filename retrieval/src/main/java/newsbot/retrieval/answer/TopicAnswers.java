package newsbot.retrieval.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.QueryText;
import newsbot.retrieval.search.Retrieval;
import newsbot.retrieval.search.Retriever;
import newsbot.retrieval.search.SearchRequest;
import newsbot.retrieval.text.Sentences;

/**
 * Overviews and summaries, over the same retrieval, gate and citations as the extractive
 * answerer; role and person questions go to {@link RoleHolders} and {@link People}. Thread-safe.
 */
public final class TopicAnswers implements Overviews {

  static final int MAX_OVERVIEW = 5;
  private static final int OVERVIEW_DEPTH = 12;
  /** An article joins an overview when its fused score is this share of the best... */
  private static final double OVERVIEW_SHARE = 0.5;
  /** ...and it holds this IDF-weighted share of the topic's words. */
  private static final double OVERVIEW_COVERAGE = 0.5;
  /**
   * An article ranked this close to the best is on the topic whatever words it writes it in
   * (电动自行车 for 电瓶车: 0.77 of the best, the next article 0.36).
   */
  private static final double OVERVIEW_CLOSE_SHARE = 0.7;
  /** The best article holds this IDF-weighted share of a bare topic's words: it is covered. */
  private static final double TOPIC_COVERAGE = 0.7;
  /**
   * ...or some of them and this cosine to its best passage (电瓶车消防整治 for an article on
   * 电动自行车). Topics the paper lacks (房价, 地铁, 天气预报) hold none of the words and stay
   * below 0.5 in cosine.
   */
  private static final double TOPIC_SOME_WORDS = 0.3;
  private static final double TOPIC_COSINE = 0.55;
  private static final int SUMMARY_ARTICLES = 3;
  private static final double SUMMARY_SHARE = 0.6;

  private final ExtractiveAnswerer gate;
  private final Retriever retriever;
  private final CorpusSource articles;
  private final Links links;
  private final Summarizer summarizer;
  private final Embedder embedder;
  private final People people;
  private final RoleHolders roles;

  public TopicAnswers(ExtractiveAnswerer gate, Retriever retriever, Embedder embedder,
      CorpusSource articles, Links links) {
    this.gate = gate;
    this.retriever = retriever;
    this.articles = articles;
    this.links = links;
    this.summarizer = new Summarizer(embedder);
    this.embedder = embedder;
    this.people = new People(retriever, articles, links);
    this.roles = new RoleHolders(people, articles, links);
  }

  @Override
  public Answer overview(AnswerRequest topic) throws IOException {
    String query = topic.query().strip();
    Retrieval found = retriever.retrieve(new SearchRequest(query, OVERVIEW_DEPTH, topic.from(),
        topic.to(), null));
    Corpus corpus = articles.corpus();
    List<Hit> hits = found.hits();
    TermStats ts = gate.stats(corpus);
    Set<String> terms = TermStats.terms(QueryText.forKeywords(query));
    Set<String> members = TopicKinds.members(query);
    List<Article> reports = kindReports(members, topic, corpus);
    boolean covered = covered(query, found, corpus, ts, terms);
    if (!covered && reports.isEmpty()) {
      return Answer.notFound(topic.question(), ExtractiveAnswerer.NOT_FOUND, List.of(), 0, 0);
    }
    // a kind of happening the paper reports though no article names the kind (体育赛事 for a
    // 棒球锦标赛) is covered by those reports alone
    Map<String, Article> relevant = new LinkedHashMap<>();
    for (Article a : covered ? onTopic(query, hits, members, corpus, ts) : List.<Article>of()) {
      relevant.put(a.id(), a);
    }
    reports.forEach(a -> relevant.putIfAbsent(a.id(), a));
    return list(topic, new ArrayList<>(relevant.values()), terms, corpus, ts,
        hits.isEmpty() ? 0 : hits.get(0).dense());
  }

  private Answer list(AnswerRequest topic, List<Article> relevant, Set<String> terms,
      Corpus corpus, TermStats ts, double dense) {
    relevant.sort(Comparator.comparing((Article a) -> corpus.dateOf(a),
        Comparator.nullsLast(Comparator.reverseOrder())));
    List<Citation> listed = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Article a : relevant.subList(0, Math.min(MAX_OVERVIEW, relevant.size()))) {
      String sentence = bestSentence(a, terms, ts);
      listed.add(Quotes.citation(corpus, links, listed.size() + 1, a, sentence));
      text.append(text.length() == 0 ? "" : "\n").append(sentence).append('[')
          .append(listed.size()).append(']');
    }
    return new Answer(topic.question(), true, text.toString(), listed, List.of(), "overview",
        0, dense);
  }

  /**
   * The articles on the topic: the best found, those ranked close to it, those nearly as good
   * that hold most of its words, and those that report a happening of the kind it names.
   */
  private static List<Article> onTopic(String query, List<Hit> hits, Set<String> members,
      Corpus corpus, TermStats ts) {
    Set<String> words = TermStats.words(QueryText.forKeywords(query));
    double best = hits.get(0).score();
    List<Article> relevant = new ArrayList<>();
    for (Hit h : hits) {
      Optional<Article> a = corpus.article(h.articleId());
      if (a.isPresent() && (relevant.isEmpty() || h.score() >= OVERVIEW_CLOSE_SHARE * best
          || h.score() >= OVERVIEW_SHARE * best
          && ts.wordCoverage(words, ts.analysed(a.get()).words()) >= OVERVIEW_COVERAGE
          || TopicKinds.reports(a.get(), members))) {
        relevant.add(a.get());
      }
    }
    return relevant;
  }

  /**
   * For a kind of happening (文化活动), the articles whose headline or lead report one (an
   * exhibition, a concert), searched for by the words that name them; none for other topics.
   */
  private List<Article> kindReports(Set<String> members, AnswerRequest topic, Corpus corpus)
      throws IOException {
    List<Article> out = new ArrayList<>();
    if (members.isEmpty()) {
      return out;
    }
    for (Hit h : retriever.search(new SearchRequest(String.join(" ", members), OVERVIEW_DEPTH,
        topic.from(), topic.to(), null))) {
      corpus.article(h.articleId()).filter(a -> TopicKinds.reports(a, members))
          .ifPresent(out::add);
    }
    return out;
  }

  /**
   * A topic is covered when the gate finds the question answered, or when the best article holds
   * most of the topic's words (dictionary words, IDF-weighted): a bare topic (人才, 老年大学招生) is
   * a word or two, too short for the gate's evidence of a full question, and its character pairs
   * across word boundaries (年大, 学招) are in no article at all.
   */
  private boolean covered(String query, Retrieval found, Corpus corpus, TermStats ts,
      Set<String> terms) throws IOException {
    List<Hit> hits = found.hits();
    if (hits.isEmpty()) {
      return false;
    }
    if (gate.answerable(query, found)) {
      return true;
    }
    Set<String> words = TermStats.words(QueryText.forKeywords(query));
    double coverage = words.isEmpty() ? 0 : corpus.article(hits.get(0).articleId())
        .map(a -> ts.wordCoverage(words, ts.analysed(a).words()))
        .orElse(0.0);
    double cosine = hits.get(0).cosine();
    return !terms.isEmpty() && (coverage >= TOPIC_COVERAGE
        || coverage >= TOPIC_SOME_WORDS && cosine >= TOPIC_COSINE);
  }

  @Override
  public Answer summary(AnswerRequest topic) throws IOException {
    String query = topic.query().strip();
    Retrieval found = retriever.retrieve(new SearchRequest(query, SUMMARY_ARTICLES + 2,
        topic.from(), topic.to(), null));
    List<Hit> hits = found.hits();
    Corpus corpus = articles.corpus();
    TermStats stats = gate.stats(corpus);
    if (!covered(query, found, corpus, stats, TermStats.terms(QueryText.forKeywords(query)))) {
      return Answer.notFound(topic.question(), ExtractiveAnswerer.NOT_FOUND, List.of(), 0, 0);
    }
    List<Candidate> candidates = new ArrayList<>();
    double best = hits.get(0).score();
    for (Hit h : hits) {
      if (candidates.size() < SUMMARY_ARTICLES && h.score() >= SUMMARY_SHARE * best) {
        int rank = candidates.size();
        corpus.article(h.articleId())
            .ifPresent(a -> candidates.add(new Candidate(rank, a, h.passage().passage())));
      }
    }
    return summarised(topic.question(), corpus,
        summarizer.choose(query, found.queryVector(), candidates, stats), hits.get(0).dense());
  }

  @Override
  public Answer more(String question, String topic, List<String> cited, String shown)
      throws IOException {
    Corpus corpus = articles.corpus();
    List<Candidate> candidates = new ArrayList<>();
    for (String id : cited.subList(0, Math.min(cited.size(), SUMMARY_ARTICLES))) {
      corpus.article(id).ifPresent(a -> candidates.add(new Candidate(candidates.size(), a, "")));
    }
    List<Scored> chosen = candidates.isEmpty() ? List.of() : summarizer.choose(topic,
        embedder.embedQuery(topic), candidates, gate.stats(corpus), shown);
    return summarised(question, corpus, chosen, 1);
  }

  @Override
  public Answer summaryOf(AnswerRequest question, String articleId) throws IOException {
    // the points of one article are what more says of it when nothing was sent yet
    String title = articles.corpus().article(articleId).map(Article::title).orElse("");
    return more(question.question(), title, List.of(articleId), "");
  }

  /** The chosen sentences as a cited summary; not found when none was chosen. */
  private Answer summarised(String question, Corpus corpus, List<Scored> chosen,
      double similarity) {
    if (chosen.isEmpty()) {
      return Answer.notFound(question, ExtractiveAnswerer.NOT_FOUND, List.of(), 0, 0);
    }
    Answer a = Quotes.compose(question, corpus, links, chosen, 0, similarity);
    return a.withText(a.answer(), a.citations(), "summary");
  }

  @Override
  public Optional<Answer> roleHolder(AnswerRequest question, String role) throws IOException {
    return roles.find(question, role);
  }

  @Override
  public Optional<Answer> person(AnswerRequest question, String name) throws IOException {
    return people.who(question, name);
  }

  @Override
  public Optional<Answer> personMentions(AnswerRequest question, String name) throws IOException {
    return people.mentions(question, name);
  }

  /**
   * The sentence of an article that holds most of the topic, verbatim; its first full sentence
   * when none does.
   */
  private static String bestSentence(Article a, Set<String> terms, TermStats ts) {
    String best = null;
    double bestScore = 0;
    for (String paragraph : a.paragraphs()) {
      for (String sentence : Sentences.split(paragraph)) {
        double score = ts.coverage(terms, TermStats.terms(sentence));
        if (score > bestScore && sentence.length() >= 12 && !Sentences.asks(sentence)) {
          bestScore = score;
          best = sentence;
        }
      }
    }
    if (best == null) {
      for (String paragraph : a.paragraphs()) {
        for (String sentence : Sentences.split(paragraph)) {
          if (best == null && sentence.length() >= 12) {
            best = sentence;
          }
        }
      }
    }
    return best != null ? best : a.title();
  }
}
