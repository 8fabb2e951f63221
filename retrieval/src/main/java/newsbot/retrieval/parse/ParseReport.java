package newsbot.retrieval.parse;

import java.util.List;

/**
 * What one parse did, Anserini-style: everything skipped is counted, nothing is hidden.
 *
 * @param files files looked at
 * @param pages pages loaded
 * @param articles articles found (after continuations were stitched)
 * @param furnitureLines lines dropped as page furniture (masthead, banners, adverts, orphans)
 * @param repeatedParagraphs paragraphs dropped because the page printed them already
 * @param joinedParagraphs paragraph pieces joined across a column break
 * @param stitchedContinuations (上接N版) parts joined to the article they continue
 * @param unassignedLines body lines before the first headline of a page, in no article
 * @param rejected files not loaded, with the reason
 */
public record ParseReport(
    int files,
    int pages,
    int articles,
    int furnitureLines,
    int repeatedParagraphs,
    int joinedParagraphs,
    int stitchedContinuations,
    int unassignedLines,
    List<Rejected> rejected) {

  public ParseReport {
    rejected = List.copyOf(rejected);
  }

  /** One line for logs and the terminal. */
  public String summary() {
    return String.format(
        "%d files: %d pages, %d articles; dropped %d furniture lines and %d repeated paragraphs;"
            + " joined %d broken paragraphs; stitched %d continuations; %d rejected",
        files, pages, articles, furnitureLines, repeatedParagraphs, joinedParagraphs,
        stitchedContinuations, rejected.size());
  }
}
