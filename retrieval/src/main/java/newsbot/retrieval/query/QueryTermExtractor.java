package newsbot.retrieval.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsbot.retrieval.analysis.Words;
import newsbot.retrieval.analysis.Words.Word;

/**
 * Finds the content words of a short message, by rule: question words and polite fillers go first
 * ({@link QuestionWords}), the rest is cut into dictionary {@link Words} (smartcn), function
 * words (的, 我们, 还有 …) are dropped and generic words (票价, 时间, 报名 …) set apart. The
 * dictionary cuts unknown names into single characters (钟 伟 华, 平 湖), so adjacent single
 * characters that are not function words are joined back into one word; a single character left
 * alone is dropped (节 in 西瓜节, 年 in 2030年), and so is a run too long to be a name. Words
 * are lower-cased.
 *
 * <p>Thread-safe: the analyzer keeps its state per thread.
 */
public final class QueryTermExtractor {

  private static final Set<String> FUNCTION = Set.of(
      "我们", "你们", "他们", "她们", "它们", "咱们", "大家", "这个", "那个", "这些", "那些", "这里", "那里",
      "这儿", "那儿", "这样", "那样", "那么", "还有", "另外", "此外", "然后", "如果", "的话", "可以", "能够",
      "应该", "已经", "还是", "或者", "以及", "而且", "但是", "就是", "关于", "有关", "相关", "一些", "一个",
      "知道", "了解", "谢谢", "你好", "您好", "说说", "讲讲", "介绍", "总结", "概括", "什么", "所有", "其他",
      "别的", "其它", "好像", "真的", "现在", "目前", "如今", "自己", "自家", "有人", "别人",
      "人家", "一共", "总共", "总计", "合计", "一起", "大概", "大约", "差不多", "左右", "至少", "最多",
      "最少", "起码", "差点", "差一点", "险些", "and", "or", "the", "then", "what", "about", "how",
      "is", "ok", "okay");
  private static final String FUNCTION_CHARS =
      "的了是在有和与跟同及或吗呢啊呀吧啦哦噢嘛么哈嗯哪谁几啥咋那这个也还就都又再很太最更要会能可想去来到给让把"
          + "被对从向我你他她它您们之于其该此等着过得地多少好不没里上下中内外年月日号天点次位";
  /** Measure words a numeral counts in (两家, 五所, 3台). */
  private static final String MEASURE_CHARS = "家所座条支场项名位户处辆届批栋艘架台件起张本册只块套间棵亩斤";
  /** Adjectives that qualify the noun after them (老小区, 新院区, 大项目). */
  private static final String ADJECTIVES = "老新旧大小";
  /** A numeral is a quantity (一年, 三个), not part of the name it follows (信科洁具一年). */
  private static final String NUMERAL_CHARS = "一二两三四五六七八九十百千万";
  private static final Set<String> GENERIC = Set.of(
      "时间", "日期", "地点", "地址", "位置", "地方", "票价", "门票", "价格", "费用", "收费", "电话", "联系方式",
      "条件", "要求", "流程", "手续", "材料", "名额", "人数", "对象", "范围", "规定", "标准", "结果", "原因",
      "情况", "详情", "具体", "内容", "细节", "进展", "安排", "方式", "办法", "渠道", "入口", "网址", "链接",
      "报名", "参加", "参与", "办理", "申请", "预约", "咨询", "开始", "结束", "举行", "举办", "开放", "开通",
      "截止", "持续", "时长", "目标", "数据", "规模", "金额", "数量", "名单", "详细", "效果", "作用", "意义",
      "影响", "背景", "组别", "类别", "级别", "类型", "种类", "新闻", "报道", "消息", "文章", "报纸", "免费", "需要", "怎么", "一下", "具体点", "主持",
      "出席", "讲话", "负责", "单位", "今年", "去年", "明年", "前年", "当年", "完成", "实现", "达到");

  /**
   * The longest run of single characters joined into one word: a name (钟伟华, 鱼圻塘村). A longer
   * run is a phrase the dictionary could not cut (一院心院区盖 of a mistyped 一院新院区盖了多大),
   * and as one word it is in no article.
   */
  private static final int MAX_RUN = 4;

  /**
   * Characters that end a noun compound and say what kind of thing it is (电子书, 秋季班, 二手房,
   * 物业费, 起步价, 采摘园, 自习室, 居住证, 市民卡, 体育课). Not those the paper as often leaves off
   * or writes in full (公交车 as 公交, 棒球赛 as 棒球锦标赛, 陶瓷展 as 陶瓷文物展览).
   */
  private static final String COMPOUND_HEADS = "书班房费价园室证卡课";

