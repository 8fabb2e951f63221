package newsbot.retrieval.query;

import java.util.List;
import java.util.Map;

/**
 * Spoken words and the words a newspaper writes for them: 钟头 is 小时, 礼拜 is 周 or 星期, 电瓶车 is
 * 电动自行车. The word embedding puts some of these pairs far apart (钟头 and 小时 0.47, 电瓶车 and
 * 电动自行车 0.70), as far as an absent concept, so they are listed: general usage, none of it the
 * paper's. Everyday means are listed the same way: a reader who pays or applies 用手机 is answered
 * by the paper's 扫码, 微信 or 线上, one without 零钱 by its 现金 or 投币. Stateless.
 */
public final class SpokenWords {

  private static final Map<String, List<String>> WRITTEN = Map.ofEntries(
      Map.entry("钟头", List.of("小时")),
      Map.entry("礼拜", List.of("周", "星期")),
      Map.entry("礼拜天", List.of("周日", "星期日", "星期天")),
      Map.entry("电瓶车", List.of("电动自行车", "电动车")),
      Map.entry("小电驴", List.of("电动自行车", "电动车")),
      Map.entry("老头", List.of("老年人", "老人")),
      Map.entry("老太", List.of("老年人", "老人")),
      Map.entry("老太太", List.of("老年人", "老人")),
      Map.entry("老伯", List.of("大伯", "老伯伯", "老人", "老年人")),
      Map.entry("大爷", List.of("大伯", "老人", "老年人")),
      Map.entry("小孩", List.of("儿童", "孩子", "少儿", "学生", "未成年")),
      Map.entry("娃", List.of("儿童", "孩子", "学生")),
      Map.entry("看病", List.of("就医", "就诊", "门诊", "诊疗")),
      Map.entry("坐车", List.of("乘车", "乘坐")),
      Map.entry("工资", List.of("薪酬", "薪资", "月薪", "年薪")),
      Map.entry("房子", List.of("住房", "房屋")),
      Map.entry("罚钱", List.of("罚款", "处罚", "滞纳金")),
      Map.entry("当兵", List.of("入伍", "征兵", "参军")),
      Map.entry("过期", List.of("逾期", "超期")),
      Map.entry("超期", List.of("逾期")),
      Map.entry("低保户", List.of("低保")),
      Map.entry("交钱", List.of("缴费", "缴纳", "交费")),
      Map.entry("交费", List.of("缴费", "缴纳")),
      Map.entry("国外", List.of("境外", "海外", "国际")),
      Map.entry("外国", List.of("境外", "海外", "国际")),
      Map.entry("手机", List.of("扫码", "移动支付", "App", "app", "微信", "支付宝", "线上")),
      Map.entry("零钱", List.of("现金", "投币")),
      Map.entry("插座", List.of("插口", "充电口", "充电端口", "接口")),
      Map.entry("插头", List.of("插口", "充电口", "接口")),
      Map.entry("着火", List.of("火灾", "起火", "失火", "火情")));

  private SpokenWords() {}

  /** Whether the text prints a word the paper writes for the spoken one (小时 for 钟头). */
  public static boolean printedAs(String spoken, String text) {
    return WRITTEN.getOrDefault(spoken, List.of()).stream().anyMatch(text::contains);
  }
}
