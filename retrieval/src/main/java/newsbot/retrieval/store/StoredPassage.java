package newsbot.retrieval.store;

import newsbot.retrieval.model.Article;

/**
 * A passage as handed to a store: what a citation needs, the hash that tells an unchanged passage
 * from a changed one, and its embedding (a unit vector).
 *
 * @param article the whole article on its first passage, whose terms the store indexes once per
 *     article ({@link Fields#article}); null on the others
 */
public record StoredPassage(IndexedPassage passage, String hash, float[] vector,
    Article article) {

  /** The text whose terms are counted per article (headline stack, body), or null. */
  public String articleText() {
    return article == null ? null : articleText(article);
  }

  /** An article's headline stack and body, as its terms are counted. */
  public static String articleText(Article article) {
    return article.titleStack() + "\n" + article.text();
  }
}
