package newsbot.retrieval.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of thing a question asks for (a date, a place, a price, a phone number, a named
 * contest …) and what a sentence that answers it holds: {@link SentencePicker} prefers such a
 * sentence. Stateless.
 */
final class AnswerTypes {

  /** What kind of thing a question asks for, and what a sentence that answers it holds. */
  private static final List<Pattern[]> ANSWER_TYPES = List.of(
      new Pattern[] {Pattern.compile("几号|哪天|哪一天|什么时候|何时|几月|几点|什么时间|时间是|截止|最晚|开学|开始|结束"),
          Pattern.compile("\\d+月\\d+日|\\d+日|\\d{1,2}[:\uFF1A]\\d{2}|\\d+点|周[一二三四五六日]|星期|\\d{4}年")},
      new Pattern[] {Pattern.compile("在哪|哪里|哪儿|什么地方|地址|地点|位置|去哪"),
          Pattern.compile("\\p{IsHan}{1,8}(?:村|镇|街道|路|广场|中心|馆|园|小区|社区|大厦|医院|学校|公园|窗口|大厅|站)")},
      new Pattern[] {Pattern.compile("多少钱|票价|费用|收费|价格|几块|要钱|门票|免费|花钱|交多少"),
          Pattern.compile("\\d+(?:\\.\\d+)?\\s*元|免费|不收费|无需付费")},
      // 有啥补贴, 奖励多少: an amount of money (最高补助2万元)
      new Pattern[] {Pattern.compile("补贴|补助|奖励|奖补|扶持|资助|优惠"),
          Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:万|亿)?元")},
      // 还要交押金吗, 要不要预约: whether a requirement still holds (不再需要, 无需, 取消, 零押金)
      new Pattern[] {Pattern.compile("还要|还需|还得|还用|要不要|需不需要|用不用|必须"),
          Pattern.compile("不再|无需|不需|不用|免于|取消|零[\\p{IsHan}“]|须|必须|需要")},
      new Pattern[] {Pattern.compile("电话|热线|号码|联系"), AskedValues.PHONE},
      // 到哪天结束, 展到什么时候: an end date (持续至12月20日, 展览将持续至2026年2月28日)
      new Pattern[] {Pattern.compile("结束|截止|到什么时候|到哪天|到几号|到几月|持续|多久结束"),
          Pattern.compile("(?:至|到|截至|截止|持续到|结束于)\\s*\\d{0,4}年?\\d{1,2}月\\d{1,2}日")},
      // 多大年纪能报: an age (年满50周岁)
      // 我妈58岁能报吗: the age limit to check it against
      new Pattern[] {Pattern.compile("多大|几岁|年纪|年龄|岁数|\\d+\\s*周?岁"),
          Anchors.AGE},
      // 主题是啥, 叫什么名字: the quoted name given as such (以“文化惠民 乐享金平湖”为主题, 名为“…”)
      new Pattern[] {Pattern.compile("主题|口号|名称|名字|叫什么|题目|称号"),
          Pattern.compile("(?:主题|口号|名称|名为|称为|题为|命名为)\\s*(?:是|为)?\\s*[“《]"
              + "|[”》]\\s*(?:为主题|为口号|为题|的主题|主题)")},
      // 参加的什么比赛: a contest named (全国大学生乡村振兴大赛), not 参赛 or 赛题
      new Pattern[] {Pattern.compile("(?:什么|啥|哪个|哪项|哪场)(?:比赛|大赛|赛事|赛)"),
          Pattern.compile("\\p{IsHan}{2,12}(?:大赛|比赛|赛事|锦标赛|联赛|杯赛|邀请赛|挑战赛|运动会)")},
      // 有什么节目, 包括哪些: an enumeration (越剧、平湖钹子书、平湖派琵琶) lists them
      new Pattern[] {Pattern.compile("有什么|有哪些|有啥|哪些|包括|都有"),
          Pattern.compile("[^、]{1,12}、[^、]{1,12}、")});
  /** What a sentence giving a place's opening days prints. */
  private static final Pattern OPENING_DAYS = Pattern.compile("周[一二三四五六日]|闭馆|休息日");
  /**
   * A count asked in a measure word (几场, 多少家, 几所): a sentence counting in it answers.
   * {@link Anchors#MEASURES} and more: Anchors refuses an article that lacks the count, so it
   * leaves out words the paper counts otherwise (几张 → 2张 or 两人); a preference can afford them.
   */
  private static final Pattern ASKS_COUNT = Pattern.compile(
      "(?:几|多少)(" + Anchors.MEASURES + "|件|张|次|人|个|台|门|套)");
  private AnswerTypes() {}

  /** The patterns a sentence answering the question holds, one per kind it asks for. */
  static List<Pattern> asked(String question) {
    List<Pattern> out = new ArrayList<>();
    // 展到啥时候 asks what 展到什么时候 asks
    String asked = question.replace("啥", "什么").replace("咋", "怎么");
    for (Pattern[] type : ANSWER_TYPES) {
      if (type[0].matcher(asked).find()) {
        out.add(type[1]);
      }
    }
    if (Anchors.asksOpeningOn(question) != null) {
      out.add(OPENING_DAYS); // 周一开吗: 每周一闭馆, 周二至周日9:00—20:30
    }
    Matcher count = ASKS_COUNT.matcher(question);
    if (count.find()) {
      // 一共演几场: a number counted in the asked measure word (演出活动56场)
      out.add(Anchors.counted(count.group(1)));
    }
    return out;
  }
}
