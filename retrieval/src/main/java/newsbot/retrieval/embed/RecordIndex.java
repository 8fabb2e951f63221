package newsbot.retrieval.embed;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import newsbot.retrieval.embed.CacheFile.Layout;
import newsbot.retrieval.embed.CacheFile.RecordSink;

/**
 * Where each key's record lies in a cache file: a {@link KeyTable} of the keys' first 8 bytes,
 * whose candidates are told apart by the full key read from the file. Not thread-safe.
 */
final class RecordIndex {

  private final CacheFile format;
  private final KeyTable table = new KeyTable();

  RecordIndex(CacheFile format) {
    this.format = format;
  }

  int size() {
    return table.size();
  }

  /** Bytes the index takes in memory. */
  long bytes() {
    return table.bytes();
  }

  void clear() {
    table.clear();
  }

  /** Takes in each record a scan of the file finds (a later record of a key wins). */
  RecordSink indexer(FileChannel channel) {
    byte[] key = new byte[CacheFile.KEY_BYTES];
    return (layout, chunk, at, record) -> {
      chunk.get(at, key);
      table.put(chunk.getLong(at), record, other -> holds(channel, layout, other, key));
    };
  }

  /** Takes in keys written one after another from a record on. */
  void add(Iterable<String> keys, Layout layout, int first, FileChannel channel)
      throws IOException {
    int record = first;
    for (String key : keys) {
      byte[] bytes = HexFormat.of().parseHex(key);
      table.put(prefix(key), record++, other -> holds(channel, layout, other, bytes));
    }
  }

  /**
   * The number of the key's record, read into the array; -1 when the file has none. Records met
   * on the way whose key is not this one and that fail their checks (a key spoilt on disk, not
   * another key that starts with the same 8 bytes) are added to {@code spoilt}.
   */
  int find(String key, Layout layout, FileChannel channel, byte[] record, List<Integer> spoilt)
      throws IOException {
    byte[] wanted = HexFormat.of().parseHex(key);
    return table.find(prefix(key), r -> {
      if (!CacheFile.readAt(channel, record, format.offset(layout, r))) {
        return false;
      }
      boolean same = Arrays.equals(record, 0, CacheFile.KEY_BYTES, wanted, 0, CacheFile.KEY_BYTES);
      if (!same && format.vector(record, layout) == null) {
        spoilt.add(r);
      }
      return same;
    });
  }

  /** Forgets a record of the key. */
  void remove(String key, int record) {
    table.remove(prefix(key), record);
  }

  /** Whether a record of the file holds this key. */
  private boolean holds(FileChannel channel, Layout layout, int record, byte[] key)
      throws IOException {
    byte[] there = new byte[CacheFile.KEY_BYTES];
    return CacheFile.readAt(channel, there, format.offset(layout, record))
        && Arrays.equals(there, key);
  }

  /** The key's first 8 bytes, what the table holds of it. */
  private static long prefix(String key) {
    return Long.parseUnsignedLong(key, 0, 16, 16);
  }
}
