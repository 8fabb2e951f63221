package newsbot.retrieval.embed;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock file beside a cache file, through which the processes sharing a folder take turns:
 * shared to read, exclusive to write. A read-only user reads without a lock when no lock file
 * exists (it may not create one). Thread-safe.
 */
final class CacheLock {

  /** What runs holding the lock. */
  interface IoAction<T> {
    T run() throws IOException;
  }

  /** One monitor per lock file: a JVM may not hold two overlapping locks on one file. */
  private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path lockFile;
  private final boolean readOnly;

  CacheLock(Path lockFile, boolean readOnly) {
    this.lockFile = lockFile;
    this.readOnly = readOnly;
  }

  <T> T shared(IoAction<T> action) throws IOException {
    return locked(true, action);
  }

  <T> T exclusive(IoAction<T> action) throws IOException {
    return locked(false, action);
  }

  @SuppressWarnings("try") // the lock works by being held open for the block
  private <T> T locked(boolean shared, IoAction<T> action) throws IOException {
    if (readOnly && !Files.exists(lockFile)) {
      return action.run();
    }
    Object monitor = IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(),
        p -> new Object());
    synchronized (monitor) {
      try (FileChannel channel = shared && readOnly
              ? FileChannel.open(lockFile, StandardOpenOption.READ)
              : FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock(0, Long.MAX_VALUE, shared)) {
        return action.run();
      }
    }
  }
}
