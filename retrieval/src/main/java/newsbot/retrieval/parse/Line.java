package newsbot.retrieval.parse;

/**
 * One non-blank line of a page after markup removal.
 *
 * @param index position among the page's non-blank lines
 * @param text the line, '#' marks and surrounding spaces removed, inner spaces collapsed
 * @param level how many '#' marks the converter put before it (0 when none): smaller is bigger type
 * @param block which blank-line-separated block it belongs to
 * @param kind what the classifier decided the line is
 */
record Line(int index, String text, int level, int block, LineKind kind) {
  Line withKind(LineKind newKind) {
    return new Line(index, text, level, block, newKind);
  }
}
