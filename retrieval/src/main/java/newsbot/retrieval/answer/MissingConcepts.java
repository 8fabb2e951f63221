package newsbot.retrieval.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.embed.WordVectors;
import newsbot.retrieval.query.MessageText;
import newsbot.retrieval.query.QueryTermExtractor;
import newsbot.retrieval.query.SpokenWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The concept a question asks about that the best article never mentions: 头盔 in
 * 骑电瓶车不戴头盔罚多少钱 when the article is on charging e-bikes, 嘉兴 in 平湖到嘉兴的公交末班车几点
 * when it is on the city's own bus lines. The article is then about a nearby topic, not the asked
 * one, however many other words it shares.
 *
 * <p>A content word of the question (not a generic word like 时间 or 报名, see
 * {@link QueryTermExtractor}) is missing when the article's statements do not print it and no word
 * they print is close to it in meaning: the embedding's cosine of the two words stays below
 * {@link #MIN_WORD_COSINE}. Everyday words the paper writes otherwise pass on meaning (老人 for
 * 老年人 0.93, 城里 for 城区 0.80, 关门 0.56); an absent concept has no near word (头盔 0.44,
 * 嘉兴 0.45, 补办 0.52). Left out: quantities (一斤, 一张: {@link PerUnit} checks units), words
 * without Chinese (gdp, app) and words most articles hold (the edition's place, 平湖).
 *
 * <p>Word vectors are the embedder's {@link WordVectors}. Thread-safe.
 */
final class MissingConcepts {

  private static final Logger log = LoggerFactory.getLogger(MissingConcepts.class);

  /** Below this cosine to every word of the article, a question's word is a missing concept. */
  static final double MIN_WORD_COSINE = 0.53;
  /** From this cosine on, an article's word says what a question's word says. */
  static final double MIN_SYNONYM_COSINE = 0.8;
  /** A word more than this share of the articles hold names the paper's own place or beat. */
  private static final double COMMON_SHARE = 0.5;
  /** A quantity (一斤, 两个, 几本), not a concept. */
  private static final String NUMERALS = "一二两三四五六七八九十百千万几半每";

  private final WordVectors vectors;
  private final QueryTermExtractor extractor = new QueryTermExtractor();

  MissingConcepts(Embedder embedder) {
    this.vectors = embedder.words();
  }

  /**
   * The first content word of the question that the article neither prints nor has a word close
   * to, else a compound of it the article does not say ({@link #missingCompound}: 电子书), or null
   * when it has them all. A word the article prints with one character swapped for
   * a contrasting one ({@link Contrasts}: 春季 for 秋季) is missing however close the two are.
   *
   * @param statements the article's statements ({@link Anchors#statements})
   * @param words the dictionary words of the statements
   */
  String missing(String question, String statements, Set<String> words, TermStats ts) {
    String concept = missing(absence(question, statements, words, ts), statements);
    return concept != null ? concept : missingCompound(question, statements, words);
  }

  /**
   * Whether the article prints none of the question's two or more concepts, nor a word that says
   * one of them ({@link #MIN_SYNONYM_COSINE}): it shares only generic words and the paper's place
   * with the question (平湖公务员考试什么时候报名 against the adult school's 报名, where 公务员 is
   * 0.65 from 人员 and 考试 0.64 from 教育, each near enough alone to pass {@link #missing}).
   *
   * @param statements the article's statements ({@link Anchors#statements})
   * @param words the dictionary words of the statements
   */
  boolean printsNoConcept(String question, String statements, Set<String> words, TermStats ts) {
    return offSubject(absence(question, statements, words, ts), ts);
  }

  /**
   * What an article lacks of a question, judged both ways at once.
   *
   * @param offSubject it prints no concept of what was searched ({@link #printsNoConcept})
   * @param concept else the first concept of the message as sent that it lacks
   *     ({@link #missing}), or null
   */
  record Lack(boolean offSubject, String concept) {}

  /**
   * {@link #printsNoConcept} of what was searched, then {@link #missing} of the message as sent:
   * the same text's words are cut and compared with the article's once.
   */
  Lack lack(String asked, String searched, String statements, Set<String> words, TermStats ts) {
    Absence ofSearched = absence(searched, statements, words, ts);
    if (offSubject(ofSearched, ts)) {
      return new Lack(true, null);
    }
    Absence ofAsked = asked.equals(searched) ? ofSearched
        : absence(asked, statements, words, ts);
    String concept = missing(ofAsked, statements);
    return new Lack(false, concept != null ? concept : missingCompound(asked, statements, words));
  }

  /**
   * A compound of the question the dictionary cut into a word and its head (电子书 of 电子 and 书,
   * {@link QueryTermExtractor#headedCompounds}) that the article does not say: it prints the word
   * but not with that head, nor with the head two characters on (停车收费 says 停车费), and none
   * of its words other than the modifier is a {@link #MIN_SYNONYM_COSINE synonym}. The article is
   * then about another thing of the modifier: 电子读者证 does not answer 能借电子书吗, though 电子书
   * is 0.81 from 电子 itself.
   *
   * @param words the dictionary words of the statements
   */
  private String missingCompound(String question, String statements, Set<String> words) {
    for (String compound : extractor.headedCompounds(question)) {
      String modifier = compound.substring(0, compound.length() - 1);
      char head = compound.charAt(compound.length() - 1);
      if (!statements.contains(modifier) || printsWithHead(statements, modifier, head)) {
        continue;
      }
      List<String> others = words.stream()
          .filter(w -> MessageText.isHanWord(w) && !w.equals(modifier)).toList();
      WordVectors.Closest nearest = vectors.closest(List.of(compound), others).get(0);
      if (nearest.cosine() < MIN_SYNONYM_COSINE) {
        log.debug("compound {} unsaid, nearest {}", compound, nearest);
        return compound;
      }
    }
    return null;
  }

  /** The statements print the modifier followed by the head, at most two characters on. */
  private static boolean printsWithHead(String statements, String modifier, char head) {
    for (int at = statements.indexOf(modifier); at >= 0;
        at = statements.indexOf(modifier, at + 1)) {
      int from = at + modifier.length();
      int to = Math.min(statements.length(), from + 3);
      if (statements.substring(from, to).indexOf(head) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A question's content words, those the statements do not print, and the article's word
   * nearest in meaning to each of those.
   */
  private record Absence(List<String> content, List<String> absent,
      List<WordVectors.Closest> nearest) {}

  private Absence absence(String question, String statements, Set<String> words, TermStats ts) {
    List<String> content = extractor.extract(question).content();
    List<String> absent = absent(content, statements, ts, w -> true);
    List<WordVectors.Closest> nearest = absent.isEmpty() ? List.of()
        : vectors.closest(absent, words.stream().filter(MessageText::isHanWord).toList());
    return new Absence(content, absent, nearest);
  }

  private static boolean offSubject(Absence a, TermStats ts) {
    return a.absent().size() >= 2 && a.absent().size() == concepts(a.content(), ts)
        && a.nearest().stream().allMatch(c -> c.cosine() < MIN_SYNONYM_COSINE);
  }

  private static String missing(Absence a, String statements) {
    for (String w : a.content()) {
      String instead = MessageText.isHanWord(w) ? Contrasts.printedInstead(w, statements) : null;
      if (instead != null) {
        return w + " (printed " + instead + ")";
      }
    }
    if (a.absent().isEmpty()) {
      return null;
    }
    log.debug("absent concepts {}, nearest {}", a.absent(), a.nearest());
    for (int i = 0; i < a.absent().size(); i++) {
      if (a.nearest().get(i).cosine() < MIN_WORD_COSINE) {
        return a.absent().get(i);
      }
    }
    return null;
  }

  /**
   * The words among {@code absent} that the article writes otherwise: one of its words is as
   * close in meaning as {@link #MIN_SYNONYM_COSINE} (老人 and 老年人 0.93, 补贴 and 补助 0.87,
   * 家里 and 家庭 0.86; the nearest word of an absent concept stays below: 起步 and 进一步 0.76,
   * 工资 and 工作 0.77).
   *
   * @param words the dictionary words of the article's statements
   */
  Set<String> synonyms(List<String> absent, Set<String> words) {
    return synonymsIn(absent, words).keySet();
  }

  /**
   * The words among {@code absent} that the article writes otherwise ({@link #synonyms}), each
   * with the article's word for it (女生 → 女性, 老人 → 老年人).
   */
  Map<String, String> synonymsIn(List<String> absent, Set<String> words) {
    List<String> asked = absent.stream().filter(MessageText::isHanWord).toList();
    if (asked.isEmpty()) {
      return Map.of();
    }
    List<WordVectors.Closest> closest = vectors.closest(asked,
        words.stream().filter(MessageText::isHanWord).toList());
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < asked.size(); i++) {
      if (closest.get(i).cosine() >= MIN_SYNONYM_COSINE) {
        out.put(asked.get(i), closest.get(i).word());
      }
    }
    return out;
  }

  /**
   * The article's words for the question's content words that it writes otherwise: what a
   * sentence holding the answer prints in their place (报名条件…女性青年 for 女生可以报吗).
   *
   * @param statements the article's statements ({@link Anchors#statements})
   * @param words the dictionary words of the statements
   */
  Collection<String> articleWordsFor(String question, String statements, Set<String> words,
      TermStats ts) {
    return synonymsIn(absent(question, statements, ts, w -> true), words).values();
  }

  /**
   * Whether the statements say every term of the question: a content word of three characters or
   * more (a compound that names a thing: 固定资产, 读者证, 充电桩; shorter words are as often verbs)
   * that at most {@code maxShare} of the articles hold, printed or in a synonym
   * ({@link #synonyms}), not only near it in meaning (固定资产 against 产值).
   */
  boolean saysTerms(String question, String statements, Set<String> words, TermStats ts,
      double maxShare) {
    List<String> absent = absent(question, statements, ts,
        w -> w.length() >= 3 && ts.wordShare(w) <= maxShare);
    return absent.isEmpty() || synonyms(absent, words).size() == absent.size();
  }

  /**
   * The question's concepts (content words, see {@link #concept}) passing {@code also} that the
   * statements do not print.
   */
  private List<String> absent(String question, String statements, TermStats ts,
      Predicate<String> also) {
    return absent(extractor.extract(question).content(), statements, ts, also);
  }

  private List<String> absent(List<String> content, String statements, TermStats ts,
      Predicate<String> also) {
    ts.fetch(content, content); // one store request per kind for the shares concept() asks
    List<String> out = new ArrayList<>();
    for (String w : content) {
      if (concept(w, ts) && also.test(w) && !prints(statements, w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static long concepts(List<String> content, TermStats ts) {
    return content.stream().filter(w -> concept(w, ts)).count();
  }

  private static boolean concept(String word, TermStats ts) {
    return MessageText.isHanWord(word) && NUMERALS.indexOf(word.charAt(0)) < 0
        && ts.wordShare(word) <= COMMON_SHARE && ts.share(word) <= COMMON_SHARE;
  }

  /**
   * The statements print the word or what the paper writes for it ({@link SpokenWords}: 小时 for
   * 钟头), or, for a word of three or more characters (joined from
   * characters the dictionary left single: 人飞线 of 有人飞线充电), the word less its first
   * character. Not less its last: a Chinese compound ends in what it names, and 供水 does not
   * print 供水点, nor 电子 电子书.
   */
  static boolean prints(String statements, String word) {
    if (statements.contains(word) || SpokenWords.printedAs(word, statements)) {
      return true;
    }
    return word.length() >= 3 && statements.contains(word.substring(1));
  }
}
