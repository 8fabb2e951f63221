package newsbot.retrieval.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The data folder is held by another writer (another newsbot process, most likely {@code serve}),
 * or a command that may only read it finds no index in it. The message is one sentence for the
 * person at the command line.
 */
public final class IndexInUseException extends IOException {
  private static final long serialVersionUID = 1L;


  private IndexInUseException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A second writer found the index's write lock held. */
  public static IndexInUseException heldBy(Path dataFolder, Throwable cause) {
    return new IndexInUseException("the data folder " + dataFolder
        + " is in use by another newsbot process (serve?): stop it, or use another --data", cause);
  }

  /** A reader beside the writer found no index yet: the writer is still building it. */
  public static IndexInUseException notBuilt(Path dataFolder) {
    return new IndexInUseException("the data folder " + dataFolder
        + " has no index yet and another newsbot process (serve?) holds it: wait until it has"
        + " built the index, or stop it, or use another --data", null);
  }
}
