package newsbot.retrieval.embed;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import newsbot.retrieval.embed.CacheFile.Layout;
import newsbot.retrieval.embed.CacheFile.Scan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings keyed by the SHA-256 of the embedded text, kept in memory and appended to one file per
 * model: re-ingesting unchanged text computes nothing, across restarts. Thread-safe.
 *
 * <p>Every record on disk carries a checksum ({@link CacheFile}); a torn or corrupt record and
 * everything after it are dropped on load (counted in {@link #dropped()}, logged once), and the
 * next write truncates them away before it appends, so one crash costs only the embeddings it
 * interrupted. Writers take an exclusive lock on {@code <model>.lock} beside the file, and readers
 * a shared one, so several processes may share the folder: a writer first takes in what another
 * process appended since it last looked. A cache opened {@linkplain #openReadOnly read-only}
 * never writes to the folder; what is put in it lives in memory only.
 */
public final class EmbeddingCache {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
  /** One monitor per lock file: a JVM may not hold two overlapping locks on one file. */
  private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path file;
  private final Path lockFile;
  private final boolean readOnly;
  private final int dimension;
  private final CacheFile format;
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
  // what this object knows of the file, as of its last read or write (guarded by this)
  private Layout layout = Layout.LEGACY;
  private long end;
  private long seenSize;
  private int dropped;

  private EmbeddingCache(Path folder, String modelName, int dimension, boolean readOnly) {
    this.file = folder.resolve(modelName + ".bin");
    this.lockFile = folder.resolve(modelName + ".lock");
    this.readOnly = readOnly;
    this.dimension = dimension;
    this.format = new CacheFile(dimension);
  }

  /** Opens (or creates) the cache file of one model in the folder, for reading and appending. */
  public static EmbeddingCache open(Path folder, String modelName, int dimension)
      throws IOException {
    Files.createDirectories(folder);
    EmbeddingCache cache = new EmbeddingCache(folder, modelName, dimension, false);
    cache.load();
    return cache;
  }

  /**
   * Opens the cache file of one model, if any, without ever writing to the folder: for processes
   * that share a data folder with the one that owns it.
   */
  public static EmbeddingCache openReadOnly(Path folder, String modelName, int dimension)
      throws IOException {
    EmbeddingCache cache = new EmbeddingCache(folder, modelName, dimension, true);
    cache.load();
    return cache;
  }

  private synchronized void load() throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    Scan scan = locked(true, () -> {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        return format.read(channel);
      }
    });
    takeIn(scan, true);
    LOG.debug("loaded {} cached embeddings from {}", vectors.size(), file);
  }

  public static String key(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public float[] get(String key) {
    return vectors.get(key);
  }

  public int size() {
    return vectors.size();
  }

  /** Records read from the file and dropped as torn or corrupt (a partial record counts as one). */
  public synchronized int dropped() {
    return dropped;
  }

  /**
   * Adds embeddings and appends them to the file (read-only: keeps them in memory only).
   *
   * @throws IllegalArgumentException for a key that is not a SHA-256, or a vector that is not a
   *     finite unit vector of the cache's dimension; nothing is added then
   */
  public synchronized void putAll(Map<String, float[]> entries) throws IOException {
    entries.forEach(this::check);
    if (entries.isEmpty()) {
      return;
    }
    if (!readOnly) {
      locked(false, () -> {
        append(entries);
        return null;
      });
    }
    vectors.putAll(entries);
  }

  private void check(String key, float[] vector) {
    if (key.length() != 2 * CacheFile.KEY_BYTES || !key.chars().allMatch(HexFormat::isHexDigit)) {
      throw new IllegalArgumentException("not a SHA-256 key: " + key);
    }
    if (vector.length != dimension) {
      throw new IllegalArgumentException("embedding has " + vector.length
          + " dimensions, the cache holds " + dimension);
    }
    if (!CacheFile.isUnit(vector)) {
      throw new IllegalArgumentException("embedding of " + key + " is not a finite unit vector");
    }
  }

  /** Under the exclusive lock: takes in what others wrote, drops a bad tail, appends. */
  private void append(Map<String, float[]> entries) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = channel.size();
      boolean changed = size != seenSize; // another process wrote, or a crash tore its write
      if (layout != Layout.CURRENT || size < end) {
        takeIn(format.read(channel), changed);
      } else if (changed) {
        takeIn(format.records(channel, Layout.CURRENT, end), true);
      }
      if (layout == Layout.CURRENT) {
        if (channel.size() > end) {
          channel.truncate(end);
        }
        CacheFile.write(channel, format.encode(entries, false), end);
        end = channel.size();
        seenSize = end;
        return;
      }
    }
    Map<String, float[]> all = new LinkedHashMap<>(vectors);
    all.putAll(entries);
    end = format.rewrite(file, all);
    seenSize = end;
    layout = Layout.CURRENT;
    LOG.info("wrote {} afresh in format {} with {} embeddings", file, CacheFile.VERSION, all.size());
  }

  /** Adopts what a read found; says what it had to drop unless that was said already. */
  private void takeIn(Scan scan, boolean announce) {
    vectors.putAll(scan.vectors());
    layout = scan.layout();
    end = scan.end();
    seenSize = scan.size();
    if (!announce) {
      return;
    }
    if (scan.layout() == Layout.LEGACY && scan.end() > 0) {
      LOG.info("{} is in format 1: its {} valid embeddings are kept and rewritten in format {} on"
          + " the next write", file, scan.vectors().size(), CacheFile.VERSION);
    }
    if (scan.layout() == Layout.OBSOLETE) {
      LOG.warn("{} was written in another format or dimension: it is rebuilt ({} bytes ignored)",
          file, scan.size());
    } else if (scan.droppedBytes() > 0) {
      int length = format.recordBytes(scan.layout());
      long records = (scan.droppedBytes() + length - 1) / length;
      dropped += (int) records;
      LOG.warn("{}: dropped {} bytes (about {} records) after the last valid record at byte {},"
          + " left by a torn or corrupt write; those texts are embedded again",
          file, scan.droppedBytes(), records, scan.end());
    }
  }

  private interface IoAction<T> {
    T run() throws IOException;
  }

  /**
   * Runs an action holding the lock file: shared to read, exclusive to write. A read-only cache
   * reads without a lock when no lock file exists (it may not create one).
   */
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
