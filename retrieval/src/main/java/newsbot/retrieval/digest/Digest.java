package newsbot.retrieval.digest;

import java.time.LocalDate;
import java.util.List;

/**
 * An issue at a glance: its articles page by page, each with a one-sentence summary and links.
 *
 * @param date the issue date, or null for an undated page
 * @param issueNo the running issue number, or null
 */
public record Digest(LocalDate date, Integer issueNo, List<PageDigest> pages) {
  public Digest {
    pages = List.copyOf(pages);
  }

  /** One page of the digest; {@code page} is null when the page number is unknown. */
  public record PageDigest(Integer page, String source, List<Item> articles) {
    public PageDigest {
      articles = List.copyOf(articles);
    }
  }

  /** One article: kind is the JSON name (news, commentary, …), label the Chinese one. */
  public record Item(String articleId, String title, String kind, String label, String summary,
      String url, String viewerUrl) {}

  public int articleCount() {
    return pages.stream().mapToInt(p -> p.articles().size()).sum();
  }
}
