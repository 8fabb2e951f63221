package newsbot.bot.chat.understand;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.query.DateMentions;
import newsbot.retrieval.query.DateMentions.Kind;
import newsbot.retrieval.query.DateMentions.Mention;
import newsbot.retrieval.query.MessageText;
import newsbot.retrieval.query.QueryTermExtractor;
import newsbot.retrieval.query.QueryTerms;

/**
 * Decides whether a message leans on the turn before it, and if so what it asks in full. By rule:
 *
 * <ol>
 *   <li>Never a follow-up: no previous query; a message of more than 12 Han characters (once its
 *       greeting and thanks are gone); a message with two or more content words that the previous
 *       query does not contain (那人才政策呢 after a question on 跨境电商 starts a new topic). Content
 *       words are what {@link QueryTermExtractor} calls content: not question words, particles,
 *       pronouns, numbers or generic words such as 票价, 时间, 报名, 目标.
 *   <li>A follow-up when the message asks for more of the same (还有呢, 还有吗, 详细点, 具体说说,
 *       继续, 然后呢): {@link FollowUp#more()}; or
 *   <li>opens with 那, 那么, 那个, 还有, 另外, 这个, 它, and, what about … and has at most one new
 *       content word (那出口呢); or ends with 呢 and has at most one new content word (地铁呢); or
 *       ends with 吗 and has no new content word (能报名吗, 是真的吗; 平湖有地铁吗 has its own
 *       topic); or has no content word at all but asks something, names a day, a page or a number,
 *       or a generic word (票价多少? 办多久? 几点开始? 在哪里? 为什么?), unless it is a whole
 *       request by itself: an issue or a page ({@link Intent#EDITION}: 今天报纸有啥, 第2版) or
 *       about the bot (你能干啥).
 *   <li>Anything else stands alone.
 * </ol>
 *
 * <p>The rewritten query starts from the previous one. A day or window, a page, or a number with a
 * unit (2030年, 第3版, 5届) that the message names replaces the previous one of the same kind (the
 * last, when there are several); what is left of the message, without its opener and end
 * particles, follows after a space unless the query already holds it. Stateless and thread-safe.
 */
public final class FollowUps {

  /** The longest message, in Han characters, that can lean on the previous turn. */
  public static final int MAX_HAN = 12;

