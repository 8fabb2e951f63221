package newsbot.retrieval.store;

/**
 * A sentence-aligned piece of an article: the unit that is indexed, embedded and retrieved.
 *
 * @param id article id + "#" + ordinal, stable while the article's text is
 * @param articleId the article it belongs to
 * @param ordinal its position in the article, from 0
 * @param text the passage: whole sentences, verbatim from the article
 */
public record Passage(String id, String articleId, int ordinal, String text) {}
