package newsbot.retrieval.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;

/**
 * Joins a (上接N版) part to the article on page N of the same issue that it continues: the one
 * marked (下转M版) for this page whose headline shares the most with the part's echo headline.
 * A part with no matching article stays where it is, marked continued_from_page.
 */
final class Continuations {

  private Continuations() {}

  static List<Page> stitch(List<Page> pages, ParseCounters counters) {
    Map<String, Article> byId = new LinkedHashMap<>();
    Map<String, String> pageOfArticle = new LinkedHashMap<>();
    for (Page p : pages) {
      for (Article a : p.articles()) {
        byId.put(a.id(), a);
        pageOfArticle.put(a.id(), p.source());
      }
    }
    Set<String> merged = new HashSet<>();
    for (Page p : pages) {
      for (Article part : p.articles()) {
        if (part.continuedFromPage() == null) {
          continue;
        }
        Article target = bestTarget(pages, p, part, byId);
        if (target == null) {
          continue;
        }
        Article current = byId.get(target.id());
        byId.put(target.id(), append(current, part.paragraphs()));
        merged.add(part.id());
        counters.stitchedContinuations++;
      }
    }
    if (merged.isEmpty()) {
      return pages;
    }
    List<Page> out = new ArrayList<>();
    for (Page p : pages) {
      List<Article> articles = new ArrayList<>();
      for (Article a : p.articles()) {
        if (!merged.contains(a.id())) {
          articles.add(byId.get(a.id()));
        }
      }
      out.add(p.withArticles(articles));
    }
    return out;
  }

  /**
   * The article with its continuation's paragraphs after its own; a sentence broken by the
   * (下转N版) mark is joined again with the continuation's first paragraph.
   */
  private static Article append(Article article, List<String> more) {
    List<String> own = article.paragraphs();
    if (own.isEmpty() || more.isEmpty() || Text.endsSentence(own.get(own.size() - 1))) {
      return article.withContinuation(more);
    }
    List<String> joined = new ArrayList<>(own.subList(0, own.size() - 1));
    joined.add(own.get(own.size() - 1) + more.get(0));
    joined.addAll(more.subList(1, more.size()));
    return new Article(article.id(), article.source(), article.title(), article.kicker(),
        article.subtitle(), article.byline(), article.kind(), joined, article.continuesToPage(),
        article.continuedFromPage());
  }

  private static Article bestTarget(List<Page> pages, Page partPage, Article part,
      Map<String, Article> byId) {
    List<Article> candidates = new ArrayList<>();
    for (Page p : pages) {
      if (p == partPage || p.page() == null || !p.page().equals(part.continuedFromPage())) {
        continue;
      }
      for (Article a : p.articles()) {
        Integer to = byId.get(a.id()).continuesToPage();
        if (to != null && (partPage.page() == null || to.equals(partPage.page()))) {
          candidates.add(a);
        }
      }
    }
    Article best = null;
    double bestScore = 0;
    for (Article a : candidates) {
      double score = overlap(part.titleStack(), a.titleStack());
      if (score > bestScore) {
        best = a;
        bestScore = score;
      }
    }
    if (best == null && candidates.size() == 1) {
      return candidates.get(0); // the only article that continues here
    }
    return best;
  }

  /** Share of the part's headline character bigrams found in the candidate's headline. */
  static double overlap(String part, String candidate) {
    Set<String> a = bigrams(Text.compact(part));
    Set<String> b = bigrams(Text.compact(candidate));
    if (a.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String g : a) {
      if (b.contains(g)) {
        common++;
      }
    }
    return (double) common / a.size();
  }

  private static Set<String> bigrams(String s) {
    Set<String> out = new HashSet<>();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i + 1 < cps.length; i++) {
      out.add(new String(cps, i, 2));
    }
    return out;
  }
}
