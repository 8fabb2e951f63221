package newsbot.retrieval;

import java.util.List;
import newsbot.retrieval.parse.ParseReport;
import newsbot.retrieval.store.SyncStats;

/**
 * What an ingest or reload did: which page files were added, changed, removed or rejected, what
 * the parser counted, and what the passage store changed.
 *
 * @param rejected files not loaded; where an earlier good version existed, it stays in the index
 * @param keptPrevious the rejected files whose earlier good version is still served
 */
public record IngestReport(
    List<String> added,
    List<String> changed,
    List<String> removed,
    List<newsbot.retrieval.parse.Rejected> rejected,
    List<String> keptPrevious,
    ParseReport parse,
    SyncStats index,
    long millis) {

  public IngestReport {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    rejected = List.copyOf(rejected);
    keptPrevious = List.copyOf(keptPrevious);
  }

  /** True when nothing about the page files changed. */
  public boolean unchanged() {
    return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
  }
}
