package newsbot.retrieval.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import newsbot.retrieval.text.Sentences;

/**
 * Makes the articles of generated pages: a headline no real article printed (phrases or clauses
 * of the real ones), a byline of new names, and paragraphs of new sentences, each opening with a
 * clause of the story the headline came from and going on with clauses of any story, then
 * rewritten ({@link Rewriter}: people, places, figures, dates).
 * Every sentence is new to the archive (the real pages' sentences included), so no two
 * paragraphs or passages are the same. Not thread-safe: one maker writes one archive, day after
 * day.
 */
final class ArticleMaker {

  /** A generated article before layout. */
  record Made(ArchiveMaterial.Stack stack, String byline, boolean bylineInDateline,
      List<String> paragraphs) {}

  private static final int MAX_ATTEMPTS = 64;

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
   * An article of the issue of {@code date} with {@code paragraphs} paragraphs. No lead clause is
   * used twice on a page, and no sentence ends another there ({@code onPage}: what the page
   * printed so far, updated), so a page does not read as a column printed twice.
   */
  Made make(SplittableRandom random, LocalDate date, int paragraphs, Set<String> onPage) {
    Rewriter rw = new Rewriter(random, date, baseYear, material.names());
    int story = random.nextInt(material.stories().size());
    ArchiveMaterial.Stack real = material.stacks().get(story);
    String kicker = random.nextInt(5) == 0 ? pick(material.headlineClauses(), random) : "";
    String subtitle = random.nextInt(4) == 0 ? pick(material.headlineClauses(), random) : "";
    ArchiveMaterial.Stack stack = new ArchiveMaterial.Stack(rw.rewrite(kicker),
        rw.rewrite(headline(real.title(), random)), rw.rewrite(subtitle));
    List<String> own = material.storyClauses().get(story);
    List<String> leads = own.isEmpty() ? material.clauses() : own;
    int next = random.nextInt(leads.size());
    List<String> body = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder paragraph = new StringBuilder();
      int count = 1 + random.nextInt(3);
      for (int s = 0; s < count; s++) {
        String lead = null;
        for (int tries = 0; tries < leads.size() && lead == null; tries++) {
          String candidate = leads.get(next);
          next = (next + 1) % leads.size();
          lead = onPage.add(candidate) ? candidate : null;
        }
        paragraph.append(sentence(lead == null ? pick(leads, random) : lead, rw, random, onPage));
      }
      body.add(paragraph.toString());
    }
    int byline = random.nextInt(10);
    String names = byline < 5 ? rw.personName()
        : rw.personName() + " 通讯员 " + rw.personName() + " " + rw.personName();
    return new Made(stack, "记者 " + names, byline >= 8, body);
  }

  /**
   * A new sentence: a clause of the story, then one or two clauses of any story, all in the
   * paper's common language ({@link ArchiveMaterial#storyClauses}). No generated sentence is a
   * copy of a real one with other figures (that would give each real article a near-twin every
   * few days of archive, which no archive holds).
   */
  private String recombined(String lead, int more, SplittableRandom random) {
    StringBuilder sb = new StringBuilder(lead);
    for (int i = 0; i < more; i++) {
      sb.append(',').append(pick(material.clauses(), random));
    }
    return sb.append('。').toString();
  }

  private static String pick(List<String> from, SplittableRandom random) {
    return from.get(random.nextInt(from.size()));
  }

  /**
   * A headline that no real article printed: two phrases (找准重点 创新实干) when the real one has
   * two, else one, each a headline clause ({@link ArchiveMaterial#headlineClauses}); 我市 becomes a
   * town half the time.
   */
  private String headline(String title, SplittableRandom random) {
    List<String> pool = material.headlineClauses();
    String out;
    do {
      out = title.contains(" ") ? pick(pool, random) + " " + pick(pool, random) : pick(pool, random);
    } while (realTitles.contains(out));
    if (out.contains("我市") && random.nextBoolean()) {
      out = out.replace("我市", Rewriter.PLACES.get(random.nextInt(Rewriter.PLACES.size())));
    }
    return out;
  }

  /**
   * A new sentence opening with {@code lead}, rewritten: new to the archive, and on its page new
   * in every tail that starts after one of its commas ({@link #tails}): the parser takes a
   * paragraph that another one of the page ends with for a column printed twice, so no sentence
   * may end another there. When the short recombinations are used up, longer ones are tried.
   */
  private String sentence(String lead, Rewriter rw, SplittableRandom random, Set<String> onPage) {
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      String s = rw.rewrite(recombined(lead, 1 + random.nextInt(2) + attempt / 16, random));
      List<String> keys = tails(s);
      if (!seen.contains(s) && keys.stream().noneMatch(onPage::contains)) {
        seen.add(s);
        onPage.addAll(keys);
        return s;
      }
    }
    throw new IllegalStateException("no new sentence after " + MAX_ATTEMPTS + " attempts from "
        + lead);
  }

  /**
   * The sentence and each of its tails after a comma that is itself two clauses or more (a
   * generated sentence never has fewer, so a one-clause tail can end no paragraph).
   */
  private static List<String> tails(String sentence) {
    List<String> out = new ArrayList<>();
    out.add(sentence);
    for (int i = sentence.indexOf(','); i >= 0; i = sentence.indexOf(',', i + 1)) {
      String tail = sentence.substring(i + 1);
      if (tail.indexOf(',') >= 0) {
        out.add(tail);
      }
    }
    return out;
  }
}
