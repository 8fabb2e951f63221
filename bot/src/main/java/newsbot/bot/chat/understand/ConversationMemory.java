package newsbot.bot.chat.understand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import newsbot.bot.chat.Channel;
import newsbot.bot.chat.Incoming;
import newsbot.retrieval.query.MessageText;

/**
 * The last few turns of each conversation, so a follow-up (那2030年呢?) or a reply to one of the
 * bot's messages can be read with what came before. A conversation is one person in one chat on
 * one channel. Turns older than the time to live are forgotten; at most {@code maxTurns} turns are
 * kept per conversation and at most {@code maxKeys} conversations, the least recently used going
 * first. Held in memory only: a restart forgets everything.
 *
 * <p>Thread-safe: every method holds the instance lock, and what it returns is immutable.
 */
public final class ConversationMemory {

  public static final Duration DEFAULT_TTL = Duration.ofMinutes(30);
  public static final int DEFAULT_MAX_KEYS = 10_000;
  public static final int DEFAULT_MAX_TURNS = 5;
  /** A replied-to text shorter than this (once spaces are gone) must match a reply whole. */
  static final int MIN_PART_CHARS = 8;
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Whose conversation: one user in one chat on one channel. */
  public record Key(Channel channel, String chatId, String userId) {
    public Key {
      Objects.requireNonNull(channel, "channel");
      chatId = chatId == null ? "" : chatId;
      userId = userId == null ? "" : userId;
    }

    public static Key of(Incoming in) {
      return new Key(in.channel(), in.chatId(), in.userId());
    }
  }

  /**
   * One question and the bot's reply to it.
   *
   * @param question the message as the user sent it
   * @param query what was searched for it (the rewritten query of a follow-up)
   * @param articleIds the articles the reply cited, in citation order, or the articles an
   *     edition listed; none for a refusal
   * @param reply the reply's text as the user sees it
   * @param at when it was remembered
   * @param person the named person the turn asked about (姚丽萍 for 姚丽萍是谁, and for 她去了什么活动
   *     after it), so a later 他/她 refers to that person; empty when it asked about no one
   * @param issue the date of the issue an edition reply showed (第2版呢 after 昨天的报纸 asks for
   *     that issue's page 2); null for a turn that asked a question
   */
  public record Turn(String question, String query, List<String> articleIds, String reply,
      Instant at, String person, LocalDate issue) {
    public Turn {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(reply, "reply");
      Objects.requireNonNull(at, "at");
      articleIds = List.copyOf(articleIds);
    }
  }

  private final Clock clock;
  private final Duration ttl;
  private final int maxTurns;
  private final LinkedHashMap<Key, Deque<Turn>> conversations;

  /** 30 minutes, 10,000 conversations, 5 turns each. */
  public ConversationMemory(Clock clock) {
    this(clock, DEFAULT_TTL, DEFAULT_MAX_KEYS, DEFAULT_MAX_TURNS);
  }

  public ConversationMemory(Clock clock, Duration ttl, int maxKeys, int maxTurns) {
    if (ttl.isNegative() || ttl.isZero() || maxKeys < 1 || maxTurns < 1) {
      throw new IllegalArgumentException("memory needs a positive time to live, keys and turns");
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = ttl;
    this.maxTurns = maxTurns;
    this.conversations = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Deque<Turn>> eldest) {
        return size() > maxKeys;
      }
    };
  }

  /** Remembers a turn at the clock's current instant, and returns it. */
  public synchronized Turn remember(Key key, String question, String query, List<String> articleIds,
      String reply, String person) {
    return add(key, new Turn(question, query, articleIds, reply, clock.instant(), person, null));
  }

  /**
   * Remembers that an edition reply showed the issue of {@code issue}, listing {@code listed}
   * in that order (第二条 points at the second); such a turn is no question a follow-up leans on
   * ({@link #lastAsked}, {@link #lastAnswered}). Its reply is not kept: a digest names the titles
   * that answers cite too, so matching a replied-to message against it could take an answer's
   * reply for the digest's.
   */
  public synchronized Turn rememberIssue(Key key, String question, LocalDate issue,
      List<String> listed) {
    Objects.requireNonNull(issue, "issue");
    return add(key, new Turn(question, "", listed, "", clock.instant(), "", issue));
  }

  private Turn add(Key key, Turn turn) {
    sweep();
    Deque<Turn> turns = conversations.computeIfAbsent(key, k -> new ArrayDeque<>());
    turns.addLast(turn);
    while (turns.size() > maxTurns) {
      turns.removeFirst();
    }
    return turn;
  }

  /** The conversation's live turns, oldest first. */
  public synchronized List<Turn> turns(Key key) {
    Deque<Turn> turns = conversations.get(key);
    if (turns == null) {
      return List.of();
    }
    turns.removeIf(this::expired);
    if (turns.isEmpty()) {
      conversations.remove(key);
    }
    return List.copyOf(turns);
  }

  /** The conversation's newest live turn. */
  public Optional<Turn> last(Key key) {
    List<Turn> turns = turns(key);
    return turns.isEmpty() ? Optional.empty() : Optional.of(turns.get(turns.size() - 1));
  }

  /** The conversation's newest live turn that asked a question (not an edition's). */
  public Optional<Turn> lastAsked(Key key) {
    return lastWhere(key, t -> t.issue() == null);
  }

  /** The conversation's newest live turn whose reply cited an article (not a refusal). */
  public Optional<Turn> lastAnswered(Key key) {
    return lastWhere(key, t -> !t.articleIds().isEmpty() && t.issue() == null);
  }

  private Optional<Turn> lastWhere(Key key, Predicate<Turn> wanted) {
    List<Turn> turns = turns(key);
    for (int i = turns.size() - 1; i >= 0; i--) {
      if (wanted.test(turns.get(i))) {
        return Optional.of(turns.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The live turn of this conversation whose reply is the bot message being replied to (Telegram's
   * reply-to-message carries that message's text). Texts are compared without spaces and emoji; a
   * replied-to text of at least {@value #MIN_PART_CHARS} characters also matches a reply it is
   * part of (a long reply is sent as several messages) or that is part of it. The newest match
   * wins; a turn of another conversation never does.
   */
  public Optional<Turn> turnReplyingWith(Key key, String botMessageText) {
    String wanted = compact(botMessageText);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    List<Turn> turns = new ArrayList<>(turns(key));
    for (int i = turns.size() - 1; i >= 0; i--) {
      String reply = compact(turns.get(i).reply());
      boolean part = wanted.length() >= MIN_PART_CHARS && reply.length() >= MIN_PART_CHARS
          && (reply.contains(wanted) || wanted.contains(reply));
      if (reply.equals(wanted) || part) {
        return Optional.of(turns.get(i));
      }
    }
    return Optional.empty();
  }

  /** Forgets one conversation (the user asked to start over). */
  public synchronized void forget(Key key) {
    conversations.remove(key);
  }

  /** How many conversations are held, expired ones not yet swept included. */
  public synchronized int size() {
    return conversations.size();
  }

  /** Drops the least recently used conversations while their newest turn has expired. */
  private void sweep() {
    Iterator<Deque<Turn>> it = conversations.values().iterator();
    while (it.hasNext()) {
      Deque<Turn> turns = it.next();
      if (!turns.isEmpty() && !expired(turns.peekLast())) {
        return;
      }
      it.remove();
    }
  }

  private boolean expired(Turn turn) {
    return clock.instant().isAfter(turn.at().plus(ttl));
  }

  private static String compact(String text) {
    return SPACES.matcher(MessageText.normalize(text)).replaceAll("");
  }
}
