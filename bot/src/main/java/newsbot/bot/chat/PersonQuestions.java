package newsbot.bot.chat;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.bot.chat.understand.Intent;
import newsbot.bot.chat.understand.Offices;
import newsbot.bot.chat.understand.Understanding;
import newsbot.retrieval.answer.Answer;
import newsbot.retrieval.answer.AnswerRequest;
import newsbot.retrieval.answer.Overviews;

/**
 * Who a message asks about: the holder of a role (市委书记是谁) or a named person (邵文婕是谁,
 * 周军波是什么职务), and the sentence of the paper that says it. Thread-safe.
 */
final class PersonQuestions {

  /** Roles whose holder a "X是谁" question asks for. */
  private static final Pattern ROLE = Pattern.compile(".*(" + Offices.WORDS + ")$");
  /** A person's name: two to four Han characters, nothing else. */
  private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}");
  /** 周军波是什么职务, 严志刚是干啥的: who a named person is, asked by the office. */
  private static final Pattern ASKS_OFFICE = Pattern.compile(
      "^(\\p{IsHan}{2,4}?)(?:是|现在是|担任)?(?:(?:什么|啥|哪个)(?:职务|职位|官|领导|身份|单位的|人)"
          + "|(?:干|做)(?:什么|啥)的)[?？吗呢啊呀]*$");

  private final Overviews overviews;
  /**
   * 平湖/平湖市 (the edition's place), 我市, 现任 … before a role: not part of it; the 市 of 平湖市委书记,
   * 平湖市长 and 平湖市政府 is the role's own.
   */
  private final Pattern localPrefix;

  /** @param place where the paper's edition is: a role asked about there (平湖市委书记) is the role */
  PersonQuestions(Overviews overviews, String place) {
    this.overviews = overviews;
    this.localPrefix = Pattern.compile("^(?:" + (place.isBlank() ? "" : Pattern.quote(place)
        + "(?:市(?![委长政]))?的?|") + "我市|本市|现任|现在的|目前的)+");
  }

  /** A question that asks a named person's office (周军波是什么职务) as one about the person. */
  Optional<Understanding> asksOffice(Understanding u) {
    Matcher office = ASKS_OFFICE.matcher(u.question().strip());
    return office.matches()
        ? Optional.of(new Understanding(Intent.PERSON, u.question(), office.group(1), u.time()))
        : Optional.empty();
  }

  /** Whom a {@link Intent#PERSON} message asks about, without the edition's place. */
  String subject(Understanding u) {
    return localPrefix.matcher(u.topic()).replaceAll("");
  }

  /** The named person (not a role) a message asks about: 姚丽萍 for 姚丽萍是谁; "" for any other. */
  String named(Understanding u) {
    String subject = u.intent() == Intent.PERSON ? subject(u)
        : asksOffice(u).map(Understanding::topic).orElse("");
    return NAME.matcher(subject).matches() && !ROLE.matcher(subject).matches() ? subject : "";
  }

  /**
   * The sentences that name the role's holder, or that state the named person's role; empty when
   * the subject is neither or no article prints it.
   */
  Optional<Answer> who(AnswerRequest request, String subject) throws IOException {
    return ROLE.matcher(subject).matches() ? overviews.roleHolder(request, subject)
        : NAME.matcher(subject).matches() ? overviews.person(request, subject) : Optional.empty();
  }
}
