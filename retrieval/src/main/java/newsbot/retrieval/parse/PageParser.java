package newsbot.retrieval.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the articles on one page of OCR'd text.
 *
 * <p>Articles are anchored on what a page always prints at an article's start: a byline (■记者 …),
 * a continuation mark ((上接1版)) or, failing both, a 本报讯 paragraph under a headline. The
 * headline stack is the one to three heading lines right above the anchor (for photo news, above
 * the caption). Heading lines above a stack that it did not take are orphans (banners, titles of
 * photos that were not converted) and count as furniture. The body runs from the anchor to the next
 * article's first line. Stateless and thread-safe.
 */
final class PageParser {

  /** A dateline opens a story that carries no byline line: 本报讯, wire copy, quoted sources. */
  private static final Pattern DATELINE = Pattern.compile(
      "^(本报讯|本报消息|本报[\\p{IsHan}]{0,8}电|新华社|据新华社|中新社|据[\\p{IsHan}]{2,8}(报|网|台|社)(报道|消息)?)");
  /** A photo credit: ■摄影 王强, ■图 王强, ■记者 王强 摄. */
  private static final Pattern PHOTO_CREDIT = Pattern.compile("^(摄影|摄像|图)[\\s/:：]|\\s摄(影)?$");
  private static final int MAX_STACK = 3;
  private static final int MAX_CAPTION_LINES = 2;
  /** Two lines of one block, each this short, are one headline broken over two lines. */
  private static final int SHORT_HEADLINE_PART = 10;

  private final LineClassifier classifier;

  PageParser(FurnitureRules furniture) {
    this.classifier = new LineClassifier(furniture);
  }

  /** The page's lines, classified. */
  List<Line> lines(String content) {
    return classifier.classify(content);
  }

  /** Splits classified lines into article segments; counts what it throws away. */
  List<Segment> segments(List<Line> lines, ParseCounters counters) {
    List<Integer> anchors = findAnchors(lines);
    List<Stack> stacks = new ArrayList<>();
    int lowerBound = 0;
    for (int anchor : anchors) {
      Stack stack = findStack(lines, anchor, lowerBound);
      if (stack != null) {
        stacks.add(stack);
        lowerBound = anchor + 1;
      }
    }
    List<Segment> segments = new ArrayList<>();
    for (int s = 0; s < stacks.size(); s++) {
      Stack st = stacks.get(s);
      int end = s + 1 < stacks.size() ? stacks.get(s + 1).firstLine : lines.size();
      segments.add(buildSegment(lines, st, end, counters));
    }
    int firstUsed = stacks.isEmpty() ? lines.size() : stacks.get(0).firstLine;
    for (int i = 0; i < firstUsed; i++) {
      LineKind kind = lines.get(i).kind();
      if (kind == LineKind.FURNITURE || kind == LineKind.HEADING) {
        counters.furnitureLines++;
      } else {
        counters.unassignedLines++;
      }
    }
    for (Stack st : stacks) {
      counters.furnitureLines += st.orphans;
    }
    return segments;
  }

