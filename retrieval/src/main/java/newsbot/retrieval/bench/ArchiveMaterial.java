package newsbot.retrieval.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.ArticleKind;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.parse.FurnitureRules;
import newsbot.retrieval.text.Sentences;

/**
 * What the archive generator recombines, taken from the real parsed pages: the headline stacks
 * of the news articles, their sentences (article by article, so a generated article can follow
 * one story), and the people named in bylines and as office holders, so that they can be renamed.
 *
 * @param stacks kicker, title, subtitle of each real news article
 * @param stories the sentences of each real article, in order
 * @param names people's names found in the pages, longest first
 * @param storyClauses each story's clauses in the paper's common language ({@link #generic})
 * @param clauses all of those, each once: what generated sentences are recombined from
 * @param headlineClauses the clauses and the phrases of real headlines (找准重点, 创新实干) in
 *     the common language that can print as a headline: short (under the parser's
 *     {@code Deduplicator.MIN_CONTAINED}, so a headline that recurs in a story on its page is not
 *     taken for a repeated column), no figures, not furniture (…主办 is a masthead's)
 */
record ArchiveMaterial(List<Stack> stacks, List<List<String>> stories, List<String> names,
    List<List<String>> storyClauses, List<String> clauses, List<String> headlineClauses) {

  /** A headline stack as printed: kicker and subtitle may be empty. */
  record Stack(String kicker, String title, String subtitle) {}

  private static final Pattern BYLINE_SPLIT = Pattern.compile("[\\s■()\\uFF08\\uFF09/]+");
  private static final Set<String> ROLES = Set.of("记者", "通讯员", "摄影", "摄", "图", "文",
      "本报评论员", "见习记者", "特约记者");
  /** 市委书记钟伟华主持…, 市长周军波说: a three-character name after an office. */
  private static final Pattern OFFICE_NAME = Pattern.compile(
      "(?:书记|市长|主任|部长|局长|馆长|院长|主席|镇长|队长|校长|经理|董事长|负责人)(\\p{IsHan}{3})(?=主持|讲话|说|表示|强调|指出|代表|传达|出席|参加|在|带队|调研|,|，|、)");
  private static final Pattern DATELINE = Pattern.compile("^本报讯\\s*([(\\uFF08][^)\\uFF09]{0,40}[)\\uFF09])?\\s*");
  /** A sentence worth reusing: ends as a sentence does, long enough to carry a fact. */
  private static final int MAX_HEADING = 28;
  private static final double MAX_OWN_SHARE = 0.7;
  /**
   * A pair of characters in at most this many stories is a story's own: the paper prints some
   * facts twice (a front-page story and its detail inside), so one story is too strict.
   */
  private static final int MAX_STORIES_OWN = 2;
  private static final int MAX_HEADLINE_CLAUSE = 15;
  /** A figure: a clause that prints one states a fact (联盟成员70余家), never common language. */
  private static final Pattern FIGURE = Pattern.compile("\\d");
  /** Characters of grammar, never in a person's name (a capture such as 的引擎 is not one). */
  private static final Pattern NOT_A_NAME = Pattern.compile("[的了是在和等与为将对把被从向这那们]");
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；]");
  private static final Pattern END_MARK = Pattern.compile("[。!?！？;；]+$");
  private static final Pattern QUOTES = Pattern.compile("[“”‘’「」『』\"()（）《》]");
  private static final Pattern SENTENCE_END = Pattern.compile("[。!?！？;；”]$");

  ArchiveMaterial {
    stacks = List.copyOf(stacks);
    stories = List.copyOf(stories);
    names = List.copyOf(names);
    storyClauses = List.copyOf(storyClauses);
    clauses = List.copyOf(clauses);
    headlineClauses = List.copyOf(headlineClauses);
  }

  /** The real titles: a generated headline is never one of them. */
  Set<String> titles() {
    Set<String> out = new java.util.HashSet<>();
    stacks.forEach(s -> out.add(s.title()));
    return out;
  }

  static ArchiveMaterial of(Corpus corpus) {
    List<Stack> stacks = new ArrayList<>();
    List<List<String>> stories = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (Article a : corpus.articles()) {
      if (a.kind() == ArticleKind.NOTICE || a.kind() == ArticleKind.PHOTO) {
        continue;
      }
      bylineNames(a.byline(), names);
      List<String> sentences = new ArrayList<>();
      for (String paragraph : a.paragraphs()) {
        Matcher office = OFFICE_NAME.matcher(paragraph);
        while (office.find()) {
          names.add(office.group(1));
        }
        for (String s : Sentences.split(DATELINE.matcher(paragraph).replaceFirst(""))) {
          String t = s.strip();
          if (t.length() >= 12 && t.length() <= 160 && SENTENCE_END.matcher(t).find()
              && !Sentences.asks(t)) {
            sentences.add(t);
          }
        }
      }
      if (sentences.size() >= 3 && !a.title().startsWith("上接") && printable(a)) {
        stacks.add(new Stack(a.kicker(), a.title(), a.subtitle()));
        stories.add(sentences);
      }
    }
    if (stories.isEmpty()) {
      throw new IllegalArgumentException("the seed pages hold no news article to recombine");
    }
    names.removeIf(n -> NOT_A_NAME.matcher(n).find());
    List<String> byLength = new ArrayList<>(names);
    byLength.sort(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder()));
    List<List<String>> perStory = stories.stream().map(ArchiveMaterial::clausesOf).toList();
    Map<String, Integer> df = pairFrequencies(perStory);
    List<List<String>> generic = perStory.stream()
        .map(cs -> cs.stream().filter(c -> generic(c, df)).toList()).toList();
    List<String> clauses = generic.stream().flatMap(List::stream).distinct().toList();
    FurnitureRules furniture = FurnitureRules.defaults();
    List<String> headlines = new ArrayList<>(clauses.stream()
        .filter(c -> c.length() >= 7 && c.length() < MAX_HEADLINE_CLAUSE
            && !c.matches(".*[\\d:：、].*") && !furniture.isFurniture(c)).toList());
    stacks.stream().flatMap(st -> Arrays.stream(st.title().split(" "))).distinct()
        .filter(phrase -> phrase.length() >= 4 && phrase.length() < MAX_HEADLINE_CLAUSE
            && generic(phrase, df) && !furniture.isFurniture(phrase))
        .forEach(headlines::add);
    return new ArchiveMaterial(stacks, stories, byLength, generic, clauses, headlines);
  }

  /**
   * A stack a generated page can print as it is: every line short enough to be read as a heading
   * (a long one-line stack, 钟伟华在…时强调 感悟思想伟力 以实干实绩…, was marked with # on its page).
   */
  private static boolean printable(Article a) {
    return a.kicker().length() <= MAX_HEADING && a.title().length() <= MAX_HEADING
        && a.subtitle().length() <= MAX_HEADING;
  }

  /** A sentence's clauses: cut at commas and semicolons, no end mark, none with quotes. */
  private static List<String> clausesOf(List<String> sentences) {
    List<String> out = new ArrayList<>();
    for (String sentence : sentences) {
      for (String c : CLAUSE_BREAK.split(END_MARK.matcher(sentence).replaceFirst(""))) {
        String t = c.strip();
        if (t.length() >= 6 && t.length() <= 60 && !QUOTES.matcher(t).find()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  /** In how many stories each pair of adjacent characters occurs. */
  private static Map<String, Integer> pairFrequencies(List<List<String>> perStory) {
    Map<String, Integer> df = new HashMap<>();
    for (List<String> story : perStory) {
      Set<String> pairs = new HashSet<>();
      story.forEach(c -> pairs.addAll(pairs(c)));
      pairs.forEach(p -> df.merge(p, 1, Integer::sum));
    }
    return df;
  }

  /**
   * A clause in the paper's common language (全面落实省委决策部署, 推动高质量发展), not one that
   * states a story's own fact (信科洁具的跨境电商成交金额占公司出口额的10%): fewer than
   * {@value #MAX_OWN_SHARE} of its character pairs occur in {@value #MAX_STORIES_OWN} stories or
   *     fewer. Only these are
   * recombined: in a real archive a story's facts are printed in that story, while its phrasing
   * recurs everywhere; recombining the facts too would put a near-twin of every real fact in every
   * few days of archive.
   */
  private static boolean generic(String clause, Map<String, Integer> df) {
    List<String> pairs = pairs(clause);
    long own = pairs.stream().filter(p -> df.getOrDefault(p, 0) <= MAX_STORIES_OWN).count();
    return !pairs.isEmpty() && own < MAX_OWN_SHARE * pairs.size() && !FIGURE.matcher(clause).find();
  }

  private static List<String> pairs(String text) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + 1 < text.length(); i++) {
      if (Character.isIdeographic(text.charAt(i)) && Character.isIdeographic(text.charAt(i + 1))) {
        out.add(text.substring(i, i + 2));
      }
    }
    return out;
  }

  private static void bylineNames(String byline, Set<String> names) {
    for (String token : BYLINE_SPLIT.split(byline)) {
      if (token.matches("\\p{IsHan}{2,3}") && !ROLES.contains(token)) {
        names.add(token);
      }
    }
  }
}
