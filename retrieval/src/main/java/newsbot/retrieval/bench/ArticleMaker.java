package newsbot.retrieval.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import newsbot.retrieval.text.Sentences;

/**
 * Makes the articles of generated pages: a real headline stack (now and then with another
 * story's kicker), a byline of new names, and paragraphs of real sentences, mostly from the story
 * the headline came from and some from others, each rewritten ({@link Rewriter}). Every sentence
 * is new to the archive (the real pages' sentences included): a repeat is retried with other
 * figures and then opened with a clause of time, place or source, so no two paragraphs or
 * passages are the same. Not thread-safe: one maker writes one archive, day after day.
 */
final class ArticleMaker {

  /** A generated article before layout. */
  record Made(ArchiveMaterial.Stack stack, String byline, boolean bylineInDateline,
      List<String> paragraphs) {}

  private static final String[] PARTS_OF_DAY = {"上午", "下午", "晚", ""};
  private static final String[] SOURCES = {"市发改局", "市经信局", "市商务局", "市文广旅体局",
      "市住建局", "市交通运输局", "市农业农村局", "市教育局", "市卫健局", "市民政局", "市人力社保局",
      "市市场监管局", "市应急管理局", "市生态环境分局", "市总工会", "团市委", "市妇联", "市科技局"};
  private static final int MAX_ATTEMPTS = 64;
  /** A sentence that says its own time (昨天下午, 近日, 8月1日) takes no date before it. */
  private static final Pattern TIMED =
      Pattern.compile("^(昨天|今天|前天|近日|日前|近期|目前|\\d|今年|去年|明年)");

  private final ArchiveMaterial material;
  private final int baseYear;
  private final SeenTexts seen = new SeenTexts();
  private final Set<String> realTitles;

  ArticleMaker(ArchiveMaterial material, int baseYear) {
    this.material = material;
    this.baseYear = baseYear;
    this.realTitles = material.titles();
    material.stories().forEach(story -> story.forEach(s -> Sentences.split(s).forEach(seen::add)));
  }

  /**
   * An article of the issue of {@code date} with {@code paragraphs} paragraphs. No real sentence
   * is used twice on a page ({@code usedOnPage}, updated): the parser would rightly take two
   * variants of one sentence on a page for a column printed twice and drop one.
   */
  Made make(SplittableRandom random, LocalDate date, int paragraphs, Set<String> usedOnPage) {
    Rewriter rw = new Rewriter(random, date, baseYear, material.names());
    int story = random.nextInt(material.stories().size());
    ArchiveMaterial.Stack real = material.stacks().get(story);
    String kicker = random.nextInt(5) == 0 ? real.kicker() : "";
    String subtitle = random.nextInt(4) == 0 ? pick(material.headlineClauses(), random) : "";
    ArchiveMaterial.Stack stack = new ArchiveMaterial.Stack(rw.rewrite(kicker),
        rw.rewrite(headline(real.title(), random)), rw.rewrite(subtitle));
    List<String> sentences = material.stories().get(story);
    int next = random.nextInt(sentences.size());
    List<String> body = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder paragraph = new StringBuilder();
      int count = 1 + random.nextInt(3);
      for (int s = 0; s < count; s++) {
        String lead = null;
        for (int tries = 0; tries < sentences.size() && lead == null; tries++) {
          String candidate = sentences.get(next);
          next = (next + 1) % sentences.size();
          lead = usedOnPage.add(candidate) ? candidate : null;
        }
        paragraph.append(unique(recombined(lead == null ? sentences.get(next) : lead, random),
            rw, random, date));
      }
      body.add(paragraph.toString());
    }
    int byline = random.nextInt(10);
    String names = byline < 5 ? rw.personName()
        : rw.personName() + " 通讯员 " + rw.personName() + " " + rw.personName();
    return new Made(stack, "记者 " + names, byline >= 8, body);
  }

  /**
   * A new sentence: the first clause of a sentence of the story, then one or two clauses of any
   * story. No generated sentence is a copy of a real one with other figures (that would make each
   * real article a thousand near-twins in a year, which no archive holds); the words and their
   * pairs stay the paper's.
   */
  private String recombined(String storySentence, SplittableRandom random) {
    String first = storySentence.split("[,，;；]")[0];
    if (first.length() < 4 || first.length() > 60 || first.matches(".*[“”‘’「」『』\"()（）《》].*")) {
      first = pick(material.clauses(), random);
    }
    StringBuilder sb = new StringBuilder(first.replaceFirst("[。!?！？]+$", ""));
    int more = 1 + random.nextInt(2);
    for (int i = 0; i < more; i++) {
      sb.append(',').append(pick(material.clauses(), random));
    }
    return sb.append('。').toString();
  }

  private static String pick(List<String> from, SplittableRandom random) {
    return from.get(random.nextInt(from.size()));
  }

  /**
   * A headline that no real article printed: a two-phrase headline (找准重点 创新实干) with one
   * phrase of another, or a short clause of the paper (推动平湖跨境企业与跨境资源深度对接); 我市
   * becomes a town half the time.
   */
  private String headline(String title, SplittableRandom random) {
    String out = title;
    String[] phrases = out.split(" ");
    String other = material.stacks().get(random.nextInt(material.stacks().size())).title();
    String[] others = other.split(" ");
    if (phrases.length > 1 && others.length > 1) {
      phrases[random.nextInt(phrases.length)] = others[random.nextInt(others.length)];
      out = String.join(" ", phrases);
    }
    while (realTitles.contains(out)) {
      out = pick(material.headlineClauses(), random);
    }
    if (out.contains("我市") && random.nextBoolean()) {
      out = out.replace("我市", Rewriter.PLACES.get(random.nextInt(Rewriter.PLACES.size())));
    }
    return out;
  }

  /**
   * The rewritten sentence, new to the archive in every piece the sentence splitter cuts it into
   * (a quotation and its speaker are one sentence alone but two after an opening clause).
   */
  private String unique(String sentence, Rewriter rw, SplittableRandom random, LocalDate date) {
    String s = rw.rewrite(sentence);
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      List<String> pieces = Sentences.split(s);
      if (pieces.stream().noneMatch(seen::contains)) {
        pieces.forEach(seen::add);
        return s;
      }
      if (attempt < 2) {
        s = rw.rewrite(sentence); // other figures may do
        continue;
      }
      StringBuilder opened = new StringBuilder();
      for (String piece : pieces) {
        if (seen.contains(piece)) {
          opened.append(opening(rw, random, date, attempt, TIMED.matcher(piece).find()));
        }
        opened.append(piece);
      }
      s = opened.toString();
    }
    throw new IllegalStateException("no new variant of a sentence after " + MAX_ATTEMPTS
        + " attempts: " + sentence);
  }

  /** 8月3日上午, / 在乍浦镇, / 据市商务局介绍, and, after many repeats, all three. */
  private static String opening(Rewriter rw, SplittableRandom random, LocalDate date,
      int attempt, boolean timed) {
    LocalDate d = date.minusDays(1 + random.nextInt(6));
    String when = d.getMonthValue() + "月" + d.getDayOfMonth() + "日"
        + PARTS_OF_DAY[random.nextInt(PARTS_OF_DAY.length)] + ",";
    String where = "在" + rw.place() + ",";
    String who = "据" + SOURCES[random.nextInt(SOURCES.length)] + "介绍,";
    if (attempt > 8) {
      return (timed ? "" : when) + where + who;
    }
    return switch (random.nextInt(3)) {
      case 0 -> timed ? who : when;
      case 1 -> where;
      default -> who;
    };
  }
}
