package newsbot.retrieval.parse;

import java.util.List;
import newsbot.retrieval.parse.StackFinder.Stack;

/**
 * Photo news printed without a title: one caption paragraph and its credit, standing between two
 * articles. The caption must open a block after a finished sentence (or after another photo, a
 * notice's signature, page furniture), and nothing but furniture may stand between the credit and
 * the next article's first line (or the end of the page); otherwise the photo is part of the
 * story around it. Its title is the caption's first sentence, cut at a comma when too long for
 * a headline. Stateless and thread-safe.
 */
final class UntitledPhotos {

  private static final String SENTENCE_END = "。!?\uFF01\uFF1F";

  private UntitledPhotos() {}

  /**
   * The stack of an untitled photo whose credit is at anchor, or null when its caption runs on
   * from a story; {@link #standsAlone} must still confirm it once the next article is known.
   */
  static Stack find(List<Line> lines, int anchor, int lowerBound) {
    int caption = anchor - 1;
    if (caption < lowerBound || lines.get(caption).kind() != LineKind.BODY
        || !opensItem(lines, caption)) {
      return null;
    }
    String title = title(lines.get(caption).text());
    return new Stack(anchor, caption, List.of(title), List.of(0), caption, 0, true, true);
  }

  /** True when nothing of a story runs on into the caption from above. */
  private static boolean opensItem(List<Line> lines, int caption) {
    if (caption == 0) {
      return true;
    }
    Line above = lines.get(caption - 1);
    return switch (above.kind()) {
      case FURNITURE, SIGNATURE -> true;
      case BYLINE -> PhotoCredits.isMarkedCredit(PageParser.bylineText(above));
      case BODY -> above.block() != lines.get(caption).block() && Text.endsSentence(above.text());
      default -> false;
    };
  }

  /**
   * True when only furniture stands between the credit and the next article's first line
   * ({@code lines.size()} when none follows): a story that goes on below the photo owns it.
   */
  static boolean standsAlone(List<Line> lines, int credit, int nextArticle) {
    for (int i = credit + 1; i < nextArticle; i++) {
      if (lines.get(i).kind() != LineKind.FURNITURE) {
        return false;
      }
    }
    return true;
  }

  /** The caption's first sentence, without its full stop, at most a headline's length. */
  static String title(String caption) {
    int end = caption.length();
    for (int i = 0; i < caption.length(); i++) {
      if (SENTENCE_END.indexOf(caption.charAt(i)) >= 0) {
        end = i;
        break;
      }
    }
    String sentence = caption.substring(0, end).strip();
    if (Text.length(sentence) <= LineClassifier.MAX_HEADING_LENGTH) {
      return sentence;
    }
    String head = sentence.substring(0, sentence.offsetByCodePoints(0,
        LineClassifier.MAX_HEADING_LENGTH));
    int comma = Math.max(head.lastIndexOf(','), head.lastIndexOf('\uFF0C'));
    return comma > 0 ? head.substring(0, comma) : head;
  }
}
