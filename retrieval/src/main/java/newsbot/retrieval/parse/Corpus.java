package newsbot.retrieval.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Issue;
import newsbot.retrieval.model.Page;

/**
 * Everything parsed from a set of page files: pages grouped into issues, and the report. Lookups
 * by article id and by page are built once here, so answering a question never scans the corpus.
 * Immutable and thread-safe.
 */
public final class Corpus {

  private final List<Issue> issues;
  private final List<Page> pages;
  private final ParseReport report;
  private final List<Article> articles;
  private final Map<String, Article> byId;
  private final Map<String, Page> bySource;

  public Corpus(List<Issue> issues, List<Page> pages, ParseReport report) {
    this.issues = List.copyOf(issues);
    this.pages = List.copyOf(pages);
    this.report = report;
    List<Article> all = new ArrayList<>();
    Map<String, Article> ids = new HashMap<>();
    Map<String, Page> sources = new HashMap<>();
    for (Page p : this.pages) {
      sources.putIfAbsent(p.source(), p);
      for (Article a : p.articles()) {
        all.add(a);
        ids.putIfAbsent(a.id(), a);
      }
    }
    this.articles = List.copyOf(all);
    this.byId = Map.copyOf(ids);
    this.bySource = Map.copyOf(sources);
  }

  /** Issues, newest dated issue first, undated ones last. */
  public List<Issue> issues() {
    return issues;
  }

  public List<Page> pages() {
    return pages;
  }

  public ParseReport report() {
    return report;
  }

  /** Every article, in page order. */
  public List<Article> articles() {
    return articles;
  }

  public Optional<Article> article(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The date of the page an article starts on, or null when unknown. */
  public java.time.LocalDate dateOf(Article article) {
    Page page = bySource.get(article.source());
    return page == null ? null : page.date();
  }

  /** The page an article starts on. */
  public Optional<Page> pageOf(Article article) {
    return Optional.ofNullable(bySource.get(article.source()));
  }
}
