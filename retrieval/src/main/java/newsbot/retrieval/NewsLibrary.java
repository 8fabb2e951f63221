package newsbot.retrieval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.index.IndexInUseException;
import newsbot.retrieval.index.PassageIndex;
import newsbot.retrieval.model.Issue;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.Manifest;
import newsbot.retrieval.parse.PageReader;
import newsbot.retrieval.parse.Rejected;
import newsbot.retrieval.parse.RejectedFileException;
import newsbot.retrieval.search.HybridRetriever;
import newsbot.retrieval.search.RetrievalSettings;
import newsbot.retrieval.search.Retriever;
import newsbot.retrieval.store.ArticleFrequencies;
import newsbot.retrieval.store.PassageStore;
import newsbot.retrieval.store.VectorEncoding;
import newsbot.retrieval.store.PassageSync;
import newsbot.retrieval.store.SyncStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newspaper as the bot knows it: the seeds folder, its parsed articles and the store of their
 * passages ({@link PassageStore}: the embedded Lucene index by default, or a SolrCloud collection
 * through {@link #over}).
 *
 * <p>Layout of the data folder: {@code index/<model>/} the embedded Lucene index (absent when the
 * passages live in another store); {@code embeddings/} the embedding cache (used with any
 * store); {@code parsed/} the fingerprints and parses of the page files, so that neither a restart
 * nor an ingest reads or parses an unchanged page again; {@code pages/} the last good copy of
 * every page file, so a page that turns bad
 * keeps serving its earlier version. {@link #ingest()} is serialised; everything else is
 * thread-safe and keeps working during an ingest.
 *
 * <p>One process writes a data folder at a time. Who opens it how: {@code ingest} and
 * {@code serve} {@link #open} it to write, and a second writer gets {@link IndexInUseException};
 * {@code ask} and {@code search} use {@link #openForQueries}: to write when the folder is free (so
 * a stale index is refreshed first, as always), read-only when another process writes it (the
 * answers then come from the index that process keeps); {@code digest} needs no index and no
 * model, and uses {@link #openReadOnly}. Read-only, nothing is written to the folder.
 */
public final class NewsLibrary implements Closeable, CorpusSource {

  private static final Logger LOG = LoggerFactory.getLogger(NewsLibrary.class);
  /**
   * Bump when parsing, passage or index-schema rules change: an index written under another
   * version is rebuilt from scratch (the embedding cache makes that cheap).
   */
  static final String INDEX_VERSION = "11";

  /**
   * The embedded index's version: the rules, and the vector encoding, so that switching
   * {@code retrieval.vectors} rebuilds it (from the embedding cache, embedding nothing).
   */
  static String embeddedVersion(RetrievalSettings settings) {
    return settings.vectors() == VectorEncoding.INT8 ? INDEX_VERSION + "-int8" : INDEX_VERSION;
  }
  private static final String VERSION_KEY = "index_version";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The largest page {@link #addPage} takes: the limit page files are read with. */
  public static final long MAX_PAGE_BYTES = 2L * 1024 * 1024;
  private static final Pattern PAGE_NAME =
      Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_.-]{0,95}\\.(?i:txt)");

  private final Path seeds;
  private final Path data;
  private final Path pagesCopy;
  private final CorpusParser parser;
  private final PassageStore index;
  private final Embedder embedder;
  private final HybridRetriever retriever;
  private final SeedFolder folder;
  /** What the store's commit must say for it to be reused as it is: the rules and encoding. */
  private final String indexVersion;
  private volatile Corpus corpus;

  private NewsLibrary(Path seeds, Path data, CorpusParser parser, PassageStore index,
      Embedder embedder, RetrievalSettings settings, String indexVersion) {
    this.indexVersion = indexVersion;
    this.seeds = seeds;
    this.data = data;
    this.pagesCopy = data.resolve("pages");
    this.folder = new SeedFolder(seeds, pagesCopy, parser,
        index.readOnly() ? null : data.resolve("parsed"), INDEX_VERSION);
    this.parser = parser;
    this.index = index;
    this.embedder = embedder;
    this.retriever = new HybridRetriever(index, embedder, settings);
  }

  /**
   * Opens the index of the embedder's model in the data folder to write it (ingest, serve);
   * parses nothing yet.
   *
   * @throws IndexInUseException when another process (or another library in this one) writes
   *     the data folder
   */
  public static NewsLibrary open(Path seeds, Path data, CorpusParser parser, Embedder embedder,
      RetrievalSettings settings) throws IOException {
    try {
      return new NewsLibrary(seeds, data, parser,
          PassageIndex.open(indexFolder(data, embedder), settings.vectors()), embedder, settings,
          embeddedVersion(settings));
    } catch (IndexInUseException e) {
      throw IndexInUseException.heldBy(data, e.getCause());
    }
  }

  /**
   * Opens the data folder to read it only: no lock is taken and nothing is written, so it works
   * beside a running {@code serve}. The index may be missing or stale: searches see the last
   * version its writer committed, and {@link #ensureFresh} does not ingest. Needs no embedding
   * for anything but searching.
   */
  public static NewsLibrary openReadOnly(Path seeds, Path data, CorpusParser parser,
      Embedder embedder, RetrievalSettings settings) {
    return new NewsLibrary(seeds, data, parser,
        PassageIndex.openReadOnly(indexFolder(data, embedder)), embedder, settings,
        embeddedVersion(settings));
  }

  /**
   * A library whose passages live in another store (a SolrCloud collection): the data folder
   * keeps the embedding cache and the page copies; the store is the embedder's model's, and the
   * library closes it. Writes when the store does.
   */
  public static NewsLibrary over(Path seeds, Path data, CorpusParser parser, PassageStore store,
      Embedder embedder, RetrievalSettings settings) {
    return new NewsLibrary(seeds, data, parser, store, embedder, settings, INDEX_VERSION);
  }

  /**
   * Opens the data folder for a query command (ask, search): to write when it is free, so that
   * {@link #ensureFresh} can bring a stale index up to date as it always did, and read-only when
   * another process writes it (then the answers come from the index that process keeps fresh).
   */
  public static NewsLibrary openForQueries(Path seeds, Path data, CorpusParser parser,
      Embedder embedder, RetrievalSettings settings) throws IOException {
    try {
      return open(seeds, data, parser, embedder, settings);
    } catch (IndexInUseException e) {
      LOG.info("{} is in use by another process: reading its index without refreshing it", data);
      return openReadOnly(seeds, data, parser, embedder, settings);
    }
  }

  private static Path indexFolder(Path data, Embedder embedder) {
    return data.resolve("index").resolve(embedder.choice().configName());
  }

  /** True when opened to read only: {@link #ingest} refuses, {@link #ensureFresh} never ingests. */
  public boolean readOnly() {
    return index.readOnly();
  }

  public Retriever retriever() {
    return retriever;
  }

  /** The store of the passages (its size, for the status lines). */
  public PassageStore index() {
    return index;
  }

  /** How many of the articles hold a term: the store of their passages counts them. */
  @Override
  public ArticleFrequencies frequencies() {
    return index;
  }

  /** The embedder of the store's model: questions are embedded with it, in-process. */
  public Embedder embedder() {
    return embedder;
  }

  public Path seeds() {
    return seeds;
  }

  /** True when the seeds folder differs from what the index was built from. */
  public boolean isStale() throws IOException {
    return isStale(folder.hashes());
  }

  private boolean isStale(Map<String, String> hashes) throws IOException {
    String committed = index.committed(PassageStore.PAGES_KEY);
    return committed == null || !indexVersion.equals(index.committed(VERSION_KEY))
        || !JSON.readValue(committed, new TypeReference<Map<String, String>>() {})
            .equals(hashes);
  }

  /**
   * Ingests when the index is missing or stale; otherwise reads the parsed pages back (what the
   * first question needs), with the same one look at the folder. Read-only, it never
   * ingests: a stale index is used as it is (with a warning), a missing one is an error.
   *
   * @throws IndexInUseException read-only, when the data folder holds no index yet
   */
  public Optional<IngestReport> ensureFresh() throws IOException {
    Map<String, String> hashes = folder.hashes(); // one pass over the folder serves all below
    if (!isStale(hashes)) {
      parseOnce(hashes);
      return Optional.empty();
    }
    if (!readOnly()) {
      return Optional.of(ingest(hashes));
    }
    if (index.committed(PassageStore.PAGES_KEY) == null) {
      throw IndexInUseException.notBuilt(data);
    }
    LOG.warn("the index in {} is older than the seeds folder; it is read-only here, so answers"
        + " come from it as it is until the process that writes it ingests", data);
    return Optional.empty();
  }

  /**
   * Re-reads the seeds folder and brings the index up to date: new and changed pages are added,
   * deleted pages removed; a file that fails to parse is reported, and its last good version (if
   * any) is kept.
   */
  public IngestReport ingest() throws IOException {
    return ingest(folder.hashes());
  }

  private synchronized IngestReport ingest(Map<String, String> hashes) throws IOException {
    if (readOnly()) {
      throw new IllegalStateException("the library of " + data + " is open read-only");
    }
    long start = System.nanoTime();
    Files.createDirectories(pagesCopy);
    Map<String, String> before = previousHashes();
    SeedFolder.SeedParse seedParse = folder.parse(hashes);
    Corpus parsed = seedParse.corpus();
    boolean otherRules = !indexVersion.equals(index.committed(VERSION_KEY)); // start over
    SyncStats stats = PassageSync.sync(index, embedder, parsed.pages(), otherRules, Map.of(
        PassageStore.PAGES_KEY, JSON.writeValueAsString(hashes), VERSION_KEY, indexVersion));
    folder.refreshCopies(seedParse.effective(), hashes, before);
    this.corpus = parsed;
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, String> e : hashes.entrySet()) {
      String old = before.get(e.getKey());
      if (old == null) {
        added.add(e.getKey());
      } else if (!old.equals(e.getValue())) {
        changed.add(e.getKey());
      }
    }
    List<String> removed = before.keySet().stream().filter(k -> !hashes.containsKey(k)).sorted()
        .toList();
    List<Rejected> rejected = parsed.report().rejected();
    IngestReport report = new IngestReport(added, changed, removed, rejected,
        seedParse.keptPrevious(), parsed.report(), stats, (System.nanoTime() - start) / 1_000_000);
    LOG.info("ingest: {} added, {} changed, {} removed, {} rejected; {}; index {}",
        added.size(), changed.size(), removed.size(), rejected.size(),
        parsed.report().summary(), stats);
    return report;
  }

  /**
   * Adds or replaces one page file and ingests: the name is checked, the bytes decoded and
   * trial-parsed, and only a good page is written (atomically) into the seeds folder. Serialised
   * with {@link #ingest()}.
   *
   * @return the report of the ingest that loaded the page
   * @throws RejectedFileException with the reason, for a person, when the name or the page is not
   *     usable; the seeds folder is then left as it was
   */
  public synchronized IngestReport addPage(String name, byte[] bytes)
      throws IOException, RejectedFileException {
    checkPageName(name);
    if (bytes.length > MAX_PAGE_BYTES) {
      throw new RejectedFileException("too large for a page (" + bytes.length + " bytes)");
    }
    parser.parsePage(name, PageReader.decode(bytes), Manifest.load(seeds).entry(name));
    Path temp = Files.createTempFile(seeds, ".upload-", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, seeds.resolve(name), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    LOG.info("added page {} ({} bytes)", name, bytes.length);
    return ingest();
  }

  /**
   * Refuses a name that cannot be a page file of the seeds folder: not {@code something.txt}, a
   * path, a hidden name (starting with a dot), or characters other than letters, digits, _ . -.
   */
  public static void checkPageName(String name) throws RejectedFileException {
    if (name == null || !PAGE_NAME.matcher(name).matches()) {
      throw new RejectedFileException("file name \"" + name + "\" is not usable: upload a .txt page"
          + " named with letters, digits, _ . - and not starting with a dot");
    }
  }

  /** The parsed articles (parsed on first use when no ingest ran in this process). */
  @Override
  public Corpus corpus() throws IOException {
    Corpus c = corpus;
    return c != null ? c : parseOnce(folder.hashes());
  }

  /** The corpus, parsed from the seeds folder whose files hash so unless parsed already. */
  private synchronized Corpus parseOnce(Map<String, String> hashes) throws IOException {
    if (corpus == null) {
      corpus = folder.parse(hashes).corpus();
    }
    return corpus;
  }

  /** The newest dated issue, if any page carries a date. */
  public Optional<Issue> latestIssue() throws IOException {
    return corpus().issues().stream().filter(i -> i.date() != null).findFirst();
  }

  /** The issue of a date, if loaded. */
  public Optional<Issue> issue(java.time.LocalDate date) throws IOException {
    return corpus().issues().stream().filter(i -> date.equals(i.date())).findFirst();
  }

  /** The issue numbered 总第N期, if loaded. */
  public Optional<Issue> issueNumbered(int issueNo) throws IOException {
    return corpus().issues().stream().filter(i -> Integer.valueOf(issueNo).equals(i.issueNo()))
        .findFirst();
  }

  /** The dates of the loaded issues, newest first. */
  public List<java.time.LocalDate> issueDates() throws IOException {
    return corpus().issues().stream().map(Issue::date).filter(d -> d != null).toList();
  }

  private Map<String, String> previousHashes() throws IOException {
    String committed = index.committed(PassageStore.PAGES_KEY);
    return committed == null ? Map.of()
        : JSON.readValue(committed, new TypeReference<Map<String, String>>() {});
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      embedder.close(); // lets its cache file go; an embedder used again opens it anew
    }
  }
}