  public QueryTerms extract(String text) {
    String normal = MessageText.normalize(text).toLowerCase(Locale.ROOT);
    Set<String> content = new LinkedHashSet<>();
    Set<String> generic = new LinkedHashSet<>();
    Set<String> numbers = new LinkedHashSet<>();
    StringBuilder run = new StringBuilder();
    int runEnd = -1;
    List<Word> words = words(normal);
    for (int i = 0; i < words.size(); i++) {
      Word t = words.get(i);
      boolean single = t.text().length() == 1 && MessageText.isHan(t.text().charAt(0))
          && FUNCTION_CHARS.indexOf(t.text().charAt(0)) < 0
          && NUMERAL_CHARS.indexOf(t.text().charAt(0)) < 0
          && !measureAfterNumeral(words, i) && !adjectiveBeforeNoun(words, i);
      if (!single || t.start() != runEnd) {
        addRun(run, content, generic);
      }
      if (single) {
        run.append(t.text());
        runEnd = t.end();
      } else if (t.text().chars().allMatch(Character::isDigit)) {
        numbers.add(t.text());
      } else if (GENERIC.contains(t.text())) {
        generic.add(t.text());
      } else if (isWord(t.text()) && !FUNCTION.contains(t.text())) {
        content.add(t.text());
      }
    }
    addRun(run, content, generic);
    return new QueryTerms(List.copyOf(content), List.copyOf(generic), List.copyOf(numbers),
        QuestionWords.asks(normal));
  }

  /**
   * Compounds the dictionary cut into a content word and a lone head character
   * ({@link #COMPOUND_HEADS}): 电子书 of 图书馆能借电子书吗, which {@link #extract} reads as 电子
   * alone because it drops a single character. Each is the content word followed by its head.
   */
  public List<String> headedCompounds(String text) {
    List<Word> words = words(MessageText.normalize(text).toLowerCase(Locale.ROOT));
    List<String> out = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      Word modifier = words.get(i - 1);
      Word head = words.get(i);
      boolean lone = i + 1 == words.size() || words.get(i + 1).start() != head.end()
          || words.get(i + 1).text().length() > 1
          || FUNCTION_CHARS.indexOf(words.get(i + 1).text().charAt(0)) >= 0;
      if (head.start() == modifier.end() && head.text().length() == 1
          && COMPOUND_HEADS.indexOf(head.text().charAt(0)) >= 0 && lone
          && modifier.text().length() >= 2 && MessageText.isHanWord(modifier.text())
          && !FUNCTION.contains(modifier.text()) && !GENERIC.contains(modifier.text())) {
        out.add(modifier.text() + head.text());
      }
    }
    return out;
  }

  /** The dictionary words of a normalised message, its question words and fillers taken out. */
  private static List<Word> words(String normal) {
    return Words.of(QuestionWords.strip(normal));
  }

  /**
   * A measure word right after a numeral (两家, 3台) counts what follows, and names nothing. Not
   * any character: 院 of 一院 is half a hospital's name.
   */
  private static boolean measureAfterNumeral(List<Word> words, int i) {
    if (i == 0 || words.get(i - 1).end() != words.get(i).start()
        || MEASURE_CHARS.indexOf(words.get(i).text().charAt(0)) < 0) {
      return false;
    }
    String before = words.get(i - 1).text();
    char last = before.charAt(before.length() - 1);
    return NUMERAL_CHARS.indexOf(last) >= 0 || Character.isDigit(last);
  }

  /**
   * An adjective before the noun it qualifies (老 of 改老小区, 新 of 新院区): not the end of a name
   * run, which would make 改老, a word no article holds.
   */
  private static boolean adjectiveBeforeNoun(List<Word> words, int i) {
    return ADJECTIVES.indexOf(words.get(i).text().charAt(0)) >= 0 && i + 1 < words.size()
        && words.get(i + 1).start() == words.get(i).end()
        && words.get(i + 1).text().length() >= 2
        && MessageText.isHanWord(words.get(i + 1).text());
  }

  private static void addRun(StringBuilder run, Set<String> content, Set<String> generic) {
    String word = run.toString();
    if (word.length() >= 2 && word.length() <= MAX_RUN) {
      (GENERIC.contains(word) ? generic : content).add(word);
    }
    run.setLength(0);
  }

  /** Two or more letters or digits (a lone Han character is a function word or half a name). */
  private static boolean isWord(String token) {
    return token.length() >= 2 && token.codePoints().allMatch(Character::isLetterOrDigit);
  }
}
