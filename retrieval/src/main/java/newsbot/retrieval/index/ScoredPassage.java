package newsbot.retrieval.index;

/** A passage and the score one retrieval method gave it. */
public record ScoredPassage(IndexedPassage passage, float score) {}
