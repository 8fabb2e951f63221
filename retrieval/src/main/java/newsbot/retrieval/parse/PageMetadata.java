package newsbot.retrieval.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page sits in the paper. Each fact comes from the first source that states it: the
 * page's own masthead and header lines, then the manifest, then the file name; otherwise it stays
 * unknown. Nothing is guessed.
 */
record PageMetadata(LocalDate date, Integer issueNo, Integer page, String edition) {

  private static final Pattern FILE_DATE_DASHED =
      Pattern.compile("(?<![0-9A-Za-z])(20\\d{2})-(\\d{2})-(\\d{2})(?![0-9])");
  private static final Pattern FILE_DATE_COMPACT =
      Pattern.compile("(?<![0-9A-Za-z])(20\\d{2})(\\d{2})(\\d{2})(?![0-9A-Za-z])");
  private static final Pattern FILE_PAGE =
      Pattern.compile("(?i)(?:^|[_\\-.])(?:p|page)0*(\\d{1,2})(?![0-9A-Za-z])");
  /** Masthead and header lines are short; a date inside a paragraph is not the issue date. */
  private static final int MAX_HEADER_LINE = 50;

  static PageMetadata of(List<Line> lines, Manifest.Entry manifest, String fileName) {
    LocalDate date = null;
    Integer issueNo = null;
    Integer page = null;
    String edition = null;
    for (Line line : lines) {
      String t = line.text();
      if (Text.length(t) > MAX_HEADER_LINE || line.kind() == LineKind.BODY) {
        continue;
      }
      Matcher m = FurnitureRules.MASTHEAD_DATE.matcher(t);
      if (date == null && m.find()) {
        date = safeDate(m.group(1), m.group(2), m.group(3));
      }
      m = FurnitureRules.ISSUE_NO.matcher(t);
      if (issueNo == null && m.find()) {
        issueNo = Integer.parseInt(m.group(1));
      }
      m = FurnitureRules.PAGE_NO.matcher(t);
      if (page == null && line.kind() == LineKind.FURNITURE && m.find()) {
        page = Integer.parseInt(m.group(1));
      }
      m = FurnitureRules.EDITION.matcher(t);
      if (edition == null && m.matches()) {
        edition = m.group(1);
      }
    }
    if (date == null) {
      date = manifest.date() != null ? manifest.date() : dateFromFileName(fileName);
    }
    if (issueNo == null) {
      issueNo = manifest.issueNo();
    }
    if (page == null) {
      page = manifest.page() != null ? manifest.page() : pageFromFileName(fileName);
    }
    if (edition == null) {
      edition = manifest.edition();
    }
    return new PageMetadata(date, issueNo, page, edition);
  }

  static LocalDate dateFromFileName(String fileName) {
    for (Pattern p : List.of(FILE_DATE_DASHED, FILE_DATE_COMPACT)) {
      Matcher m = p.matcher(fileName);
      if (m.find()) {
        LocalDate d = safeDate(m.group(1), m.group(2), m.group(3));
        if (d != null) {
          return d;
        }
      }
    }
    return null;
  }

  static Integer pageFromFileName(String fileName) {
    String stem = fileName.replaceFirst("\\.[^.]+$", "");
    Matcher m = FILE_PAGE.matcher(stem);
    return m.find() ? Integer.parseInt(m.group(1)) : null;
  }

  private static LocalDate safeDate(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
