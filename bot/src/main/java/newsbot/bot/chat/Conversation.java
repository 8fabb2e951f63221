package newsbot.bot.chat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import newsbot.bot.chat.understand.AddedWords;
import newsbot.bot.chat.understand.ConversationMemory;
import newsbot.bot.chat.understand.FollowUp;
import newsbot.bot.chat.understand.FollowUps;
import newsbot.bot.chat.understand.Intent;
import newsbot.bot.chat.understand.MessageUnderstanding;
import newsbot.bot.chat.understand.Understanding;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.AnswerRequest;
import newsbot.retrieval.answer.Answerer;
import newsbot.retrieval.answer.Citation;
import newsbot.retrieval.answer.Overviews;
import newsbot.retrieval.digest.Digest;
import newsbot.retrieval.query.MessageText;
import newsbot.retrieval.query.QueryTermExtractor;

/**
 * What a message that is not a command asks, and its reply: greetings and questions about the
 * bot, an issue or a page, a topic's overview, a summary, a role, or a question, read with the
 * conversation's previous turn when it leans on it (那2030年呢?; 她去了什么活动 after 姚丽萍是谁).
 * Remembers each question, a refused one too. Thread-safe.
 */
final class Conversation {

  /** A question this short, after an answer, is asked of the articles that answer cited first. */
  private static final int SHORT_HAN = 6;

  private final Overviews overviews;
  private final AnswerRequests requests;
  private final PersonReplies persons;
  private final Editions editions;
  private final Introductions intro;
  private final ConversationMemory memory;
  private final MessageUnderstanding understanding = new MessageUnderstanding();
  private final QueryTermExtractor terms = new QueryTermExtractor();
  private final FollowUps followUps = new FollowUps(terms);
  private final ReadingsWithPrevious replies;
  private final ListedItems listedItems;
  private final MoreOfReply moreOf;

  /**
   * @param place where the paper's edition is (平湖 for 平湖版): a role asked about there
   *     (平湖市委书记) is the role
   */
  Conversation(NewsLibrary library, Answerer answerer, Overviews overviews, Editions editions,
      Introductions intro, ConversationMemory memory, String place) {
    this.overviews = overviews;
    this.requests = new AnswerRequests(library, answerer);
    this.editions = editions;
    this.intro = intro;
    this.memory = memory;
    this.replies = new ReadingsWithPrevious(library, new AddedWords(terms, library.embedder()));
    this.persons = new PersonReplies(overviews, new PersonQuestions(overviews, place), replies,
        requests);
    this.listedItems = new ListedItems(library, overviews);
    this.moreOf = new MoreOfReply(overviews, memory);
  }

  /**
   * A reply and what it was about: the message's topic, or for a follow-up the previous question
   * read with it (那2030年呢 → 平湖跨境电商2027年的目标是多少 2030年), so the newsroom report counts
   * a follow-up under its topic.
   */
  record Replied(Reply reply, String topic) {}

  Replied reply(Incoming in, String message, LocalDate day) throws IOException {
    ConversationMemory.Key key = ConversationMemory.Key.of(in);
    Optional<ConversationMemory.Turn> newest = in.replyTo() == null ? memory.last(key)
        : memory.turnReplyingWith(key, in.replyTo()).or(() -> memory.last(key));
    Optional<ListedItems.AskedOf> ofListed = listedItems.askedOf(message, newest);
    String text = ofListed.map(ListedItems.AskedOf::question).orElse(message);
    // after an edition, a page alone (第2版呢) is of the issue shown; a question leans on the
    // question before it
    Optional<ListedItems.Pointed> pointed = listedItems.reply(text, newest);
    if (pointed.isPresent()) {
      remember(key, text, pointed.get().title(), pointed.get().reply(), "");
      return new Replied(pointed.get().reply(),
          pointed.get().title().isEmpty() ? text : pointed.get().title());
    }
    LocalDate shown = newest.map(ConversationMemory.Turn::issue).orElse(null);
    Optional<ConversationMemory.Turn> previous = ofListed.isPresent()
        ? Optional.of(ofListed.get().about()) : shown == null ? newest : memory.lastAsked(key);
    Read read = read(key, text, previous, day, shown);
    boolean afterRefusal = previous.isPresent() && previous.get().articleIds().isEmpty();
    if (afterRefusal && !(read.leaned() && !notFound(read.reply()))) {
      // the refused question did not help: a follow-up may lean on the answer before it
      // (那2030年呢 after 跨境电商, then a refused weather question), read as it was before
      Optional<ConversationMemory.Turn> answered = memory.lastAnswered(key);
      if (answered.isPresent()) {
        read = read(key, text, answered, day, shown);
      }
    }
    String searched = read.query() != null ? read.query() : searched(read.understood());
    remember(key, text, searched, read.reply(), read.person());
    return new Replied(read.reply(), searched.isBlank() ? text : searched);
  }

