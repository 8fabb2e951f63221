package newsbot.retrieval.store;

import java.time.LocalDate;

/**
 * A passage as stored in the index, with what a citation needs.
 *
 * @param date the page date, or null when unknown
 * @param page the page number, or null when unknown
 * @param issueNo the issue number, or null
 */
public record IndexedPassage(
    String passageId,
    String articleId,
    int ordinal,
    String passage,
    String title,
    String kicker,
    String subtitle,
    String byline,
    String kind,
    String source,
    LocalDate date,
    Integer issueNo,
    Integer page) {

  /** Kicker, title and subtitle in reading order. */
  public String titleStack() {
    StringBuilder sb = new StringBuilder();
    for (String part : new String[] {kicker, title, subtitle}) {
      if (part != null && !part.isEmpty()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(part);
      }
    }
    return sb.toString();
  }
}
