package newsbot.retrieval.store;

import java.time.LocalDate;

/**
 * Which passages a search may return.
 *
 * @param from earliest page date (inclusive), or null; a date bound excludes undated pages
 * @param to latest page date (inclusive), or null
 * @param kind only articles of this kind (news, commentary, …), or null
 */
public record PassageFilter(LocalDate from, LocalDate to, String kind) {

  /** The filter, or null when it lets everything through. */
  public static PassageFilter of(LocalDate from, LocalDate to, String kind) {
    return from == null && to == null && kind == null ? null : new PassageFilter(from, to, kind);
  }

  public boolean dated() {
    return from != null || to != null;
  }
}