  private static final Pattern OPENER = Pattern.compile(
      "^(?:那么|那如果|那要是|那个|那些|那里|那边|那儿|那|还有|另外|此外|然后|再问一下|再问下|再问|这个|这些|"
          + "它们|它|他们|他|她|and|then|what about|how about)(?![a-z])\\s*[,]?\\s*",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MORE = Pattern.compile("^(?:还有(?:别的|其他的?|其它的?|没有)?|更多(?:的)?|"
      + "继续(?:说|讲)?|接着(?:说|讲)|然后|再(?:说说|讲讲|来点?)|(?:说|讲)?(?:详细|具体)一?点|"
      + "(?:详细|具体|展开|多)(?:说说|讲讲|说点|讲点)|more|next|continue)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern END_PARTICLES =
      Pattern.compile("(?:(?<![什怎那这多])么|[吗呢呀啊吧哦~?!.。,、\\s])+$");
  private static final Pattern ENDS_NE = Pattern.compile("呢[?!.。~\\s]*$");
  private static final Pattern ENDS_MA = Pattern.compile("(?:吗|么)[?!.。~\\s]*$");
  private static final Pattern NUMBER_UNIT = Pattern.compile(
      "(\\d+(?:\\.\\d+)?)\\s*(年|月|日|号|届|期|版|季度|周|天|岁|元|万元|亿元|万|亿|%|个|家|名|人|项|次)");
  private static final Pattern EDGE_JUNK = Pattern.compile("^[的\\p{P}\\s]+|[的\\p{P}\\s]+$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
  /** A pronoun for a person, as the subject a message opens with (她去了什么活动). */
  private static final Pattern PERSON_PRONOUN = Pattern.compile(
      "^(?:他们|她们|他|她|这个人|这人|此人|这位|那个人|那人|该人)");

  /** 那郁晓东呢: 那, a name of two to four Han characters, 呢. */
  private static final Pattern OTHER_PERSON =
      Pattern.compile("^(?:那么|那)\\s*(\\p{IsHan}{2,4}?)(?:呢)[?!.。~\\s]*$");

  private final QueryTermExtractor extractor;
  private final MessageUnderstanding understanding = new MessageUnderstanding();

  public FollowUps(QueryTermExtractor extractor) {
    this.extractor = extractor;
  }

  /**
   * The message read with the previous turn, or empty when it stands alone.
   *
   * @param previousQuery what the previous turn searched (its query or rewritten query), or null
   * @param today the message's day, for the days it names
   */
  public Optional<FollowUp> rewrite(String message, String previousQuery, LocalDate today) {
    String previous = END_PARTICLES.matcher(MessageText.normalize(previousQuery)).replaceAll("");
    String text = SocialPhrases.strip(MessageText.normalize(message)).core();
    if (!WORD.matcher(previous).find() || !WORD.matcher(text).find()) {
      return Optional.empty();
    }
    String plain = END_PARTICLES.matcher(text).replaceAll("");
    if (MORE.matcher(plain).matches()) {
      return Optional.of(new FollowUp(previous, true));
    }
    if (MessageText.hanCount(plain) > MAX_HAN) {
      return Optional.empty();
    }
    Matcher opener = OPENER.matcher(text);
    boolean opens = opener.lookingAt();
    String body = opens ? text.substring(opener.end()) : text;
    DateMentions time = DateMentions.parse(body, today);
    QueryTerms terms = extractor.extract(time.topic());
    String previousLower = previous.toLowerCase(Locale.ROOT);
    long fresh = terms.content().stream().filter(t -> !previousLower.contains(t)).count();
    boolean slotsOnly = terms.content().isEmpty() && (terms.asks() || !terms.numbers().isEmpty()
        || !terms.generic().isEmpty() || !time.isEmpty());
    boolean endsNe = ENDS_NE.matcher(text).find();
    boolean leans = fresh < 2 && (opens || endsNe
        || (fresh == 0 && ENDS_MA.matcher(text).find()) || (slotsOnly && !complete(text, today)));
    return leans ? Optional.of(new FollowUp(combine(previous, body, time, today), false))
        : Optional.empty();
  }

  /**
   * The message asked of the named person the previous turn was about, when its subject is a
   * pronoun for that person: 她去了什么活动 after 姚丽萍是谁 is 姚丽萍去了什么活动. Empty when the
   * previous turn was about no one or the message opens otherwise.
   *
   * @param person the previous turn's person, empty when none
   */
  public static Optional<String> aboutPerson(String message, String person) {
    String text = SocialPhrases.strip(MessageText.normalize(message)).core().strip();
    Matcher pronoun = PERSON_PRONOUN.matcher(text);
    if (person.isBlank() || !pronoun.lookingAt() || text.length() == pronoun.end()) {
      return Optional.empty();
    }
    return Optional.of(person + text.substring(pronoun.end()));
  }

  /**
   * Another person asked the way the previous turn asked about one: 那郁晓东呢 after 严志刚是干啥的
   * is 郁晓东. Empty when the previous turn was about no one or the message is not 那 and a name.
   *
   * @param person the previous turn's person, empty when none
   */
  public static Optional<String> otherPerson(String message, String person) {
    Matcher other = OTHER_PERSON.matcher(SocialPhrases.strip(MessageText.normalize(message)).core());
    return person.isBlank() || !other.matches() || other.group(1).equals(person)
        ? Optional.empty() : Optional.of(other.group(1));
  }

  /** A request that needs no context: an issue or a page (今天报纸有啥), or about the bot. */
  private boolean complete(String text, LocalDate today) {
    Intent intent = understanding.understand(text, today).intent();
    return intent == Intent.EDITION || intent == Intent.ABOUT_BOT;
  }

  private static String combine(String previous, String body, DateMentions time, LocalDate today) {
    String query = previous;
    String rest = body;
    DateMentions before = DateMentions.parse(previous, today);
    for (Mention now : time.mentions()) {
      Mention then = lastOfKind(before.mentions(), now.kind());
      if (then != null) {
        query = replaceLast(query, then.text(), now.text());
        rest = rest.replace(now.text(), " ");
      }
    }
    Matcher number = NUMBER_UNIT.matcher(rest);
    StringBuilder left = new StringBuilder();
    while (number.find()) {
      String replaced = replaceLastNumber(query, number.group(1), number.group(2));
      String kept = replaced.equals(query) ? Matcher.quoteReplacement(number.group()) : " ";
      number.appendReplacement(left, kept);
      query = replaced;
    }
    number.appendTail(left);
    String added = END_PARTICLES.matcher(left.toString()).replaceAll("");
    added = EDGE_JUNK.matcher(added).replaceAll("").strip();
    boolean adds = WORD.matcher(added).find()
        && !query.toLowerCase(Locale.ROOT).contains(added.toLowerCase(Locale.ROOT));
    return adds ? query + " " + added : query;
  }

  /** The last mention of the same kind; a window and a day stand for each other. */
  private static Mention lastOfKind(List<Mention> mentions, Kind kind) {
    Mention last = null;
    for (Mention m : mentions) {
      boolean dated = m.kind() == Kind.DATE || m.kind() == Kind.WINDOW;
      boolean wantDated = kind == Kind.DATE || kind == Kind.WINDOW;
      if (m.kind() == kind || (dated && wantDated)) {
        last = m;
      }
    }
    return last;
  }

  private static String replaceLast(String text, String old, String now) {
    int at = text.lastIndexOf(old);
    return at < 0 ? text : text.substring(0, at) + now + text.substring(at + old.length());
  }

  /** The text with its last number of this unit replaced; the text itself when it has none. */
  private static String replaceLastNumber(String text, String value, String unit) {
    Matcher m = NUMBER_UNIT.matcher(text);
    int start = -1;
    int end = -1;
    while (m.find()) {
      if (m.group(2).equals(unit)) {
        start = m.start(1);
        end = m.end(1);
      }
    }
    return start < 0 ? text : text.substring(0, start) + value + text.substring(end);
  }
}
