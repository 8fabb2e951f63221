package newsbot.retrieval.answer;

import java.io.IOException;

/** Answers that gather several articles: a topic's overview, and a summary across articles. */
public interface Overviews {

  /**
   * Up to five articles on the topic, newest first, each cited with the one sentence of it that
   * best states the topic; not found when the paper has nothing on it.
   */
  Answer overview(AnswerRequest topic) throws IOException;

  /**
   * Three to five verbatim sentences that cover different points of the topic (no
   * near-duplicates), across one or several articles, each cited; not found as for a question.
   */
  Answer summary(AnswerRequest topic) throws IOException;

  /**
   * The summary of one article (第二条详细说说 after a list of articles): three to five of its
   * sentences covering different points, each cited; not found when no such article is loaded.
   */
  Answer summaryOf(AnswerRequest question, String articleId) throws IOException;

  /**
   * More of what a reply said (还有吗, 详细点): up to five further sentences of the articles it
   * cited (the first three, in citation order) on its topic, none of them in {@code shown};
   * not found when those articles have nothing more.
   */
  Answer more(String question, String topic, java.util.List<String> cited, String shown)
      throws IOException;

  /**
   * Who holds a role (市委书记是谁): the sentences that name the holder, the newest report of
   * each different name first, so two reports that disagree are both shown with their dates;
   * empty when the articles name nobody in that role (then it is an ordinary question).
   */
  java.util.Optional<Answer> roleHolder(AnswerRequest question, String role) throws IOException;

  /**
   * Who a named person is (邵文婕是谁, 周军波是什么职务): the sentence that states the person's role,
   * newest report first; empty when no article names the person.
   */
  java.util.Optional<Answer> person(AnswerRequest question, String name) throws IOException;

  /**
   * What the paper says of a named person (她去了什么活动 after 姚丽萍是谁, asked as
   * 姚丽萍去了什么活动): up to three sentences that print the name, those that share most content
   * words with the question first, then the newest, each cited; empty when no article names the
   * person. Whether they answer the question is the caller's to judge.
   */
  java.util.Optional<Answer> personMentions(AnswerRequest question, String name)
      throws IOException;
}
