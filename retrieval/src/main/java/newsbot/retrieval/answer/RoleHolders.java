package newsbot.retrieval.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsbot.retrieval.CorpusSource;
import newsbot.retrieval.Links;
import newsbot.retrieval.parse.Corpus;

/**
 * Who holds a role (市委书记是谁): the sentences that print a name right after the role
 * (市委书记钟伟华在…), the newest report of each name first, up to three names. Thread-safe.
 */
final class RoleHolders {

  private static final int MAX_NAMES = 3;
  /** The characters after a role that a name ends before: 市委书记钟伟华在…, 市长陈明表示. */
  private static final Pattern NAME_END = Pattern.compile(
      "[在到主出表说调会等一率指带强要对向和与及、,\uFF0C。:\uFF1A;\uFF1B“”()\uFF08\uFF09]");

  private final People people;
  private final CorpusSource articles;
  private final Links links;

  /** @param people finds the sentences of the articles a role finds */
  RoleHolders(People people, CorpusSource articles, Links links) {
    this.people = people;
    this.articles = articles;
    this.links = links;
  }

  /** The answer from the sentences that name a holder of the role; empty when none does. */
  Optional<Answer> find(AnswerRequest question, String role) throws IOException {
    // newest first, so the first sentence naming someone is that name's newest report
    Map<String, People.Mention> newestByName = new LinkedHashMap<>();
    for (People.Mention m : people.sentences(question, role, s -> holder(s, role) != null,
        (a, s) -> 0)) {
      newestByName.putIfAbsent(holder(m.sentence(), role), m);
    }
    if (newestByName.isEmpty()) {
      return Optional.empty();
    }
    Corpus corpus = articles.corpus();
    List<Citation> cited = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (People.Mention m : newestByName.values().stream().limit(MAX_NAMES).toList()) {
      cited.add(Quotes.citation(corpus, links, cited.size() + 1, m.article(), m.sentence()));
      text.append(text.length() == 0 ? "" : "\n").append(m.sentence()).append('[')
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
}
