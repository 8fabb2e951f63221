package newsbot.retrieval.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One parsed newspaper page.
 *
 * @param source file name (no folder), the key that ties citations back to the file
 * @param date publication date from the masthead, manifest or file name; null when unknown
 * @param issueNo the running issue number (总第N期), or null
 * @param edition the edition name (平湖版), or null
 * @param page page number (第N版), or null when unknown
 * @param articles the articles that start on this page
 */
public record Page(
    String source,
    LocalDate date,
    Integer issueNo,
    String edition,
    Integer page,
    List<Article> articles) {

  public Page {
    articles = List.copyOf(articles);
  }

  public Page withArticles(List<Article> newArticles) {
    return new Page(source, date, issueNo, edition, page, newArticles);
  }
}