  /**
   * A reading of the message: its reply, the query searched when it leaned on the previous turn
   * (null when it was read alone), what it was understood to ask, and the named person it asked
   * about ("" when none).
   */
  private record Read(Reply reply, String query, Understanding understood, String person) {
    boolean leaned() {
      return query != null;
    }
  }

  /** The message read alone or, when it leans on it, with the previous turn. */
  private Read read(ConversationMemory.Key key, String text,
      Optional<ConversationMemory.Turn> previous, LocalDate day, LocalDate shownIssue)
      throws IOException {
    Understanding u = understanding.understand(text, day).ofIssueShown(shownIssue);
    Optional<Read> stepped = steppedOrAboutPerson(u, text, previous, shownIssue);
    if (stepped.isPresent()) {
      return stepped.get();
    }
    Set<String> preferred = Set.of();
    String query = null;
    if (previous.isPresent() && leansOn(u.intent())) {
      Optional<FollowUp> f = followUps.rewrite(text, previous.get().query(), day);
      if (f.isPresent() && f.get().more() && !previous.get().articleIds().isEmpty()) {
        return new Read(moreOf.reply(u.question(), key, previous.get()), previous.get().query(),
            u, "");
      }
      if (f.isPresent()) {
        // a follow-up asks about the previous answer: answered as a question, whatever its form
        query = f.get().query();
        preferred = Set.copyOf(previous.get().articleIds());
        Understanding read = understanding.understand(query, day);
        u = new Understanding(Intent.QUESTION, u.question(), read.topic(), read.time());
      }
    }
    // a short question asked of the previous answer's articles first
    Reply joined = query == null && previous.isPresent() && askedOfPrevious(u, text, previous.get())
        ? withPrevious(u, previous.get()) : null;
    Reply reply = null;
    if (joined != null && replies.citesFirst(joined, previous.get())
        && replies.answersWith(joined, u, previous.get())) {
      query = previous.get().query() + " " + u.question();
      reply = joined;
    } else {
      reply = replyAlone(u, query, previous, preferred, day);
    }
    if (query == null && joined == null && previous.isPresent() && leansOn(u.intent())
        && notFound(reply) && MessageText.hanCount(text) <= FollowUps.MAX_HAN) {
      // a short question with no subject of its own (是哪个组别的比赛?) that the paper cannot
      // answer alone: read it with the previous question (unless that reading was tried above),
      // and keep it when it answers; after an answer, only when one of its articles answers:
      // 哪里买 after 糟蛋是啥 adds no word to check, and another article's 店铺 is no answer
      ConversationMemory.Turn before = previous.get();
      Reply again = withPrevious(u, before);
      if ((before.articleIds().isEmpty() || replies.citesFirst(again, before))
          && replies.answersWith(again, u, before)) {
        query = before.query() + " " + u.question();
        reply = again;
      }
    }
    return new Read(reply, query, u, notFound(reply) ? "" : persons.named(u));
  }

  /**
   * The reading of a message that steps from the previous turn rather than searching with it: the
   * issue before or after the one shown (那再前一期呢), the same question of another person
   * (那郁晓东呢 after 严志刚是干啥的), or a pronoun for the person asked about (她去了什么活动).
   */
  private Optional<Read> steppedOrAboutPerson(Understanding u, String text,
      Optional<ConversationMemory.Turn> previous, LocalDate shownIssue) throws IOException {
    int step = MessageUnderstanding.issueStep(text);
    if (step != 0 && shownIssue != null) {
      return Optional.of(new Read(editions.step(shownIssue, step), null, u, ""));
    }
    Optional<String> other = previous.flatMap(p -> FollowUps.otherPerson(text, p.person()));
    if (other.isPresent()) {
      Understanding asked = new Understanding(Intent.PERSON, u.question(), other.get(), u.time());
      Reply reply = persons.person(asked, null, Set.of());
      return Optional.of(new Read(reply, null, asked, notFound(reply) ? "" : other.get()));
    }
    Optional<String> ofPerson = previous.isEmpty() || !leansOn(u.intent()) ? Optional.empty()
        : FollowUps.aboutPerson(text, previous.get().person());
    if (ofPerson.isPresent()) {
      String person = previous.get().person();
      return Optional.of(
          new Read(persons.aboutPerson(u, ofPerson.get(), person), ofPerson.get(), u, person));
    }
    return Optional.empty();
  }

