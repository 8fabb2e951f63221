package newsbot.retrieval.store;

/** What one sync changed: passages now, added, updated, deleted, and embeddings computed. */
public record SyncStats(int passages, int added, int updated, int deleted, long embedded) {}
