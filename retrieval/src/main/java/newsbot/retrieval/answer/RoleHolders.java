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
  /** The office at the end of a role (队长 of 消防大队长, 书记 of 市委书记). */
  private static final int OFFICE_CHARS = 2;
  /** How many characters the paper's full role may add to a reader's short one (救援大队). */
  private static final int SHORTENED_BY = 6;
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

  /**
   * The name printed right after the role in a sentence (市委书记钟伟华在…), or after the role
   * written in full where the question shortens it (消防大队长 for 市消防救援大队大队长钱振宇), or null.
   */
  static String holder(String sentence, String role) {
    String name = holderAfter(sentence, role, "");
    if (name != null || role.length() <= OFFICE_CHARS) {
      return name;
    }
    String office = role.substring(role.length() - OFFICE_CHARS);
    return holderAfter(sentence, office, role.substring(0, role.length() - OFFICE_CHARS));
  }

  /**
   * The name after {@code office} where the few characters before it hold every character of
   * {@code qualifier} in order (消防大 before 队长 in 市消防救援大队大队长).
   */
  private static String holderAfter(String sentence, String office, String qualifier) {
    int at = sentence.indexOf(office);
    while (at >= 0) {
      if (!inOrder(qualifier,
          sentence.substring(Math.max(0, at - qualifier.length() - SHORTENED_BY), at))) {
        at = sentence.indexOf(office, at + 1);
        continue;
      }
      String name = nameAt(sentence, at, at + office.length());
      if (name != null) {
        return name;
      }
      at = sentence.indexOf(office, at + 1);
    }
    return null;
  }

  /** Whether the text holds the characters of {@code part} in their order. */
  private static boolean inOrder(String part, String text) {
    int from = 0;
    for (char c : part.toCharArray()) {
      from = text.indexOf(c, from) + 1;
      if (from == 0) {
        return false;
      }
    }
    return true;
  }

  /** The name of two or three characters from {@code start}, unless the role is a deputy's. */
  private static String nameAt(String sentence, int at, int start) {
    int end = start;
    while (end < sentence.length() && end - start < 3
        && Character.UnicodeScript.of(sentence.codePointAt(end)) == Character.UnicodeScript.HAN
        && !NAME_END.matcher(sentence.substring(end, end + 1)).matches()) {
      end++;
    }
    boolean deputy = at > 0 && sentence.charAt(at - 1) == '副';
    return end - start >= 2 && !deputy ? sentence.substring(start, end) : null;
  }
}
