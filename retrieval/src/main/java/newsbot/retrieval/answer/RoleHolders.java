package newsbot.retrieval.answer;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsbot.retrieval.CorpusSource;
import newsbot.retrieval.Links;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.search.Hit;
import newsbot.retrieval.search.Retriever;
import newsbot.retrieval.search.SearchRequest;
import newsbot.retrieval.text.Sentences;

/**
 * Who holds a role (市委书记是谁): the sentences that print a name right after the role
 * (市委书记钟伟华在…), the newest report of each name first, up to three names. Thread-safe.
 */
final class RoleHolders {

  private static final int DEPTH = 12;
  private static final int MAX_NAMES = 3;
  /** The characters after a role that a name ends before: 市委书记钟伟华在…, 市长陈明表示. */
  private static final Pattern NAME_END = Pattern.compile(
      "[在到主出表说调会等一率指带强要对向和与及、,\uFF0C。:\uFF1A;\uFF1B“”()\uFF08\uFF09]");

  private final Retriever retriever;
  private final CorpusSource articles;
  private final Links links;

  RoleHolders(Retriever retriever, CorpusSource articles, Links links) {
    this.retriever = retriever;
    this.articles = articles;
    this.links = links;
  }

  /** The answer from the sentences that name a holder of the role; empty when none does. */
  Optional<Answer> find(AnswerRequest question, String role) throws IOException {
    List<Hit> hits = retriever.search(new SearchRequest(role, DEPTH, question.from(),
        question.to(), null));
    Corpus corpus = articles.corpus();
    record Report(Article article, LocalDate date, String sentence) {}
    Map<String, Report> newestByName = new LinkedHashMap<>();
    for (Hit h : hits) {
      Article a = corpus.article(h.articleId()).orElse(null);
      if (a == null) {
        continue;
      }
      LocalDate date = corpus.dateOf(a);
      for (String paragraph : a.paragraphs()) {
        for (String sentence : Sentences.split(paragraph)) {
          String name = holder(sentence, role);
          Report old = name == null ? null : newestByName.get(name);
          if (name != null && (old == null || newer(date, old.date()))) {
            newestByName.put(name, new Report(a, date, sentence));
          }
        }
      }
    }
    if (newestByName.isEmpty()) {
      return Optional.empty();
    }
    List<Report> reports = new ArrayList<>(newestByName.values());
    reports.sort(Comparator.comparing(Report::date, Comparator.nullsLast(Comparator.reverseOrder())));
    List<Citation> cited = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Report r : reports.subList(0, Math.min(MAX_NAMES, reports.size()))) {
      cited.add(Quotes.citation(corpus, links, cited.size() + 1, r.article(), r.sentence()));
      text.append(text.length() == 0 ? "" : "\n").append(r.sentence()).append('[')
          .append(cited.size()).append(']');
    }
    return Optional.of(new Answer(question.question(), true, text.toString(), cited, List.of(),
        "role", 1, 0));
  }

  /** The name printed right after the role in a sentence (市委书记钟伟华在…), or null. */
  static String holder(String sentence, String role) {
    int at = sentence.indexOf(role);
    while (at >= 0) {
      int start = at + role.length();
      int end = start;
      while (end < sentence.length() && end - start < 3
          && Character.UnicodeScript.of(sentence.codePointAt(end)) == Character.UnicodeScript.HAN
          && !NAME_END.matcher(sentence.substring(end, end + 1)).matches()) {
        end++;
      }
      boolean deputy = at > 0 && sentence.charAt(at - 1) == '副';
      if (end - start >= 2 && !deputy) {
        return sentence.substring(start, end);
      }
      at = sentence.indexOf(role, at + 1);
    }
    return null;
  }

  private static boolean newer(LocalDate a, LocalDate b) {
    return a != null && (b == null || a.isAfter(b));
  }
}
