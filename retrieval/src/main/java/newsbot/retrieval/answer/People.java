package newsbot.retrieval.answer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntBiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.CorpusSource;
import newsbot.retrieval.Links;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.query.QueryTermExtractor;
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.Retriever;
import newsbot.retrieval.search.SearchRequest;
import newsbot.retrieval.text.Sentences;

/**
 * Who a named person is (邵文婕是谁, 俞春峰是干啥的, 周军波是什么职务): the sentence that prints the
 * person's role before the name, newest report first, from the articles that print the name. A
 * name is found by the text itself, not by the question's meaning: a question about a person
 * shares nothing else with the article that names them. Thread-safe.
 */
final class People {

  private static final int DEPTH = 12;
  /** A name of two to four Han characters asked about as a whole message. */
  private static final Pattern ASKS_WHO = Pattern.compile("^(\\p{IsHan}{2,4}?)(?:是谁|是干什么的|是干啥的|"
      + "是干嘛的|是做什么的|是做啥的|是什么人|是什么职务|是什么职位|是什么身份|是哪个单位的|什么职务|干什么的|干啥的)"
      + "[?？!！。.\\s吗呢啊呀]*$");
  /** Words of an office or a title, printed before a name. */
  private static final Pattern ROLE_WORD = Pattern.compile(
      "书记|市长|县长|区长|镇长|局长|主任|部长|主席|校长|院长|馆长|行长|所长|站长|会长|队长|厂长|经理|董事长|"
          + "总裁|主编|负责人|委员|代表|教授|医生|老师|民警|记者|专家|研究员|工程师|村民|居民|市民|负责");
  /** Asking words and pronouns (他们是谁, 这位是干啥的): never part of a name. */
  private static final String NOT_IN_NAME = "谁是什么干啥哪的他她它你我您这那们";

  private final Retriever retriever;
  private final CorpusSource articles;
  private final Links links;

  People(Retriever retriever, CorpusSource articles, Links links) {
    this.retriever = retriever;
    this.articles = articles;
    this.links = links;
  }

  /** The name a "who is" question asks about, or null when it asks something else. */
  static String asked(String question) {
    Matcher m = ASKS_WHO.matcher(question.strip());
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1);
    return name.chars().anyMatch(c -> NOT_IN_NAME.indexOf(c) >= 0) ? null : name;
  }

  /** The answer from the sentences that print the name; empty when no article prints it. */
  Optional<Answer> who(AnswerRequest question, String name) throws IOException {
    // a role printed right before the name (市图书馆馆长邵文婕) says who the person is
    List<Mention> mentions = mentionsOf(question, name, (a, sentence) -> {
      int at = sentence.indexOf(name);
      return ROLE_WORD.matcher(sentence.substring(Math.max(0, at - 12), at)).find() ? 2 : 0;
    });
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    Mention best = mentions.get(0);
    Citation c = Quotes.citation(articles.corpus(), links, 1, best.article(), best.sentence());
    return Optional.of(new Answer(question.question(), true, best.sentence() + "[1]", List.of(c),
        List.of(), "person", 1, 0));
  }

  /**
   * What the paper says of the person (她去了什么活动 after 姚丽萍是谁): the sentences that print the
   * name, those whose own words, else whose article's, hold most of the question's content words
   * first, then the newest; up to three of the best-scored, each cited. Empty when no article
   * prints the name.
   */
  Optional<Answer> mentions(AnswerRequest question, String name) throws IOException {
    List<String> words = new QueryTermExtractor().extract(question.question()).content().stream()
        .filter(w -> !name.contains(w)).toList();
    Map<String, String> wholes = new HashMap<>();
    List<Mention> mentions = mentionsOf(question, name, (a, sentence) -> {
      String whole = wholes.computeIfAbsent(a.id(), id -> a.title() + a.text());
      int score = 0;
      for (String w : words) {
        score += sentence.contains(w) ? 2 : whole.contains(w) ? 1 : 0;
      }
      return score;
    });
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    int best = mentions.get(0).score();
    List<Citation> cited = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Mention m : mentions.stream().filter(m -> m.score() == best).limit(3).toList()) {
      Citation c = cited.stream().filter(x -> x.articleId().equals(m.article().id())).findFirst()
          .orElse(null);
      if (c == null) {
        c = Quotes.citation(articles.corpus(), links, cited.size() + 1, m.article(), m.sentence());
        cited.add(c);
      }
      text.append(text.length() == 0 ? "" : "\n").append(m.sentence()).append('[').append(c.n())
          .append(']');
    }
    return Optional.of(new Answer(question.question(), true, text.toString(), cited, List.of(),
        "person", 1, 0));
  }

  /** A sentence printing the name, its article and issue date, and how well it answers. */
  record Mention(Article article, LocalDate date, String sentence, int score) {}

  private List<Mention> mentionsOf(AnswerRequest question, String name,
      ToIntBiFunction<Article, String> score) throws IOException {
    return sentences(question, name, sentence -> sentence.contains(name), score);
  }

  /**
   * The distinct sentences that {@code keep} takes, of the articles {@code query} finds (a name,
   * a role), best score first, then the newest; empty for a query shorter than two characters.
   */
  List<Mention> sentences(AnswerRequest question, String query, Predicate<String> keep,
      ToIntBiFunction<Article, String> score) throws IOException {
    if (query.codePointCount(0, query.length()) < 2) {
      return List.of();
    }
    List<Hit> hits = retriever.search(new SearchRequest(query, DEPTH, question.from(),
        question.to(), null));
    Corpus corpus = articles.corpus();
    List<Mention> mentions = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Hit h : hits) {
      Article a = corpus.article(h.articleId()).orElse(null);
      if (a == null) {
        continue;
      }
      for (String paragraph : a.paragraphs()) {
        for (String sentence : Sentences.split(paragraph)) {
          if (keep.test(sentence) && seen.add(sentence)) {
            mentions.add(new Mention(a, corpus.dateOf(a), sentence, score.applyAsInt(a, sentence)));
          }
        }
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::score).reversed()
        .thenComparing(Mention::date, Comparator.nullsLast(Comparator.reverseOrder())));
    return mentions;
  }
}
