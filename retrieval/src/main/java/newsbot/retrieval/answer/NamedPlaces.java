package newsbot.retrieval.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named place or institution the question asks about (市中医院, 儿童医院, 新华小区, 梅园新村) that the
 * article never prints: the article is about another of its kind. The embedding puts a hospital
 * near any hospital, and the dictionary splits 中医院 into 中 and 医院, so the name is read from the
 * characters before the kind: the longest run of up to four that are no verb, pronoun, count or
 * place level (去医院, 这个小区, 几所学校, 市医院, 改老小区 name nothing), nor an adjective before a
 * kind of two (老小区). The article must print the kind with its nearest name character, or
 * two for a kind of two (中医院; 人民医院 in 第一人民医院; 梅园新村). Stateless.
 */
final class NamedPlaces {

  /** Kinds a single character can name (中医院, 一中学). */
  private static final String KINDS = "医院|学校|小学|中学|银行|图书馆|博物馆|体育馆|文化馆|火车站|汽车站";
  /** Kinds an adjective also makes (老小区, 新公园): a name needs two characters. */
  private static final String KINDS_OF_TWO = "大学|公园|小区|新村|广场|社区|客运中心";
  private static final Pattern KIND = Pattern.compile("(" + KINDS + ")|(" + KINDS_OF_TWO + ")");
  /** Characters that end a name going backwards: verbs, pronouns, particles. */
  private static final String NOT_NAME = "去到在的个家这那哪从向往回进看找住离和与及或是我你他她啥什么了吗呢有几多所座些每各该本此其市县区镇省"
      + "改建修装盖拆";
  /** Adjectives that make a kind of two a common noun (老小区, 新公园, 大广场), not a name. */
  private static final String ADJECTIVES = "老新旧大小";
  private static final int LONGEST_NAME = 4;

  private NamedPlaces() {}

  /** The named place the question names and the text does not print, or null. */
  static String unprinted(String question, String text) {
    Matcher kind = KIND.matcher(question);
    while (kind.find()) {
      int minName = kind.group(1) != null ? 1 : 2;
      int start = kind.start();
      while (start > 0 && kind.start() - start < LONGEST_NAME
          && Character.UnicodeScript.of(question.charAt(start - 1)) == Character.UnicodeScript.HAN
          && NOT_NAME.indexOf(question.charAt(start - 1)) < 0) {
        start--;
      }
      if (kind.start() - start < minName || kind.group(2) != null
          && ADJECTIVES.indexOf(question.charAt(kind.start() - 1)) >= 0) {
        continue;
      }
      String named = question.substring(start, kind.end());
      if (!text.contains(question.substring(kind.start() - minName, kind.end()))) {
        return named;
      }
    }
    return null;
  }
}
