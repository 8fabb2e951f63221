package newsbot.retrieval.answer;

import java.time.LocalDate;
import newsbot.retrieval.Links;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;

/**
 * A source of an answer.
 *
 * @param n the number the answer's [n] markers use
 * @param url the e-paper page when date and page are known, else the source viewer
 * @param viewerUrl the bot's own source viewer, always
 * @param quote a verbatim span of the article
 */
public record Citation(int n, String articleId, String title, String kicker, String subtitle,
    String source, LocalDate date, Integer page, String url, String viewerUrl, String quote) {

  /** The citation of an article on its page, numbered {@code n}, with links. */
  public static Citation of(int n, Article article, Page page, Links links, String quote) {
    return new Citation(n, article.id(), article.title(), article.kicker(), article.subtitle(),
        article.source(), page.date(), page.page(),
        links.best(article.id(), page.date(), page.page()), links.viewer(article.id()), quote);
  }
}
