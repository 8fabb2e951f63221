package newsbot.retrieval.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.ArticleKind;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.text.Sentences;

/**
 * What the archive generator recombines, taken from the real parsed pages: the headline stacks
 * of the news articles, their sentences (article by article, so a generated article can follow
 * one story), and the people named in bylines and as office holders, so that they can be renamed.
 *
 * @param stacks kicker, title, subtitle of each real news article
 * @param stories the sentences of each real article, in order
 * @param names people's names found in the pages, longest first
 * @param clauses the clauses of those sentences (cut at commas and semicolons, no quotation
 *     marks, no end mark), each once: what generated sentences are recombined from
 * @param headlineClauses the clauses short enough to print as a headline
 */
record ArchiveMaterial(List<Stack> stacks, List<List<String>> stories, List<String> names,
    List<String> clauses, List<String> headlineClauses) {

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
    Set<String> clauses = new LinkedHashSet<>();
    stories.forEach(story -> story.forEach(sentence -> {
      for (String c : CLAUSE_BREAK.split(END_MARK.matcher(sentence).replaceFirst(""))) {
        String t = c.strip();
        if (t.length() >= 4 && t.length() <= 60 && !QUOTES.matcher(t).find()) {
          clauses.add(t);
        }
      }
    }));
    List<String> headlines = clauses.stream()
        .filter(c -> c.length() >= 7 && c.length() <= 18 && !c.matches(".*[\\d:：、].*")).toList();
    return new ArchiveMaterial(stacks, stories, byLength, List.copyOf(clauses), headlines);
  }

  /**
   * A stack a generated page can print as it is: every line short enough to be read as a heading
   * (a long one-line stack, 钟伟华在…时强调 感悟思想伟力 以实干实绩…, was marked with # on its page).
   */
  private static boolean printable(Article a) {
    return a.kicker().length() <= MAX_HEADING && a.title().length() <= MAX_HEADING
        && a.subtitle().length() <= MAX_HEADING;
  }

  private static void bylineNames(String byline, Set<String> names) {
    for (String token : BYLINE_SPLIT.split(byline)) {
      if (token.matches("\\p{IsHan}{2,3}") && !ROLES.contains(token)) {
        names.add(token);
      }
    }
  }
}
