package newsbot.retrieval.answer;

import java.util.List;

/**
 * Cities a reader names when asking about travel or a place beyond the edition's (平湖到上海的高铁票):
 * the municipalities, the cities of Zhejiang and its neighbours, and the provincial capitals. A
 * city is no concept the embedding can judge: its vector sits near any word sharing a character
 * (上海 is 0.58 from 以上, above the 0.53 that {@link MissingConcepts} asks), so an article that
 * answers about a city must print it. Stateless.
 */
final class Cities {

  private static final List<String> NAMES = List.of(
      "北京", "天津", "上海", "重庆", "香港", "澳门", "杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华",
      "衢州", "舟山", "台州", "丽水", "义乌", "桐乡", "海宁", "嘉善", "海盐", "苏州", "南京", "无锡", "常州",
      "南通", "昆山", "扬州", "徐州", "合肥", "广州", "深圳", "武汉", "成都", "西安", "长沙", "郑州", "济南",
      "青岛", "厦门", "福州", "沈阳", "大连", "哈尔滨", "长春", "石家庄", "太原", "南昌", "昆明", "贵阳", "南宁",
      "海口", "三亚", "兰州", "西宁", "银川", "乌鲁木齐", "拉萨", "呼和浩特");

  private Cities() {}

  /** The word is one of the cities. */
  static boolean names(String word) {
    return NAMES.contains(word);
  }

  /** The first city the question names that the text does not print, or null. */
  static String unprinted(String question, String text) {
    for (String city : NAMES) {
      if (question.contains(city) && !text.contains(city)) {
        return city;
      }
    }
    return null;
  }
}
