package newsbot.retrieval.parse;

/** A file that cannot be read as a newspaper page; the message says why, for a person. */
public final class RejectedFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public RejectedFileException(String reason) {
    super(reason);
  }
}
