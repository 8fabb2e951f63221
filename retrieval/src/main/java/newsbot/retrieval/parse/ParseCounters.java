package newsbot.retrieval.parse;

/** Mutable tallies kept while one corpus is parsed; turned into a {@link ParseReport} at the end. */
final class ParseCounters {
  int furnitureLines;
  int repeatedParagraphs;
  int joinedParagraphs;
  int unassignedLines;
  int stitchedContinuations;
}