  private static List<Integer> findAnchors(List<Line> lines) {
    List<Integer> anchors = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      switch (line.kind()) {
        case BYLINE -> {
          if (i == 0 || lines.get(i - 1).kind() != LineKind.BYLINE) {
            anchors.add(i);
          }
        }
        case CONTINUED_FROM -> anchors.add(i);
        case BODY -> {
          if (DATELINE.matcher(line.text()).find() && previousContent(lines, i) == LineKind.HEADING) {
            anchors.add(i);
          }
        }
        default -> { }
      }
    }
    return anchors;
  }

  private static LineKind previousContent(List<Line> lines, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (lines.get(j).kind() != LineKind.FURNITURE) {
        return lines.get(j).kind();
      }
    }
    return null;
  }

  /** Where an article's headline stack is, and what it consists of. */
  private record Stack(int anchor, int firstLine, List<String> lines, List<Integer> levels,
      int captionStart, int orphans, boolean photo) {}

  private Stack findStack(List<Line> lines, int anchor, int lowerBound) {
    Line anchorLine = lines.get(anchor);
    boolean photo = anchorLine.kind() == LineKind.BYLINE
        && PHOTO_CREDIT.matcher(bylineText(anchorLine)).find();
    int i = anchor - 1;
    int captionStart = anchor;
    if (photo) {
      int captionLines = 0;
      while (i >= lowerBound && captionLines < MAX_CAPTION_LINES
          && (lines.get(i).kind() == LineKind.BODY || lines.get(i).kind() == LineKind.FURNITURE)) {
        if (lines.get(i).kind() == LineKind.BODY) {
          captionLines++;
          captionStart = i;
        }
        i--;
      }
    }
    List<String> stack = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    Set<Integer> blocks = new HashSet<>();
    boolean separateBlocks = false;
    int firstLine = -1;
    while (i >= lowerBound && stack.size() < MAX_STACK) {
      Line line = lines.get(i);
      if (line.kind() == LineKind.FURNITURE) {
        if (!stack.isEmpty()) {
          break; // a banner or masthead line closes the stack: what is above it is not headline
        }
        i--;
        continue;
      }
      if (line.kind() == LineKind.BODY && stack.isEmpty() && line.level() == 0
          && LineClassifier.isLongHeading(line.text())) {
        // a long unmarked headline right above its anchor: one line, up to twice the usual length
        line = line.withKind(LineKind.HEADING);
        stack.add(line.text());
        levels.add(0);
        firstLine = i;
        separateBlocks = true;
        i--;
        continue;
      }
      if (line.kind() != LineKind.HEADING) {
        break;
      }
      // the heading lines of this block, top to bottom; in a block that also holds body text
      // (a converter that writes no blank lines) the block says nothing: one line at a time
      boolean headlineBlock = pureHeadlineBlock(lines, line.block());
      int top = i;
      while (headlineBlock && top - 1 >= lowerBound && lines.get(top - 1).block() == line.block()
          && lines.get(top - 1).kind() == LineKind.HEADING) {
        top--;
      }
      List<Line> blockLines = lines.subList(top, i + 1);
      boolean blockHasMore = headlineBlock && top > 0 && lines.get(top - 1).block() == line.block();
      if (!headlineBlock) {
        separateBlocks = true;
      } else if (blockLines.size() > 1 || blockHasMore) {
        // a stack is laid out one way: all in one block, or one line a block
        if (separateBlocks) {
          break;
        }
      } else if (!stack.isEmpty()) {
        separateBlocks = true;
      }
      List<String> parts = new ArrayList<>();
      List<Integer> partLevels = new ArrayList<>();
      if (blockLines.size() == 2 && blockLines.stream()
          .allMatch(l -> Text.length(l.text()) <= SHORT_HEADLINE_PART)) {
        parts.add(blockLines.get(0).text() + " " + blockLines.get(1).text());
        partLevels.add(blockLines.get(0).level());
      } else {
        for (Line l : blockLines) {
          parts.add(l.text());
          partLevels.add(l.level());
        }
      }
      if (stack.size() + parts.size() > MAX_STACK) {
        break;
      }
      stack.addAll(0, parts);
      levels.addAll(0, partLevels);
      blocks.add(line.block());
      firstLine = top;
      i = top - 1;
      if (HeadlineStack.KICKER_VERB.matcher(parts.get(0)).find() && stack.size() > 1) {
        break; // "…上强调" opens a stack: nothing above it belongs to this article
      }
    }
    if (stack.isEmpty()) {
      if (anchorLine.kind() == LineKind.CONTINUED_FROM) {
        return new Stack(anchor, anchor, List.of(), List.of(), anchor, 0, false);
      }
      return null; // a credit with no headline above it belongs to the story it sits in
    }
    // heading lines right above the stack that it did not take: banners, orphaned photo titles
    int orphans = 0;
    int j = firstLine - 1;
    while (j >= lowerBound
        && (lines.get(j).kind() == LineKind.HEADING || lines.get(j).kind() == LineKind.FURNITURE)) {
      if (lines.get(j).kind() == LineKind.HEADING) {
        orphans++;
      }
      j--;
    }
    int start = orphans > 0 ? j + 1 : firstLine;
    return new Stack(anchor, start, stack, levels, captionStart, orphans, photo);
  }

  /** True when a block holds nothing but headings, bylines, furniture and continuation marks. */
  private static boolean pureHeadlineBlock(List<Line> lines, int block) {
    for (Line l : lines) {
      if (l.block() == block && l.kind() == LineKind.BODY) {
        return false;
      }
    }
    return true;
  }

  private Segment buildSegment(List<Line> lines, Stack st, int end, ParseCounters counters) {
    Line anchorLine = lines.get(st.anchor());
    List<Line> body = new ArrayList<>();
    StringBuilder byline = new StringBuilder();
    Integer continuedFrom = null;
    boolean dateline = false;
    int i = st.anchor();
    // furniture inside the stack area is dropped
    for (int k = st.firstLine(); k < st.anchor(); k++) {
      LineKind kind = lines.get(k).kind();
      if (kind == LineKind.FURNITURE) {
        counters.furnitureLines++;
      }
    }
    if (st.photo()) {
      for (int k = st.captionStart(); k < st.anchor(); k++) {
        if (lines.get(k).kind() == LineKind.BODY) {
          body.add(lines.get(k));
        }
      }
    }
    switch (anchorLine.kind()) {
      case BYLINE -> {
        while (i < end && lines.get(i).kind() == LineKind.BYLINE) {
          if (byline.length() > 0) {
            byline.append(' ');
          }
          byline.append(bylineText(lines.get(i)));
          i++;
        }
      }
      case CONTINUED_FROM -> {
        Matcher m = LineClassifier.CONTINUED_FROM.matcher(anchorLine.text());
        m.find();
        continuedFrom = Integer.parseInt(m.group(1));
        String rest = anchorLine.text().substring(m.end()).strip();
        if (!rest.isEmpty()) {
          body.add(new Line(anchorLine.index(), rest, 0, anchorLine.block(), LineKind.BODY));
        }
        i++;
      }
      default -> dateline = true;
    }
    for (; i < end; i++) {
      Line line = lines.get(i);
      switch (line.kind()) {
        case FURNITURE -> counters.furnitureLines++;
        case BYLINE -> counters.furnitureLines++; // a credit inside the body (a photo in the story)
        case CONTINUED_FROM -> {
          Matcher m = LineClassifier.CONTINUED_FROM.matcher(line.text());
          m.find();
          String rest = line.text().substring(m.end()).strip();
          if (!rest.isEmpty()) {
            body.add(new Line(line.index(), rest, 0, line.block(), LineKind.BODY));
          }
        }
        default -> body.add(line);
      }
    }
    return new Segment(st.lines(), st.levels(), byline.toString(), body, continuedFrom,
        st.photo(), dateline);
  }

  static String bylineText(Line line) {
    String t = line.text();
    if (t.startsWith("■")) {
      t = t.substring(1);
    }
    return Text.collapseSpaces(t);
  }
}
