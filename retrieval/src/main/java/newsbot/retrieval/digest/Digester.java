package newsbot.retrieval.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsbot.retrieval.Links;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Issue;
import newsbot.retrieval.model.Page;
import newsbot.retrieval.text.Sentences;

/**
 * Builds the digest of an issue. The summary is the article's lead sentence without the
 * 本报讯/记者 boilerplate, cut at a clause boundary to stay short on a phone. Stateless.
 */
public final class Digester {

  /** A summary longer than this is cut at the last comma before it. */
  public static final int MAX_SUMMARY_CHARS = 60;
  private static final Pattern BOILERPLATE = Pattern.compile(
      "^(本报讯|本报消息|据报道)\\s*([(\uFF08][^)\uFF09]{0,40}[)\uFF09])?\\s*"
          + "|^(记者|通讯员)[^,\uFF0C。]{0,20}(报道)?[,\uFF0C]?\\s*");

  private final Links links;

  public Digester(Links links) {
    this.links = links;
  }

  public Digest digest(Issue issue) {
    List<Digest.PageDigest> pages = new ArrayList<>();
    for (Page page : issue.pages()) {
      List<Digest.Item> items = new ArrayList<>();
      for (Article a : page.articles()) {
        items.add(new Digest.Item(a.id(), a.title(), a.kind().jsonName(), a.kind().label(),
            summary(a), links.best(a.id(), page.date(), page.page()), links.viewer(a.id())));
      }
      pages.add(new Digest.PageDigest(page.page(), page.source(), items));
    }
    return new Digest(issue.date(), issue.issueNo(), pages);
  }

  /** The lead sentence, boilerplate removed, at most {@value #MAX_SUMMARY_CHARS} characters. */
  public static String summary(Article a) {
    for (String paragraph : a.paragraphs()) {
      String p = paragraph;
      String before;
      do {
        before = p;
        p = BOILERPLATE.matcher(p).replaceFirst("");
      } while (!p.equals(before));
      List<String> sentences = Sentences.split(p);
      if (sentences.isEmpty() || sentences.get(0).length() < 8) {
        continue; // a subhead or a fragment: try the next paragraph
      }
      return shorten(sentences.get(0));
    }
    return a.subtitle().isEmpty() ? a.title() : a.subtitle();
  }

  private static String shorten(String sentence) {
    if (sentence.codePointCount(0, sentence.length()) <= MAX_SUMMARY_CHARS) {
      return sentence;
    }
    String head = sentence.substring(0, sentence.offsetByCodePoints(0, MAX_SUMMARY_CHARS));
    int cut = Math.max(Math.max(head.lastIndexOf(','), head.lastIndexOf(',')),
        Math.max(head.lastIndexOf(';'), head.lastIndexOf(';')));
    if (cut >= 20) {
      head = head.substring(0, cut);
    }
    return head + "……";
  }
}
