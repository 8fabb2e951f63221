package newsbot.retrieval.embed;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings keyed by the SHA-256 of the embedded text, kept in memory and appended to one file per
 * model: re-ingesting unchanged text computes nothing, across restarts. A torn last record (a crash
 * mid-write) is ignored on load. Thread-safe.
 */
public final class EmbeddingCache {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
  private static final int KEY_BYTES = 32;

  private final Path file;
  private final int dimension;
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

  private EmbeddingCache(Path file, int dimension) {
    this.file = file;
    this.dimension = dimension;
  }

  /** Opens (or creates) the cache file of one model in the folder. */
  public static EmbeddingCache open(Path folder, String modelName, int dimension) throws IOException {
    Files.createDirectories(folder);
    EmbeddingCache cache = new EmbeddingCache(folder.resolve(modelName + ".bin"), dimension);
    cache.load();
    return cache;
  }

  /** A cache that lives in memory only (tests, benchmarks of the model itself). */
  public static EmbeddingCache inMemory(int dimension) {
    return new EmbeddingCache(null, dimension);
  }

  private void load() throws IOException {
    if (file == null || !Files.exists(file)) {
      return;
    }
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 16))) {
      byte[] key = new byte[KEY_BYTES];
      while (true) {
        try {
          in.readFully(key);
          float[] v = new float[dimension];
          for (int i = 0; i < dimension; i++) {
            v[i] = in.readFloat();
          }
          vectors.put(HexFormat.of().formatHex(key), v);
        } catch (EOFException end) {
          break;
        }
      }
    }
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

  /** Adds embeddings and appends them to the file. */
  public synchronized void putAll(Map<String, float[]> entries) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    if (file != null) {
      try (OutputStream raw = Files.newOutputStream(file, StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
          DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
        for (Map.Entry<String, float[]> e : entries.entrySet()) {
          if (e.getValue().length != dimension) {
            throw new IllegalArgumentException("embedding has " + e.getValue().length
                + " dimensions, the cache holds " + dimension);
          }
          out.write(HexFormat.of().parseHex(e.getKey()));
          for (float f : e.getValue()) {
            out.writeFloat(f);
          }
        }
      }
    }
    vectors.putAll(entries);
  }
}
