package newsbot.retrieval.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsbot.retrieval.model.Article;

/**
 * The kinds of happening a reader asks for by a general word (文化活动, 体育赛事, 活动 alone) and the words a
 * report of one prints instead: an exhibition is a cultural activity as a festival is, yet its
 * report (“千年窑火”陶瓷特展在平湖博物馆开展) holds neither 文化 nor 活动, and the search ranks it
 * below every article that says 文化 in passing. Thread-safe.
 */
final class TopicKinds {

  private record Kind(Pattern asked, List<String> members) {}

  private static final List<String> CULTURE = List.of(
      "展览", "特展", "展出", "书画展", "摄影展", "博物馆", "美术馆", "艺术节", "文化节", "音乐节",
      "演出", "展演", "汇演", "音乐会", "晚会", "戏曲", "越剧", "京剧", "话剧", "非遗", "读书会",
      "灯会", "庙会", "电影");
  private static final List<String> SPORT = List.of(
      "比赛", "赛事", "马拉松", "运动会", "联赛", "锦标赛", "篮球", "足球", "乒乓球", "羽毛球",
      "游泳", "徒步", "骑行", "健身");
  /** What a reader can go to besides shows and games. */
  private static final List<String> GATHERING = List.of("讲座", "招聘会", "集市", "市集", "夜市");

  private static final List<Kind> KINDS = List.of(
      new Kind(Pattern.compile("文化|文艺|艺术|文体|展览|演出"), CULTURE),
      new Kind(Pattern.compile("体育|运动|赛事|比赛|健身|文体"), SPORT),
      // 活动 alone (最近有啥活动): what is on, of any kind; 调研活动 and 研讨活动 are not that
      new Kind(Pattern.compile("^活动$"),
          Stream.of(CULTURE, SPORT, GATHERING).flatMap(List::stream).toList()));

  private TopicKinds() {}

  /** The words that report a happening of the kind the topic names; empty for other topics. */
  static Set<String> members(String topic) {
    Set<String> out = new LinkedHashSet<>();
    for (Kind k : KINDS) {
      if (k.asked().matcher(topic).find()) {
        out.addAll(k.members());
      }
    }
    return out;
  }

  /**
   * The article reports such a happening: its headline or its lead paragraph prints one of the
   * words (an article that mentions an exhibition further down is about something else).
   */
  static boolean reports(Article a, Set<String> members) {
    String head = a.titleStack() + " " + (a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0));
    return members.stream().anyMatch(head::contains);
  }
}
