package newsbot.retrieval.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsbot.retrieval.parse.StackFinder.Stack;

/**
 * Finds the articles on one page of OCR'd text.
 *
 * <p>Articles are anchored on what a page always prints at an article's start: a byline (■记者 …),
 * a continuation mark ((上接1版)) or, failing both, a 本报讯 paragraph under a headline, or the
 * first line under a notice's headline ({@link Notices}). The headline stack is found by
 * {@link StackFinder}: the heading lines right above the anchor (for photo news, above the
 * caption). Heading lines above a stack that it did not take are orphans (banners, titles of photos
 * that were not converted) and count as furniture. The body runs from the anchor to the next
 * article's first line; a notice's ends at its close. Stateless and thread-safe.
 */
final class PageParser {

  /** A dateline opens a story that carries no byline line: 本报讯, wire copy, quoted sources. */
  private static final Pattern DATELINE = Pattern.compile(
      "^(本报讯|本报消息|本报[\\p{IsHan}]{0,8}电|新华社|据新华社|中新社|据[\\p{IsHan}]{2,8}(报|网|台|社)(报道|消息)?)");

  private final FurnitureRules furniture;
  private final LineClassifier classifier;

  PageParser(FurnitureRules furniture) {
    this.furniture = furniture;
    this.classifier = new LineClassifier(furniture);
  }

  /** The page's lines, classified. */
  List<Line> lines(String content) {
    return classifier.classify(content);
  }

  /** Where an article starts; a notice starts at its first line of text under its headline. */
  private record Anchor(int line, boolean notice) {}

  /** An article's stack and, for a notice that signs off, where it closes (else null). */
  private record Placed(Stack stack, boolean notice, Notices.Close close) {}

  /** Splits classified lines into article segments; counts what it throws away. */
  List<Segment> segments(List<Line> classified, ParseCounters counters) {
    List<Line> lines = new ArrayList<>(classified); // notices re-mark their lines
    List<Placed> placed = place(lines);
    List<Segment> segments = new ArrayList<>();
    int used = 0;
    for (int s = 0; s < placed.size(); s++) {
      Placed p = placed.get(s);
      int next = s + 1 < placed.size() ? placed.get(s + 1).stack().firstLine() : lines.size();
      int end = p.close() == null ? next : p.close().dateLine() + 1;
      countUnused(lines, used, p.stack().firstLine(), counters);
      segments.add(buildSegment(lines, p, end, counters));
      counters.furnitureLines += p.stack().orphans();
      used = end;
    }
    countUnused(lines, used, lines.size(), counters);
    return segments;
  }

  /**
   * Finds each anchor's stack, top to bottom; a stack never reaches above the previous anchor,
   * nor above the close of a notice.
   */
  private List<Placed> place(List<Line> lines) {
    List<Anchor> anchors = findAnchors(lines);
    List<Placed> placed = new ArrayList<>();
    int lowerBound = 0;
    for (int a = 0; a < anchors.size(); a++) {
      Anchor anchor = anchors.get(a);
      Stack stack = StackFinder.find(lines, anchor.line(), lowerBound);
      if (stack == null) {
        continue;
      }
      Notices.Close close = null;
      if (anchor.notice()) {
        int limit = a + 1 < anchors.size() ? anchors.get(a + 1).line() : lines.size();
        close = Notices.close(lines, anchor.line(), limit, furniture);
        if (close != null) {
          Notices.mark(lines, anchor.line(), close, furniture);
        }
      }
      placed.add(new Placed(stack, anchor.notice(), close));
      lowerBound = close == null ? anchor.line() + 1 : close.dateLine() + 1;
    }
    return withoutPhotosInStories(lines, placed);
  }

  /** Drops untitled photos that a story goes on below: they are that story's pictures. */
  private static List<Placed> withoutPhotosInStories(List<Line> lines, List<Placed> placed) {
    List<Placed> kept = new ArrayList<>(placed);
    int next = lines.size();
    for (int k = kept.size() - 1; k >= 0; k--) {
      Stack st = kept.get(k).stack();
      if (st.untitled() && !UntitledPhotos.standsAlone(lines, st.anchor(), next)) {
        kept.remove(k);
      } else {
        next = st.firstLine();
      }
    }
    return kept;
  }

  /** Lines in no article (above the first one, below a notice's close): counted, not kept. */
  private static void countUnused(List<Line> lines, int from, int to, ParseCounters counters) {
    for (Line line : lines.subList(from, Math.max(from, to))) {
      if (line.kind() == LineKind.FURNITURE || line.kind() == LineKind.HEADING) {
        counters.furnitureLines++;
      } else {
        counters.unassignedLines++;
      }
    }
  }

