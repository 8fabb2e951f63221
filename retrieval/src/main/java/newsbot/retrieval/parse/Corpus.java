package newsbot.retrieval.parse;

import java.util.List;
import java.util.Optional;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Issue;
import newsbot.retrieval.model.Page;

/** Everything parsed from a set of page files: pages grouped into issues, and the report. */
public record Corpus(List<Issue> issues, List<Page> pages, ParseReport report) {
  public Corpus {
    issues = List.copyOf(issues);
    pages = List.copyOf(pages);
  }

  public List<Article> articles() {
    return pages.stream().flatMap(p -> p.articles().stream()).toList();
  }

  public Optional<Article> article(String id) {
    return articles().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Optional<Page> pageOf(Article article) {
    return pages.stream().filter(p -> p.source().equals(article.source())).findFirst();
  }
}
