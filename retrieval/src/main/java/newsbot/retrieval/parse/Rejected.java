package newsbot.retrieval.parse;

/** A file that was not loaded, and why. */
public record Rejected(String source, String reason) {}
