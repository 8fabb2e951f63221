package newsbot.retrieval.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.text.Sentences;

/**
 * A synthetic archive of the paper for benchmarks: N daily issues of {@value #PAGES_A_DAY} pages
 * before the real pages, in the real pages' noisy OCR format, whose articles are new texts
 * recombined from the real ones ({@link ArticleMaker}), plus the real pages themselves, copied
 * unchanged (so the QA questions keep their right answer among the distractors). The last
 * generated issue is {@link #LAST_DAY}, the day before the first dated real page; issue numbers
 * count back from that page's 总第5723期. Deterministic: the same seed pages, seed and days give
 * the same bytes.
 */
public final class ArchiveGenerator {

  public static final int PAGES_A_DAY = 8;
  /** The last generated issue: 2025-08-03, the day before the real page 总第5723期 of 8月4日. */
  public static final LocalDate LAST_DAY = LocalDate.of(2025, 8, 3);
  private static final int LAST_ISSUE_NO = 5722;
  /** Figures and years of the real pages speak of this year; generated ones shift with theirs. */
  private static final int BASE_YEAR = 2025;

  /** What was written. */
  public record Archive(Path folder, int days, int generatedPages, int seedPages,
      int generatedArticles, LocalDate firstDay, LocalDate lastDay) {

    public int pages() {
      return generatedPages + seedPages;
    }
  }

  private final CorpusParser parser;
  private final long seed;

  public ArchiveGenerator(CorpusParser parser, long seed) {
    this.parser = parser;
    this.seed = seed;
  }

  /**
   * Writes {@code days} issues and copies of every file in {@code seeds} into {@code to}
   * (created when missing).
   */
  public Archive write(Path seeds, Path to, int days) throws IOException {
    if (days < 0) {
      throw new IllegalArgumentException("days must be 0 or more, not " + days);
    }
    Files.createDirectories(to);
    int seedPages = copySeeds(seeds, to);
    ArticleMaker maker = new ArticleMaker(ArchiveMaterial.of(parser.parseFolder(seeds)), BASE_YEAR);
    LocalDate first = LAST_DAY.minusDays(Math.max(0, days - 1));
    int articles = 0;
    for (int d = 0; d < days; d++) {
      articles += writeIssue(maker, first.plusDays(d), to).articles();
    }
    return new Archive(to, days, days * PAGES_A_DAY, seedPages, articles,
        days == 0 ? null : first, days == 0 ? null : LAST_DAY);
  }

  /**
   * Writes one more issue, the day before the first of {@code days} generated days: the day an
   * ingest adds to an archive of {@code days}. The same bytes as {@link #write} of one more day
   * would give it.
   *
   * @return the files written
   */
  public List<Path> writeDayBefore(Path seeds, Path to, int days) throws IOException {
    ArticleMaker maker = new ArticleMaker(ArchiveMaterial.of(parser.parseFolder(seeds)), BASE_YEAR);
    return writeIssue(maker, LAST_DAY.minusDays(Math.max(0, days)), to).files();
  }

  private record Written(int articles, List<Path> files) {}

