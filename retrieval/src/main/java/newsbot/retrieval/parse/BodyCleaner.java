package newsbot.retrieval.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Turns an article's body lines into clean paragraphs.
 *
 * <ol>
 *   <li>A heading line that interrupts a sentence (the paragraph before it stops mid-sentence and
 *       body text follows) is a banner the converter dropped into the column: furniture.
 *   <li>A 本报讯 paragraph opens the story: lines before it were read from a later column and move
 *       behind it, where the sentence they finish belongs.
 *   <li>A paragraph that stops mid-sentence is joined with the next one (an OCR column break).
 *   <li>(下转N版) is taken out of the text and remembered.
 * </ol>
 */
final class BodyCleaner {

  /** A cleaned body. */
  record Body(List<Paragraph> paragraphs, Integer continuesToPage) {}

  /** One paragraph; only running text is ever joined with the next. */
  record Paragraph(String text, Role role) {}

  /** What a paragraph is. */
  enum Role {
    /** Running text, broken at column ends and joined again. */
    TEXT,
    /** A subhead or a short line of its own (联系电话:…): kept, never joined. */
    SUBHEAD,
    /** A line of a notice's signature (特此通告, issuer, date): kept as printed, never a repeat. */
    SIGNATURE
  }

  private BodyCleaner() {}

  static Body clean(List<Line> lines, ParseCounters counters) {
    List<Line> kept = dropInterruptingHeadings(lines, counters);
    kept = rotateToDateline(kept);
    List<Paragraph> out = new ArrayList<>();
    Integer continuesTo = null;
    boolean lastTerminated = true;
    for (Line line : kept) {
      if (line.kind() == LineKind.CONTINUES_TO) {
        continuesTo = continuationPage(line.text());
        lastTerminated = true;
        continue;
      }
      String text = line.text();
      boolean terminated = false;
      Matcher m = LineClassifier.CONTINUES_TO.matcher(text);
      if (m.find()) {
        continuesTo = Integer.parseInt(m.group(1));
        text = text.substring(0, m.start()).strip();
        terminated = true;
        if (text.isEmpty()) {
          lastTerminated = true;
          continue;
        }
      }
      Role role = roleOf(line);
      Paragraph previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (previous != null && previous.role() == Role.TEXT && role == Role.TEXT && !lastTerminated
          && !Text.endsSentence(previous.text())) {
        out.set(out.size() - 1, new Paragraph(previous.text() + text, Role.TEXT));
        counters.joinedParagraphs++;
      } else {
        out.add(new Paragraph(text, role));
      }
      lastTerminated = terminated;
    }
    return new Body(out, continuesTo);
  }

  private static Role roleOf(Line line) {
    return switch (line.kind()) {
      case HEADING -> Role.SUBHEAD;
      case SIGNATURE -> Role.SIGNATURE;
      default -> Role.TEXT;
    };
  }

  private static Integer continuationPage(String text) {
    Matcher m = LineClassifier.CONTINUES_TO.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : null;
  }

  private static List<Line> dropInterruptingHeadings(List<Line> lines, ParseCounters counters) {
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.kind() == LineKind.HEADING && i > 0 && i + 1 < lines.size()) {
        Line before = lines.get(i - 1);
        Line after = nextNonHeading(lines, i + 1);
        if (before.kind() == LineKind.BODY && !Text.endsSentence(before.text())
            && !LineClassifier.CONTINUES_TO.matcher(before.text()).find()
            && after != null && after.kind() == LineKind.BODY) {
          counters.furnitureLines++;
          continue;
        }
      }
      out.add(line);
    }
    return out;
  }

  private static Line nextNonHeading(List<Line> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).kind() != LineKind.HEADING) {
        return lines.get(i);
      }
    }
    return null;
  }

  private static List<Line> rotateToDateline(List<Line> lines) {
    for (int i = 1; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.kind() == LineKind.BODY && line.text().startsWith("本报讯")) {
        List<Line> rotated = new ArrayList<>(lines.subList(i, lines.size()));
        rotated.addAll(lines.subList(0, i));
        return rotated;
      }
    }
    return lines;
  }
}
