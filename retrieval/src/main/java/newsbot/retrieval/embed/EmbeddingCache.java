package newsbot.retrieval.embed;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.embed.CacheFile.Layout;
import newsbot.retrieval.embed.CacheFile.Scan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings keyed by the SHA-256 of the embedded text, appended to one file per model:
 * re-ingesting unchanged text computes nothing, across restarts. Thread-safe.
 *
 * <p>Memory does not grow with the file: what stays in memory is where each key's record lies
 * ({@link RecordIndex}, 16 to 32 bytes a key) and a bounded set of recently read vectors;
 * {@link #get} reads the rest from the file, with one positional read, and checks the record whole
 * (full key, checksum, unit length) before it trusts it.
 *
 * <p>Every record on disk carries a checksum ({@link CacheFile}); a torn or corrupt record and
 * everything after it are dropped on load (counted in {@link #dropped()}, logged once), and the
 * next write truncates them away before it appends, so one crash costs only the embeddings it
 * interrupted. A record spoilt after the load is found out when it is read: it is forgotten,
 * counted as dropped and its text embedded again. Writers take an exclusive lock on
 * {@code <model>.lock} beside the file, and readers a shared one, so several processes may share
 * the folder: a writer first takes in what another process appended since it last looked. A cache
 * opened {@linkplain #openReadOnly read-only} never writes to the folder; what is put in it lives
 * in memory only, the {@value #MEMORY_ONLY} most recently put.
 */
public final class EmbeddingCache implements Closeable {

  /** How many vectors read from the file stay in memory, the most recently asked. */
  static final int RECENT = 1024;
  /** How many vectors put in a read-only cache stay in memory, the most recently put. */
  static final int MEMORY_ONLY = 4096;

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);

  private final Path file;
  private final CacheLock lock;
  private final boolean readOnly;
  private final int dimension;
  private final CacheFile format;
  // all below guarded by this
  private final RecordIndex index;
  private final Map<String, float[]> recent = new RecentVectors(RECENT);
  private final Map<String, float[]> memoryOnly = new RecentVectors(MEMORY_ONLY);
  /** Open on the file for reads once it exists, until {@link #close()}. */
  private FileChannel reader;
  // what this object knows of the file, as of its last read or write
  private Layout layout = Layout.LEGACY;
  private long end;
  private long seenSize;
  private int dropped;
  private boolean droppedOnRead;
  private boolean loaded;

  private EmbeddingCache(Path folder, String modelName, int dimension, boolean readOnly) {
    this.file = folder.resolve(modelName + ".bin");
    this.lock = new CacheLock(folder.resolve(modelName + ".lock"), readOnly);
    this.readOnly = readOnly;
    this.dimension = dimension;
    this.format = new CacheFile(dimension);
    this.index = new RecordIndex(format);
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
   * The same, but the file is indexed in the background (a decade of the paper is 2 GB of cache,
   * a second or two to index): a restart does not wait for it, only the first use of the cache
   * does, when the background has not finished by then. A failure there is not lost: the first
   * use indexes again and throws what it meets.
   */
  public static EmbeddingCache openInBackground(Path folder, String modelName, int dimension)
      throws IOException {
    Files.createDirectories(folder);
    EmbeddingCache cache = new EmbeddingCache(folder, modelName, dimension, false);
    Thread t = new Thread(() -> {
      try {
        cache.ensureLoaded();
      } catch (IOException | RuntimeException e) {
        LOG.debug("indexing {} in the background failed; the first use tries again", cache.file,
            e);
      }
    }, "embedding-cache-index");
    t.setDaemon(true);
    t.start();
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

  /** Indexes the file unless that was done. */
  private synchronized void ensureLoaded() throws IOException {
    if (!loaded) {
      load();
    }
  }

  private synchronized void load() throws IOException {
    if (Files.exists(file)) {
      takeIn(lock.shared(() -> reindex(reader())), true);
      LOG.debug("indexed {} cached embeddings in {}", index.size(), file);
    }
    loaded = true;
  }

  public static String key(String text) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The embedding of a key, or null when the cache has none or its record no longer checks out
   * (then it is forgotten and counted in {@link #dropped()}: the caller embeds the text again).
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public synchronized float[] get(String key) {
    loaded();
    float[] vector = memoryOnly.get(key);
    if (vector == null) {
      vector = recent.get(key);
    }
    if (vector != null || index.size() == 0 || !isKey(key)) {
      return vector;
    }
    byte[] record = new byte[format.recordBytes(layout)];
    List<Integer> spoilt = new ArrayList<>(0);
    try {
      int found = index.find(key, layout, reader(), record, spoilt);
      vector = found < 0 ? null : format.vector(record, layout);
      if (found >= 0 && vector == null) {
        spoilt.add(found);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding cache " + file, e);
    }
    spoilt.forEach(r -> forget(key, r));
    if (vector != null) {
      recent.put(key, vector);
    }
    return vector;
  }

  private void loaded() {
    try {
      ensureLoaded();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding cache " + file, e);
    }
  }

  /** Drops a record that no longer checks out; says so the first time. */
  private void forget(String key, int record) {
    index.remove(key, record);
    dropped++;
    if (!droppedOnRead) {
      droppedOnRead = true;
      LOG.warn("{}: the record at byte {} (asked for {}) no longer checks out: spoilt on disk since"
          + " it was loaded; its text is embedded again, and further ones are counted in dropped()",
          file, format.offset(layout, record), key);
    }
  }

  /** Keys held: those of the file, and those put in a read-only cache that it still holds. */
  public synchronized int size() {
    loaded();
    return index.size() + memoryOnly.size();
  }

  /** Vectors held in memory (the file holds the rest): bounded, whatever the file's size. */
  synchronized int vectorsInMemory() {
    loaded();
    return recent.size() + memoryOnly.size();
  }

  /** Bytes taken by the table of where each key's record lies. */
  synchronized long tableBytes() {
    loaded();
    return index.bytes();
  }

  /** Records dropped as torn or corrupt, on load or on read (a partial record counts as one). */
  public synchronized int dropped() {
    loaded();
    return dropped;
  }

  /**
   * Adds embeddings and appends them to the file (read-only: keeps them in memory only, those the
   * file does not hold already).
   *
   * @throws IllegalArgumentException for a key that is not a SHA-256, or a vector that is not a
   *     finite unit vector of the cache's dimension; nothing is added then
   */
  public synchronized void putAll(Map<String, float[]> entries) throws IOException {
    ensureLoaded();
    entries.forEach(this::check);
    if (entries.isEmpty()) {
      return;
    }
    if (readOnly) {
      byte[] record = new byte[format.recordBytes(layout)];
      for (Map.Entry<String, float[]> e : entries.entrySet()) {
        if (index.size() == 0
            || index.find(e.getKey(), layout, reader(), record, new ArrayList<>(0)) < 0) {
          memoryOnly.put(e.getKey(), e.getValue());
        }
      }
      return;
    }
    lock.exclusive(() -> {
      append(entries);
      return null;
    });
    entries.keySet().forEach(recent::remove);
  }

  private static boolean isKey(String key) {
    return key.length() == 2 * CacheFile.KEY_BYTES && key.chars().allMatch(HexFormat::isHexDigit);
  }

  private void check(String key, float[] vector) {
    if (!isKey(key)) {
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
    Map<String, float[]> all;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = channel.size();
      boolean changed = size != seenSize; // another process wrote, or a crash tore its write
      if (layout != Layout.CURRENT || size < end) {
        closeReader(); // another process may have replaced the file
        takeIn(reindex(channel), changed);
      } else if (changed) {
        takeIn(format.records(channel, Layout.CURRENT, end, index.indexer(channel)), true);
      }
      if (layout == Layout.CURRENT) {
        if (channel.size() > end) {
          channel.truncate(end);
        }
        CacheFile.write(channel, format.encode(entries, false), end);
        index.add(entries.keySet(), layout, recordAt(end), channel);
        end = channel.size();
        seenSize = end;
        return;
      }
      // the one path that holds every vector: format 1 is read whole to be written in format 2
      all = layout == Layout.LEGACY ? format.vectors(channel, layout) : new LinkedHashMap<>();
    }
    all.putAll(entries);
    closeReader();
    end = format.rewrite(file, all);
    seenSize = end;
    layout = Layout.CURRENT;
    index.clear();
    index.add(all.keySet(), layout, 0, reader());
    LOG.info("wrote {} afresh in format {} with {} embeddings", file, CacheFile.VERSION,
        all.size());
  }

  private int recordAt(long offset) {
    return (int) ((offset - format.offset(layout, 0)) / format.recordBytes(layout));
  }

  /** Forgets what the index held and fills it with a scan of the whole file. */
  private Scan reindex(FileChannel channel) throws IOException {
    index.clear();
    return format.read(channel, index.indexer(channel));
  }

  private FileChannel reader() throws IOException {
    if (reader == null) {
      reader = FileChannel.open(file, StandardOpenOption.READ);
    }
    return reader;
  }

  private void closeReader() throws IOException {
    if (reader != null) {
      reader.close();
      reader = null;
    }
  }

  /**
   * Lets the file go. A cache closed and used again opens it anew (it holds no other resource);
   * everything in memory is kept.
   */
  @Override
  public synchronized void close() throws IOException {
    closeReader();
  }

  /** Adopts what a scan found; says what it had to drop unless that was said already. */
  private void takeIn(Scan scan, boolean announce) {
    layout = scan.layout();
    end = scan.end();
    seenSize = scan.size();
    if (!announce) {
      return;
    }
    if (scan.layout() == Layout.LEGACY && scan.end() > 0) {
      LOG.info("{} is in format 1: its {} valid embeddings are kept and rewritten in format {} on"
          + " the next write", file, scan.records(), CacheFile.VERSION);
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
}
