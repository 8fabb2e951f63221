package newsbot.retrieval.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.ArticleKind;
import newsbot.retrieval.model.Issue;
import newsbot.retrieval.model.Page;
import newsbot.retrieval.parse.BodyCleaner.Paragraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses page files into issues, pages and articles: the entry point of the parsing stage.
 * A file that cannot be parsed is rejected with its reason and the others still load.
 * Thread-safe: holds only immutable rules.
 */
public final class CorpusParser {

  private static final Logger LOG = LoggerFactory.getLogger(CorpusParser.class);
  /** Page files end in .txt (or .md, as some converters write). */
  private static final List<String> PAGE_SUFFIXES = List.of(".txt", ".md");

  private static final java.util.regex.Pattern DATELINE_BYLINE =
      java.util.regex.Pattern.compile("^本报讯\\s*[(\\uFF08]([^)\\uFF09]{2,40})[)\\uFF09]");

  private final PageParser pageParser;
  private final String defaultEdition;
  private final String rules;

  /**
   * @param furniture the furniture rules
   * @param defaultEdition the edition a page belongs to when it does not print its name; the
   *     bot serves one edition, so this is configuration, not a guess
   */
  public CorpusParser(FurnitureRules furniture, String defaultEdition) {
    this.pageParser = new PageParser(furniture);
    this.defaultEdition = defaultEdition;
    this.rules = "edition=" + defaultEdition + "\n" + furniture.describe();
  }

  /**
   * What this parser was configured with (the default edition, the furniture patterns): pages
   * parsed under another configuration are parsed again.
   */
  public String configuration() {
    return rules;
  }