  private static List<Anchor> findAnchors(List<Line> lines) {
    List<Anchor> anchors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      switch (line.kind()) {
        case BYLINE -> {
          if (i == 0 || lines.get(i - 1).kind() != LineKind.BYLINE) {
            anchors.add(new Anchor(i, false));
          }
        }
        case CONTINUED_FROM -> anchors.add(new Anchor(i, false));
        case BODY -> {
          Line above = previousContent(lines, i);
          if (above == null) {
            break;
          }
          if (DATELINE.matcher(line.text()).find() && above.kind() == LineKind.HEADING) {
            anchors.add(new Anchor(i, false));
          } else if (Notices.isTitle(above)) {
            anchors.add(new Anchor(i, true));
          }
        }
        default -> { }
      }
    }
    return anchors;
  }

  private static Line previousContent(List<Line> lines, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (lines.get(j).kind() != LineKind.FURNITURE) {
        return lines.get(j);
      }
    }
    return null;
  }

  private static Segment buildSegment(List<Line> lines, Placed placed, int end,
      ParseCounters counters) {
    Stack st = placed.stack();
    countFurniture(lines, st.firstLine(), st.anchor(), counters); // inside the stack area
    List<Line> body = new ArrayList<>(st.photo() ? caption(lines, st) : List.of());
    Line anchorLine = lines.get(st.anchor());
    int bodyStart = st.anchor();
    if (anchorLine.kind() == LineKind.BYLINE) {
      bodyStart = bylinesEnd(lines, st.anchor(), end);
    }
    body.addAll(bodyLines(lines, bodyStart, end, counters));
    String byline = placed.close() != null ? placed.close().issuer()
        : byline(lines, st.anchor(), bodyStart);
    return new Segment(st.lines(), st.levels(), byline, body, continuedFrom(anchorLine),
        st.photo(), placed.notice());
  }

  private static void countFurniture(List<Line> lines, int from, int to, ParseCounters counters) {
    for (int k = from; k < to; k++) {
      if (lines.get(k).kind() == LineKind.FURNITURE) {
        counters.furnitureLines++;
      }
    }
  }

  /** The body lines between a photo's title and its credit. */
  private static List<Line> caption(List<Line> lines, Stack st) {
    return lines.subList(st.captionStart(), st.anchor()).stream()
        .filter(l -> l.kind() == LineKind.BODY).toList();
  }

  /** The line after the run of byline lines that starts at from. */
  private static int bylinesEnd(List<Line> lines, int from, int end) {
    int i = from;
    while (i < end && lines.get(i).kind() == LineKind.BYLINE) {
      i++;
    }
    return i;
  }

  /** The byline lines in [from, to), marks removed, joined by spaces. */
  private static String byline(List<Line> lines, int from, int to) {
    return String.join(" ", lines.subList(from, to).stream().map(PageParser::bylineText).toList());
  }

  /** N of a (上接N版) anchor, or null. */
  private static Integer continuedFrom(Line anchorLine) {
    if (anchorLine.kind() != LineKind.CONTINUED_FROM) {
      return null;
    }
    Matcher m = LineClassifier.CONTINUED_FROM.matcher(anchorLine.text());
    return m.find() ? Integer.parseInt(m.group(1)) : null;
  }

  /**
   * The article's text lines: furniture and credits inside the body (a photo in the story) are
   * dropped and counted; a (上接N版) mark is cut from the text that follows it.
   */
  private static List<Line> bodyLines(List<Line> lines, int from, int end,
      ParseCounters counters) {
    List<Line> body = new ArrayList<>();
    for (Line line : lines.subList(from, end)) {
      switch (line.kind()) {
        case FURNITURE, BYLINE -> counters.furnitureLines++;
        case CONTINUED_FROM -> {
          Matcher m = LineClassifier.CONTINUED_FROM.matcher(line.text());
          String rest = m.find() ? line.text().substring(m.end()).strip() : line.text();
          if (!rest.isEmpty()) {
            body.add(new Line(line.index(), rest, 0, line.block(), LineKind.BODY));
          }
        }
        default -> body.add(line);
      }
    }
    return body;
  }

  /** A byline as printed, without its ■ mark or the brackets around a credit. */
  static String bylineText(Line line) {
    return PhotoCredits.text(line.text());
  }
}
