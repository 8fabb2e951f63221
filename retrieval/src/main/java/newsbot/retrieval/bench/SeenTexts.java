package newsbot.retrieval.bench;

/**
 * The texts generated so far, as 64-bit hashes in an open-addressing table: a decade of sentences
 * (≈ 4 million) costs tens of megabytes, not the gigabyte a set of strings would. Two different
 * texts sharing a 64-bit hash would be refused as a repeat; at these counts the chance is about
 * one in a million million. Not thread-safe.
 */
final class SeenTexts {

  private long[] slots = new long[1 << 16];
  private int size;

  /** Adds the text; false when it was seen before. */
  boolean add(String text) {
    long h = hash(text);
    if (h == 0) {
      h = 1; // 0 marks an empty slot
    }
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    if (!insert(slots, h)) {
      return false;
    }
    size++;
    return true;
  }

  boolean contains(String text) {
    long h = hash(text);
    h = h == 0 ? 1 : h;
    int mask = slots.length - 1;
    for (int i = (int) (h ^ (h >>> 32)) & mask; slots[i] != 0; i = (i + 1) & mask) {
      if (slots[i] == h) {
        return true;
      }
    }
    return false;
  }

  private static boolean insert(long[] table, long h) {
    int mask = table.length - 1;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == h) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = h;
    return true;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long h : slots) {
      if (h != 0) {
        insert(bigger, h);
      }
    }
    slots = bigger;
  }

  /** FNV-1a over the UTF-16 units, then a 64-bit finaliser (splitmix64). */
  static long hash(String text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 30;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 27;
    h *= 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
