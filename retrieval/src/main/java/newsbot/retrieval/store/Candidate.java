package newsbot.retrieval.store;

/**
 * A passage found by one method, before the fusion decides which are shown.
 *
 * @param ref the passage's handle within the {@link StoreSnapshot} that found it
 * @param score the method's score (BM25, or (1 + cosine) / 2)
 * @param articleId the article the passage belongs to
 */
public record Candidate(int ref, float score, String articleId) {}
