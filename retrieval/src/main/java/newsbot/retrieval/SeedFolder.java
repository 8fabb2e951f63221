package newsbot.retrieval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.Manifest;
import newsbot.retrieval.parse.CorpusParser.ParsedFile;
import newsbot.retrieval.parse.RejectedFileException;
import newsbot.retrieval.parse.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seeds folder and the last good copy of each page (data/pages/): parsing it with a rejected
 * page's previous version standing in, hashing its files, and keeping the copies.
 * {@link NewsLibrary} calls {@link #parse} and {@link #refreshCopies} under its ingest lock (or
 * for a first parse); {@link #hashes} is thread-safe (a staleness check may run beside them).
 */
final class SeedFolder {

  private static final Logger LOG = LoggerFactory.getLogger(SeedFolder.class);

  private final Path seeds;
  private final Path pagesCopy;
  private final FileHashes hashes;
  private final ParsedPageCache parsed;

  /**
   * @param cache the folder the file fingerprints and parsed pages persist in, or null to keep
   *     them in memory only (a read-only library writes nothing)
   * @param version the parsing rules' version
   */
  SeedFolder(Path seeds, Path pagesCopy, CorpusParser parser, Path cache, String version) {
    this.seeds = seeds;
    this.pagesCopy = pagesCopy;
    this.hashes = new FileHashes(cache == null ? null : cache.resolve("page-hashes.tsv"));
    this.parsed = new ParsedPageCache(cache == null ? null : cache.resolve("parsed-pages.bin"),
        parser, version);
  }

  /**
   * The seeds folder parsed; a page that is rejected but has a last good copy is parsed from that
   * copy. Only new and changed pages are parsed: the others come from the cache of parses.
   *
   * @param corpus what was parsed: pages of the seed files, or of copies standing in
   * @param effective the files the corpus was parsed from: seed files, or copies standing in
   * @param keptPrevious the rejected pages whose previous version stands in
   */
  record SeedParse(Corpus corpus, List<Path> effective, List<String> keptPrevious) {}

  /** Parses the seeds folder, whose files hash as given ({@link #hashes()}). */
  SeedParse parse(Map<String, String> sha1) throws IOException {
    Manifest manifest = Manifest.load(seeds);
    List<Path> files = CorpusParser.pageFiles(seeds);
    List<ParsedFile> pages = new ArrayList<>();
    List<Rejected> rejected = new ArrayList<>();
    List<String> keptPrevious = new ArrayList<>();
    List<Path> effective = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String hash = sha1.get(name);
      try {
        pages.add(parsed.parse(file, hash != null ? hash : FileHashes.sha1(Files.readAllBytes(file)),
            manifest.entry(name)));
        effective.add(file);
      } catch (RejectedFileException e) {
        LOG.warn("rejected {}: {}", name, e.getMessage());
        rejected.add(new Rejected(name, e.getMessage()));
        Path previous = pagesCopy.resolve(name);
        if (Files.isRegularFile(previous)) {
          try {
            pages.add(parsed.parse(previous, FileHashes.sha1(Files.readAllBytes(previous)),
                manifest.entry(name)));
            effective.add(previous);
            keptPrevious.add(name);
            LOG.warn("{} was rejected; its previous version stays", name);
          } catch (RejectedFileException alsoBad) {
            LOG.warn("the previous version of {} does not parse either: {}", name,
                alsoBad.getMessage());
          }
        }
      }
    }
    parsed.keepUsedAndSave();
    return new SeedParse(CorpusParser.assemble(pages, files.size(), rejected), effective,
        keptPrevious);
  }

  /**
   * Keeps data/pages/ holding exactly the last good copy of each page in use: copies what is
   * missing there or changed since the hashes of the last ingest ({@code before}).
   */
  void refreshCopies(List<Path> effective, Map<String, String> now, Map<String, String> before)
      throws IOException {
    Set<String> keep = new HashSet<>();
    for (Path file : effective) {
      String name = file.getFileName().toString();
      keep.add(name);
      Path target = pagesCopy.resolve(name);
      boolean same = file.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize());
      boolean unchanged = Files.isRegularFile(target) && now.get(name) != null
          && now.get(name).equals(before.get(name)) && Files.size(target) == Files.size(file);
      if (!same && !unchanged) {
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    try (Stream<Path> s = Files.list(pagesCopy)) {
      for (Path p : s.toList()) {
        if (!keep.contains(p.getFileName().toString())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * SHA-1 of every page file and the manifest in the seeds folder; a file is read again only
   * when its size or modification time changed.
   */
  Map<String, String> hashes() throws IOException {
    List<Path> files = new ArrayList<>(CorpusParser.pageFiles(seeds));
    Path manifest = seeds.resolve(Manifest.FILE_NAME);
    if (Files.isRegularFile(manifest)) {
      files.add(manifest);
    }
    Map<String, String> out = hashes.of(files);
    hashes.save();
    return out;
  }
}
