package newsbot.retrieval.store;

import java.util.Locale;

/**
 * How a store keeps the passage embeddings for kNN search: as 32-bit floats, or scalar-quantized
 * to one byte per dimension (a quarter of the memory the search touches; the floats stay on disk
 * for rescoring and re-quantizing). Engines map it to their own formats.
 */
public enum VectorEncoding {
  FLOAT32,
  INT8;

  /** {@code float32} or {@code int8}, as the configuration spells it. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static VectorEncoding fromConfig(String name) {
    for (VectorEncoding e : values()) {
      if (e.configName().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    throw new IllegalArgumentException("must be float32 or int8, not '" + name + "'");
  }
}