  /** One day's pages, laid out and written; the random choices depend on the seed and date. */
  private Written writeIssue(ArticleMaker maker, LocalDate date, Path to) throws IOException {
    SplittableRandom random = new SplittableRandom(SeenTexts.hash(seed + ":" + date));
    List<String> pages = new ArrayList<>();
    int articles = writeDay(maker, random, date, pages);
    List<Path> files = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      files.add(Files.writeString(to.resolve(fileName(date, p + 1)), pages.get(p),
          StandardCharsets.UTF_8));
    }
    return new Written(articles, files);
  }

  /** 2025-08-03_p1.txt. */
  public static String fileName(LocalDate date, int page) {
    return date + "_p" + page + ".txt";
  }

  /** The issue number printed on a generated day (one issue a day, counted back). */
  public static int issueNo(LocalDate date) {
    return LAST_ISSUE_NO - (int) ChronoUnit.DAYS.between(date, LAST_DAY);
  }

  /** Lays out one day's pages; returns how many articles start on them. */
  private static int writeDay(ArticleMaker maker, SplittableRandom random, LocalDate date,
      List<String> pages) {
    int issueNo = issueNo(date);
    Rewriter staff = new Rewriter(random, date, BASE_YEAR, List.of());
    String editor = staff.personName();
    String designer = staff.personName();
    int articles = 0;
    Set<String> frontSentences = new HashSet<>();
    ArticleMaker.Made lead = maker.make(random, date, 9 + random.nextInt(4), frontSentences);
    int onFront = 4 + random.nextInt(3);
    List<String> leadBody = lead.paragraphs();
    int cut = onFront;
    while (cut < leadBody.size() - 2 && Sentences.split(leadBody.get(cut)).size() < 2) {
      cut++; // a paragraph of two sentences or more, so the page-1 part keeps a whole one
    }
    String broken = leadBody.get(cut);
    int at = breakPoint(broken, random);
    ArticleMaker.Made front = new ArticleMaker.Made(lead.stack(), lead.byline(),
        lead.bylineInDateline(), leadBody.subList(0, cut));
    for (int page = 1; page <= PAGES_A_DAY; page++) {
      PageLayout layout = new PageLayout(random);
      Set<String> headings = new HashSet<>();
      int onPage = 0;
      Set<String> used = page <= 2 ? frontSentences : new HashSet<>(); // page 2 holds the lead's end
      if (page == 1) {
        layout.frontMasthead(date, issueNo);
        layout.article(front, 2, broken.substring(0, at));
        fresh(headings, front.stack());
        onPage++;
      } else {
        layout.pageHeader(date, issueNo, page, editor, designer);
      }
      if (page == 2) {
        headings.add(lead.stack().title());
        layout.continuation(lead.stack(), 1, broken.substring(at),
            leadBody.subList(cut + 1, leadBody.size()));
      }
      int count = (page == 1 ? 3 : 4) + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        ArticleMaker.Made a = maker.make(random, date, 4 + random.nextInt(5), used);
        if (fresh(headings, a.stack())) {
          onPage++;
          layout.article(a, null, null);
        }
      }
      articles += onPage;
      if (page == 1) {
        layout.weather();
      } else if (random.nextInt(3) == 0) {
        layout.advert(staff.place());
      }
      pages.add(layout.text());
    }
    return articles;
  }

  /**
   * True, and the stack's lines noted, when none of them is printed on the page yet: the parser
   * takes a line printed twice on a page for a repeated column.
   */
  private static boolean fresh(Set<String> headings, ArchiveMaterial.Stack stack) {
    List<String> lines = java.util.stream.Stream.of(stack.kicker(), stack.title(), stack.subtitle())
        .filter(l -> !l.isEmpty()).toList();
    if (lines.stream().anyMatch(headings::contains) || new HashSet<>(lines).size() < lines.size()) {
      return false;
    }
    headings.addAll(lines);
    return true;
  }

  /**
   * Where a paragraph is broken by a (下转N版) mark: mid-sentence, between two characters, inside
   * its second sentence when it has one, so that the part left on page 1 holds a whole sentence
   * (a part that is only the start of a sentence may be the start of another paragraph of the
   * page too, and the parser would drop it as a repeated column).
   */
  private static int breakPoint(String paragraph, SplittableRandom random) {
    List<String> sentences = Sentences.split(paragraph);
    int start = sentences.size() >= 2 ? sentences.get(0).length() : 0;
    int span = paragraph.length() - start;
    int at = Math.max(start + 1, start + span / 3 + random.nextInt(Math.max(1, span / 3)));
    while (at < paragraph.length() - 1 && !(Character.isIdeographic(paragraph.codePointAt(at - 1))
        && Character.isIdeographic(paragraph.codePointAt(at)))) {
      at++;
    }
    return at;
  }

  /** Copies every file of the seeds folder (the manifest too); returns how many are pages. */
  private static int copySeeds(Path seeds, Path to) throws IOException {
    try (Stream<Path> s = Files.list(seeds)) {
      for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
        Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return CorpusParser.pageFiles(seeds).size();
  }
}
