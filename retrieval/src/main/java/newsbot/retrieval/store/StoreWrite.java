package newsbot.retrieval.store;

import java.util.List;
import java.util.Map;

/**
 * One commit's worth of changes to a store.
 *
 * @param clearFirst delete every passage before applying the rest (written under other rules)
 * @param put passages to add, or to replace by id
 * @param delete ids of passages to remove
 * @param commitData recorded with the commit, read back with {@link PassageStore#committed}
 */
public record StoreWrite(boolean clearFirst, List<StoredPassage> put, List<String> delete,
    Map<String, String> commitData) {
  public StoreWrite {
    put = List.copyOf(put);
    delete = List.copyOf(delete);
    commitData = Map.copyOf(commitData);
  }
}