  /** The reply to the message alone, by what it asks. */
  private Reply replyAlone(Understanding u, String query,
      Optional<ConversationMemory.Turn> previous, Set<String> preferred, LocalDate day)
      throws IOException {
    return switch (u.intent()) {
      case GREETING, ABOUT_BOT -> Reply.text(Reply.Kind.INTRO, intro.introduction());
      case THANKS -> Reply.text(Reply.Kind.SOCIAL, "不客气!还想了解报纸上的什么,直接问我就行。");
      case ACKNOWLEDGEMENT -> Reply.text(Reply.Kind.SOCIAL, "好的。还想知道什么,直接发问题给我。");
      case FAREWELL -> Reply.text(Reply.Kind.SOCIAL, "再见!想看报纸上的什么,随时来问。");
      case EDITION -> editions.reply(u.time(), day);
      case TOPIC -> topical(u, previous, Reply.Kind.OVERVIEW, preferred);
      case SUMMARY -> topical(u, previous, Reply.Kind.SUMMARY, preferred);
      case PERSON -> persons.person(u, query, preferred);
      case QUESTION -> persons.question(u, query, preferred);
    };
  }

  /**
   * A short question (at most {@link #SHORT_HAN} Han characters) after an answer is asked of the
   * articles that answer cited before it stands alone: 多久一班 after K9路经过哪些地方 asks about the
   * K9 line, not the seniors' university's classes that the words alone find; 有停车位吗 after the
   * new hospital campus asks about its car park. That reading is kept when a previous article
   * answers first and covers the words the message adds; else the message is read alone.
   */
  private boolean askedOfPrevious(Understanding u, String text,
      ConversationMemory.Turn previous) {
    return u.intent() == Intent.QUESTION && !previous.articleIds().isEmpty()
        && MessageText.hanCount(text) <= SHORT_HAN;
  }

  /** The message answered as the previous question plus it, the articles cited then preferred. */
  private Reply withPrevious(Understanding u, ConversationMemory.Turn previous)
      throws IOException {
    return requests.answer(u, previous.query() + " " + u.question(),
        Set.copyOf(previous.articleIds()));
  }

  private static boolean notFound(Reply reply) {
    return reply.kind() == Reply.Kind.NOT_FOUND;
  }

  private static boolean leansOn(Intent intent) {
    return intent == Intent.QUESTION || intent == Intent.TOPIC || intent == Intent.PERSON;
  }

  /** An overview or a summary of the topic; of the previous turn's topic when none is named. */
  private Reply topical(Understanding u, Optional<ConversationMemory.Turn> previous,
      Reply.Kind kind, Set<String> preferred) throws IOException {
    String topic = u.topic();
    Set<String> prefer = preferred;
    if (topic.isBlank() && previous.isPresent()) {
      topic = previous.get().query();
      prefer = Set.copyOf(previous.get().articleIds());
    }
    if (topic.isBlank()) {
      return Reply.text(Reply.Kind.SOCIAL, "想了解哪方面?例如:介绍一下" + intro.exampleTopic() + "。");
    }
    AnswerRequest request = requests.request(u.question().isBlank() ? topic : u.question(), topic,
        u.time(), prefer);
    Answer a = kind == Reply.Kind.OVERVIEW ? overviews.overview(request)
        : overviews.summary(request);
    return new Reply.AnswerReply(a, kind);
  }

  private static String searched(Understanding u) {
    return u.intent() == Intent.QUESTION || u.intent() == Intent.PERSON ? u.question() : u.topic();
  }

  /**
   * Remembers a question and its reply, a refusal too (with no article): 楼道里充电呢 after a
   * refused 骑电瓶车没戴头盔要罚款吗 still leans on it, and 那后天呢 after a refused weather
   * question asks about the weather, not about the answer before the refusal.
   */
  private void remember(ConversationMemory.Key key, String text, String query, Reply reply,
      String person) {
    if (reply instanceof Reply.DigestReply d && d.digest().date() != null) {
      memory.rememberIssue(key, text, d.digest().date(), d.digest().pages().stream()
          .flatMap(p -> p.articles().stream()).map(Digest.Item::articleId).toList());
    }
    if (reply instanceof Reply.AnswerReply a && !query.isBlank()) {
      List<String> cited = a.answer().found()
          ? a.answer().citations().stream().map(Citation::articleId).toList() : List.of();
      memory.remember(key, text, query, cited, a.answer().answer(), person);
    }
  }
}
