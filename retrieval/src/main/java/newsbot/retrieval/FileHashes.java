package newsbot.retrieval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SHA-1 of files, re-read only when a file's size or modification time changed since it was last
 * hashed (as git's index does): telling whether ten years of pages changed then costs a directory
 * listing, not reading every page. The fingerprints persist in one small file, rewritten
 * atomically when they change; a missing or unreadable one only means hashing again.
 * Thread-safe: a staleness check may run beside an ingest.
 */
final class FileHashes {

  private static final Logger LOG = LoggerFactory.getLogger(FileHashes.class);

  private record Fingerprint(long size, long modifiedNanos, String sha1) {}

  private final Path store; // null: keep the fingerprints in memory only
  private final Map<String, Fingerprint> known = new HashMap<>();
  private boolean dirty;

  /**
   * @param store the file the fingerprints persist in, or null to keep them in memory only (a
   *     read-only library writes nothing)
   */
  FileHashes(Path store) {
    this.store = store;
    load();
  }

  /** The SHA-1 of each file, by file name. */
  synchronized Map<String, String> of(List<Path> files) throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(f, BasicFileAttributes.class);
      } catch (NoSuchFileException gone) {
        continue; // deleted since the folder was listed
      }
      long nanos = nanos(a.lastModifiedTime().toInstant());
      Fingerprint fp = known.get(name);
      if (fp == null || fp.size() != a.size() || fp.modifiedNanos() != nanos) {
        fp = new Fingerprint(a.size(), nanos, sha1(Files.readAllBytes(f)));
        known.put(name, fp);
        dirty = true;
      }
      out.put(name, fp.sha1());
    }
    if (known.keySet().retainAll(out.keySet())) {
      dirty = true;
    }
    return out;
  }

  /** Writes the fingerprints when they changed (and a store was given). */
  synchronized void save() throws IOException {
    if (store == null || !dirty) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(known).forEach((name, fp) -> sb.append(name).append('\t').append(fp.size())
        .append('\t').append(fp.modifiedNanos()).append('\t').append(fp.sha1()).append('\n'));
    Files.createDirectories(store.getParent());
    Path temp = store.resolveSibling(store.getFileName() + ".tmp");
    Files.writeString(temp, sb, StandardCharsets.UTF_8);
    Files.move(temp, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    dirty = false;
  }

  private void load() {
    if (store == null || !Files.isRegularFile(store)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length == 4 && f[3].length() == 40) {
          known.put(f[0], new Fingerprint(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
        }
      }
    } catch (IOException | NumberFormatException e) {
      LOG.warn("{} could not be read ({}); the pages are hashed again", store, e.toString());
      known.clear();
    }
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }
}
