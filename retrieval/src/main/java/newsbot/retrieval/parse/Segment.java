package newsbot.retrieval.parse;

import java.util.List;

/**
 * An article's lines as found on the page, before its body is cleaned.
 *
 * @param stack the headline lines, top to bottom (lines of one block already joined)
 * @param stackLevels the '#' level of each stack line (0 when unmarked)
 * @param byline the byline, roles and names, without the ■ mark; a notice's issuing body
 * @param body body lines in page order: BODY, HEADING (subheads) and CONTINUES_TO lines
 * @param continuedFromPage the N of a (上接N版) anchor, or null
 * @param photo true when the byline credits a photographer first
 * @param notice true when the article is an official notice (see {@link Notices})
 */
record Segment(
    List<String> stack,
    List<Integer> stackLevels,
    String byline,
    List<Line> body,
    Integer continuedFromPage,
    boolean photo,
    boolean notice) {}
