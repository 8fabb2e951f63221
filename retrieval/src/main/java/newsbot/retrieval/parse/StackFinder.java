package newsbot.retrieval.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the headline stack above an article's anchor: the one to three heading lines right above
 * it (for photo news, above the caption that precedes the credit), and the orphaned heading lines
 * above the stack that it did not take. Stateless and thread-safe.
 */
final class StackFinder {

  private static final int MAX_STACK = 3;
  private static final int MAX_CAPTION_LINES = 2;
  /** Two lines of one block, each this short, are one headline broken over two lines. */
  private static final int SHORT_HEADLINE_PART = 10;

  /**
   * Where an article's headline stack is, and what it consists of.
   *
   * @param anchor the line the article is anchored on
   * @param firstLine the first line of the article's area (orphans included)
   * @param lines the headline lines, top to bottom
   * @param levels the '#' level of each headline line
   * @param captionStart the first caption line of photo news (else the anchor)
   * @param orphans heading lines above the stack that it did not take
   * @param photo true when the anchor is a photo credit
   * @param untitled true for photo news printed without a title (see {@link UntitledPhotos})
   */
  record Stack(int anchor, int firstLine, List<String> lines, List<Integer> levels,
      int captionStart, int orphans, boolean photo, boolean untitled) {}

  private StackFinder() {}

  /** The stack above the anchor, looking no higher than lowerBound; null when there is none. */
  static Stack find(List<Line> lines, int anchor, int lowerBound) {
    Line anchorLine = lines.get(anchor);
    boolean photo = anchorLine.kind() == LineKind.BYLINE
        && PhotoCredits.isMarkedCredit(PageParser.bylineText(anchorLine));
    int captionStart = photo ? captionStart(lines, anchor, lowerBound) : anchor;
    HeadingWalk walk = new HeadingWalk(lines, captionStart - 1, lowerBound);
    walk.run();
    if (walk.stack.isEmpty()) {
      if (anchorLine.kind() == LineKind.CONTINUED_FROM) {
        return new Stack(anchor, anchor, List.of(), List.of(), anchor, 0, false, false);
      }
      // a credit with no headline above it: photo news of its own when its caption opens an item
      // (PageParser checks that the next article follows it), else a photo in its story
      return photo ? UntitledPhotos.find(lines, anchor, lowerBound) : null;
    }
    int start = orphansStart(lines, walk.firstLine, lowerBound);
    int orphans = (int) lines.subList(start, walk.firstLine).stream()
        .filter(l -> l.kind() == LineKind.HEADING).count();
    return new Stack(anchor, start, walk.stack, walk.levels, captionStart, orphans, photo,
        false);
  }

  /** The first caption line above a photo credit: up to two body lines, furniture skipped. */
  private static int captionStart(List<Line> lines, int anchor, int lowerBound) {
    int captionStart = anchor;
    int captionLines = 0;
    for (int i = anchor - 1; i >= lowerBound && captionLines < MAX_CAPTION_LINES; i--) {
      LineKind kind = lines.get(i).kind();
      if (kind == LineKind.BODY) {
        captionLines++;
        captionStart = i;
      } else if (kind != LineKind.FURNITURE) {
        break;
      }
    }
    return captionStart;
  }

  /**
   * Where the heading and furniture lines right above a stack begin when there are headings among
   * them (banners, orphaned photo titles): they belong to the article's area as furniture.
   */
  private static int orphansStart(List<Line> lines, int firstLine, int lowerBound) {
    int j = firstLine - 1;
    boolean headings = false;
    while (j >= lowerBound
        && (lines.get(j).kind() == LineKind.HEADING || lines.get(j).kind() == LineKind.FURNITURE)) {
      headings |= lines.get(j).kind() == LineKind.HEADING;
      j--;
    }
    return headings ? j + 1 : firstLine;
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

  /** One walk upwards from just above an anchor (or its caption), taking heading lines. */
  private static final class HeadingWalk {
    private final List<Line> lines;
    private final int lowerBound;
    private final List<String> stack = new ArrayList<>();
    private final List<Integer> levels = new ArrayList<>();
    /** True once the stack was seen laid out one line a block. */
    private boolean separateBlocks;
    private int firstLine = -1;
    private int i;

    HeadingWalk(List<Line> lines, int from, int lowerBound) {
      this.lines = lines;
      this.i = from;
      this.lowerBound = lowerBound;
    }

    void run() {
      while (i >= lowerBound && stack.size() < MAX_STACK) {
        Line line = lines.get(i);
        if (line.kind() == LineKind.FURNITURE) {
          if (!stack.isEmpty()) {
            return; // a banner or masthead line closes the stack: what is above it is not headline
          }
          i--;
        } else if (line.kind() == LineKind.BODY && stack.isEmpty() && line.level() == 0
            && LineClassifier.isLongHeading(line.text())) {
          // a long unmarked headline right above its anchor: one line, up to twice the usual length
          take(List.of(line.text()), List.of(0), i);
          separateBlocks = true;
        } else if (line.kind() != LineKind.HEADING || !takeBlock(line)) {
          return;
        }
      }
    }

    /** Takes the heading lines of this line's block; false when the stack is complete. */
    private boolean takeBlock(Line line) {
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
        if (separateBlocks) {
          return false; // a stack is laid out one way: all in one block, or one line a block
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
        blockLines.forEach(l -> {
          parts.add(l.text());
          partLevels.add(l.level());
        });
      }
      if (stack.size() + parts.size() > MAX_STACK) {
        return false;
      }
      take(parts, partLevels, top);
      // "…上强调" opens a stack: nothing above it belongs to this article
      return !(HeadlineStack.KICKER_VERB.matcher(parts.get(0)).find() && stack.size() > 1);
    }

    private void take(List<String> parts, List<Integer> partLevels, int top) {
      stack.addAll(0, parts);
      levels.addAll(0, partLevels);
      firstLine = top;
      i = top - 1;
    }
  }
}
