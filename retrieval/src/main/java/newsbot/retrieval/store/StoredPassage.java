package newsbot.retrieval.store;

/**
 * A passage as handed to a store: what a citation needs, the hash that tells an unchanged passage
 * from a changed one, and its embedding (a unit vector).
 */
public record StoredPassage(IndexedPassage passage, String hash, float[] vector) {}