  /** The page files in a folder, sorted by name (the manifest and other files are ignored). */
  public static List<Path> pageFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> PAGE_SUFFIXES.stream()
              .anyMatch(x -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(x)))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  /** Parses every page file in the folder, with the folder's manifest. */
  public Corpus parseFolder(Path folder) throws IOException {
    return parse(pageFiles(folder), Manifest.load(folder));
  }

  /**
   * One page file parsed on its own, before the pages of its issue are stitched together: what
   * can be kept per file and reused while the file is unchanged, with the tallies its parse made.
   */
  public record ParsedFile(Page page, int furnitureLines, int repeatedParagraphs,
      int joinedParagraphs, int unassignedLines) {}

  /** Parses the given files. */
  public Corpus parse(List<Path> files, Manifest manifest) {
    List<Rejected> rejected = new ArrayList<>();
    List<ParsedFile> pages = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      try {
        pages.add(parseFile(name, PageReader.read(file), manifest.entry(name)));
      } catch (RejectedFileException e) {
        LOG.warn("rejected {}: {}", name, e.getMessage());
        rejected.add(new Rejected(name, e.getMessage()));
      }
    }
    return assemble(pages, files.size(), rejected);
  }

  /** Parses one page given as text (an upload, say); rejects it when no article is found. */
  public Page parsePage(String source, String content, Manifest.Entry manifest)
      throws RejectedFileException {
    return parseFile(source, content, manifest).page();
  }

  /** Parses one page file's text on its own, counting what it dropped and joined. */
  public ParsedFile parseFile(String source, String content, Manifest.Entry manifest)
      throws RejectedFileException {
    ParseCounters counters = new ParseCounters();
    Page page = parsePage(source, content, manifest, counters);
    return new ParsedFile(page, counters.furnitureLines, counters.repeatedParagraphs,
        counters.joinedParagraphs, counters.unassignedLines);
  }

  private Page parsePage(String source, String content, Manifest.Entry manifest,
      ParseCounters counters) throws RejectedFileException {
    List<Line> lines = pageParser.lines(content);
    PageMetadata meta = PageMetadata.of(lines, manifest, source);
    List<Segment> segments = pageParser.segments(lines, counters);
    if (segments.isEmpty()) {
      throw new RejectedFileException("no article found (no headline above a byline, 本报讯 or (上接N版))");
    }
    List<List<Line>> bodyLines = Deduplicator.dropLeakedLines(
        segments.stream().map(Segment::body).toList(), counters);
    List<BodyCleaner.Body> bodies = new ArrayList<>();
    List<List<Paragraph>> paragraphs = new ArrayList<>();
    for (List<Line> bodyOfSegment : bodyLines) {
      BodyCleaner.Body body = BodyCleaner.clean(bodyOfSegment, counters);
      bodies.add(body);
      paragraphs.add(body.paragraphs());
    }
    paragraphs = Deduplicator.dedupe(paragraphs, counters);
    List<Article> articles = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      Segment s = segments.get(i);
      List<String> texts = paragraphs.get(i).stream().map(Paragraph::text).toList();
      HeadlineStack.Parts parts = HeadlineStack.split(s.stack(), s.stackLevels());
      String title = parts.title().isEmpty() && s.continuedFromPage() != null
          ? "上接第" + s.continuedFromPage() + "版" : parts.title();
      String byline = s.byline().isEmpty() ? datelineByline(texts) : s.byline();
      int chars = texts.stream().mapToInt(String::length).sum();
      ArticleKind kind = ArticleKinds.classify(s.notice(), s.photo(), parts.kicker(),
          parts.subtitle(), byline, chars);
      String stackKey = Text.compact(parts.kicker() + parts.title() + parts.subtitle());
      int occurrence = seen.merge(stackKey, 1, Integer::sum);
      articles.add(new Article(articleId(source, stackKey, occurrence), source, title,
          parts.kicker(), parts.subtitle(), byline, kind, texts,
          bodies.get(i).continuesToPage(), s.continuedFromPage()));
    }
    String edition = meta.edition() != null ? meta.edition() : defaultEdition;
    return new Page(source, meta.date(), meta.issueNo(), edition, meta.page(), articles);
  }

  /** 本报讯(记者 王明 通讯员 张华)…: the byline printed inside the dateline, or "". */
  static String datelineByline(List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return "";
    }
    java.util.regex.Matcher m = DATELINE_BYLINE.matcher(paragraphs.get(0));
    if (m.find() && LineClassifier.isByline(m.group(1).strip())) {
      return Text.collapseSpaces(m.group(1));
    }
    return "";
  }

  /** Stable across runs and reloads: the file name and the headline stack decide it. */
  static String articleId(String source, String stackKey, int occurrence) {
    String stem = source.replaceFirst("\\.[^.]+$", "").replaceAll("[^A-Za-z0-9_-]", "_");
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      byte[] digest = sha1.digest((stem + "\n" + stackKey + "\n" + occurrence)
          .getBytes(StandardCharsets.UTF_8));
      return stem + "-" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }

  /**
   * The corpus of pages parsed one by one: grouped into issues, continuations stitched, tallies
   * summed.
   *
   * @param files how many files were looked at (the rejected ones included)
   * @param rejected the files that did not parse
   */
  public static Corpus assemble(List<ParsedFile> parsed, int files, List<Rejected> rejected) {
    ParseCounters counters = new ParseCounters();
    List<Page> pages = new ArrayList<>(parsed.size());
    for (ParsedFile f : parsed) {
      pages.add(f.page());
      counters.furnitureLines += f.furnitureLines();
      counters.repeatedParagraphs += f.repeatedParagraphs();
      counters.joinedParagraphs += f.joinedParagraphs();
      counters.unassignedLines += f.unassignedLines();
    }
    List<Issue> issues = groupIssues(pages);
    List<Page> stitched = new ArrayList<>();
    List<Issue> stitchedIssues = new ArrayList<>();
    for (Issue issue : issues) {
      List<Page> ps = Continuations.stitch(issue.pages(), counters);
      stitchedIssues.add(new Issue(issue.date(), issue.issueNo(), ps));
    }
    // keep the file order for pages
    Map<String, Page> bySource = new HashMap<>();
    stitchedIssues.forEach(i -> i.pages().forEach(p -> bySource.put(p.source(), p)));
    for (Page p : pages) {
      stitched.add(bySource.get(p.source()));
    }
    int articles = stitched.stream().mapToInt(p -> p.articles().size()).sum();
    ParseReport report = new ParseReport(files, stitched.size(), articles,
        counters.furnitureLines, counters.repeatedParagraphs, counters.joinedParagraphs,
        counters.stitchedContinuations, counters.unassignedLines, rejected);
    return new Corpus(stitchedIssues, stitched, report);
  }

  /** Pages that share a date or an issue number form one issue; newest issue first. */
  static List<Issue> groupIssues(List<Page> pages) {
    Map<String, List<Page>> groups = new LinkedHashMap<>();
    Map<String, String> alias = new HashMap<>();
    for (Page p : pages) {
      String dateKey = p.date() == null ? null : "d:" + p.date();
      String issueKey = p.issueNo() == null ? null : "n:" + p.issueNo();
      String key = null;
      if (dateKey != null && alias.containsKey(dateKey)) {
        key = alias.get(dateKey);
      } else if (issueKey != null && alias.containsKey(issueKey)) {
        key = alias.get(issueKey);
      }
      if (key == null) {
        key = dateKey != null ? dateKey : issueKey != null ? issueKey : "f:" + p.source();
      }
      if (dateKey != null) {
        alias.put(dateKey, key);
      }
      if (issueKey != null) {
        alias.put(issueKey, key);
      }
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    List<Issue> issues = new ArrayList<>();
    for (List<Page> group : groups.values()) {
      group.sort(Comparator.comparing((Page p) -> p.page() == null ? Integer.MAX_VALUE : p.page())
          .thenComparing(Page::source));
      java.time.LocalDate date = group.stream().map(Page::date).filter(d -> d != null)
          .findFirst().orElse(null);
      Integer no = group.stream().map(Page::issueNo).filter(n -> n != null)
          .findFirst().orElse(null);
      issues.add(new Issue(date, no, group));
    }
    issues.sort(Comparator.comparing(Issue::date, Comparator.nullsLast(Comparator.reverseOrder())));
    return issues;
  }
}
