package newsbot.retrieval.embed;

import java.util.LinkedHashMap;
import java.util.Map;

/** Vectors by key, only the most recently used ones, up to a bound. Not thread-safe. */
final class RecentVectors extends LinkedHashMap<String, float[]> {

  private static final long serialVersionUID = 1L;
  private final int bound;

  RecentVectors(int bound) {
    super(16, 0.75f, true);
    this.bound = bound;
  }

  @Override
  protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
    return size() > bound;
  }
}
