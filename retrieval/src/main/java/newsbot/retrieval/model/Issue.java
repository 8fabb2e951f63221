package newsbot.retrieval.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Pages that share a date or an issue number. An undated page with no issue number is an issue
 * of its own, with a null date.
 */
public record Issue(LocalDate date, Integer issueNo, List<Page> pages) {
  public Issue {
    pages = List.copyOf(pages);
  }
}
