package newsbot.retrieval.embed;

import java.io.IOException;
import java.util.Arrays;

/**
 * Where each key's record lies in a cache file: the first 8 bytes of the SHA-256 key and the
 * record's number, in two primitive arrays probed linearly (12 bytes a slot, at most three slots
 * in four used: 16 to 32 bytes a key, no object per key). Two keys may share their first 8 bytes:
 * the caller tells them apart by the full key, which only the file holds ({@link KeyCheck}). Not
 * thread-safe.
 */
final class KeyTable {

  /** Whether the record of a given number holds the key looked for (read from the file). */
  interface KeyCheck {
    boolean holdsKey(int record) throws IOException;
  }

  private static final int EMPTY = -1;
  private static final int MIN_CAPACITY = 16;

  private long[] prefixes;
  private int[] records;
  private int size;

  KeyTable() {
    clear();
  }

  int size() {
    return size;
  }

  /** Bytes the table's arrays take. */
  long bytes() {
    return (long) records.length * (Long.BYTES + Integer.BYTES);
  }

  void clear() {
    prefixes = new long[MIN_CAPACITY];
    records = new int[MIN_CAPACITY];
    Arrays.fill(records, EMPTY);
    size = 0;
  }

  /** The number of the record holding the key, or -1. */
  int find(long prefix, KeyCheck check) throws IOException {
    for (int i = home(prefix); records[i] != EMPTY; i = next(i)) {
      if (prefixes[i] == prefix && check.holdsKey(records[i])) {
        return records[i];
      }
    }
    return EMPTY;
  }

  /** Points the key at a record: the one it pointed at before, if any, is forgotten. */
  void put(long prefix, int record, KeyCheck check) throws IOException {
    int i = home(prefix);
    for (; records[i] != EMPTY; i = next(i)) {
      if (prefixes[i] == prefix && check.holdsKey(records[i])) {
        records[i] = record;
        return;
      }
    }
    prefixes[i] = prefix;
    records[i] = record;
    if (++size > records.length / 4 * 3) {
      grow();
    }
  }

  /** Forgets the key whose record this is. */
  void remove(long prefix, int record) {
    for (int i = home(prefix); records[i] != EMPTY; i = next(i)) {
      if (prefixes[i] == prefix && records[i] == record) {
        shiftBack(i);
        size--;
        return;
      }
    }
  }

  /** Empties a slot, moving back the entries after it that could not sit at their home slot. */
  private void shiftBack(int hole) {
    int free = hole;
    for (int j = next(free); records[j] != EMPTY; j = next(j)) {
      int home = home(prefixes[j]);
      boolean staysPut = free <= j ? free < home && home <= j : free < home || home <= j;
      if (!staysPut) {
        prefixes[free] = prefixes[j];
        records[free] = records[j];
        free = j;
      }
    }
    records[free] = EMPTY;
  }

  private void grow() {
    long[] oldPrefixes = prefixes;
    int[] oldRecords = records;
    prefixes = new long[oldRecords.length * 2];
    records = new int[oldRecords.length * 2];
    Arrays.fill(records, EMPTY);
    for (int j = 0; j < oldRecords.length; j++) {
      if (oldRecords[j] != EMPTY) {
        int i = home(oldPrefixes[j]);
        while (records[i] != EMPTY) {
          i = next(i);
        }
        prefixes[i] = oldPrefixes[j];
        records[i] = oldRecords[j];
      }
    }
  }

  private int home(long prefix) {
    // SHA-256 bytes are uniform already; the multiply spreads keys a test made alike
    return (int) ((prefix * 0x9E37_79B9_7F4A_7C15L) >>> (64 - Integer.numberOfTrailingZeros(
        records.length)));
  }

  private int next(int i) {
    return (i + 1) & (records.length - 1);
  }
}
