package newsbot.retrieval.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A search: the query, how many articles, and optional filters.
 *
 * @param from earliest page date (inclusive), or null; a date filter excludes undated pages
 * @param to latest page date (inclusive), or null
 * @param kind only articles of this kind (news, commentary, …), or null
 */
public record SearchRequest(String query, int k, LocalDate from, LocalDate to, String kind) {
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1");
    }
  }

  public static SearchRequest of(String query, int k) {
    return new SearchRequest(query, k, null, null, null);
  }
}
