package newsbot.retrieval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import newsbot.retrieval.parse.Corpus;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.Manifest;
import newsbot.retrieval.parse.ParseReport;
import newsbot.retrieval.parse.Rejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seeds folder and the last good copy of each page (data/pages/): parsing it with a rejected
 * page's previous version standing in, hashing its files, and keeping the copies. Not
 * thread-safe: {@link NewsLibrary} calls it under its ingest lock (or for a first parse).
 */
final class SeedFolder {

  private static final Logger LOG = LoggerFactory.getLogger(SeedFolder.class);

  private final Path seeds;
  private final Path pagesCopy;
  private final CorpusParser parser;

  SeedFolder(Path seeds, Path pagesCopy, CorpusParser parser) {
    this.seeds = seeds;
    this.pagesCopy = pagesCopy;
    this.parser = parser;
  }

  /**
   * The seeds folder parsed once; a page that is rejected but has a last good copy is parsed
   * again from that copy (only then is a second parse needed).
   *
   * @param effective the files the corpus was parsed from: seed files, or copies standing in
   * @param keptPrevious the rejected pages whose previous version stands in
   */
  record SeedParse(Corpus corpus, List<Path> effective, List<String> keptPrevious) {}

  SeedParse parse() throws IOException {
    Manifest manifest = Manifest.load(seeds);
    List<Path> files = CorpusParser.pageFiles(seeds);
    Corpus first = parser.parse(files, manifest);
    List<String> keptPrevious = new ArrayList<>();
    List<Path> effective = new ArrayList<>();
    Set<String> rejected = new HashSet<>();
    for (Rejected r : first.report().rejected()) {
      rejected.add(r.source());
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      Path previous = pagesCopy.resolve(name);
      if (!rejected.contains(name)) {
        effective.add(file);
      } else if (Files.isRegularFile(previous)) {
        effective.add(previous);
        keptPrevious.add(name);
        LOG.warn("{} was rejected; its previous version stays", name);
      }
    }
    if (keptPrevious.isEmpty()) {
      return new SeedParse(first, effective, keptPrevious);
    }
    Corpus second = parser.parse(effective, manifest);
    ParseReport r = second.report();
    ParseReport report = new ParseReport(files.size(), r.pages(), r.articles(), r.furnitureLines(),
        r.repeatedParagraphs(), r.joinedParagraphs(), r.stitchedContinuations(),
        r.unassignedLines(), first.report().rejected());
    return new SeedParse(new Corpus(second.issues(), second.pages(), report), effective,
        keptPrevious);
  }

  /** Keeps data/pages/ holding exactly the last good copy of each page in use. */
  void refreshCopies(List<Path> effective) throws IOException {
    List<String> keep = new ArrayList<>();
    for (Path file : effective) {
      String name = file.getFileName().toString();
      keep.add(name);
      Path target = pagesCopy.resolve(name);
      if (!file.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
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

  /** SHA-1 of every page file and the manifest in the seeds folder. */
  Map<String, String> hashes() throws IOException {
    Map<String, String> out = new TreeMap<>();
    List<Path> files = new ArrayList<>(CorpusParser.pageFiles(seeds));
    Path manifest = seeds.resolve(Manifest.FILE_NAME);
    if (Files.isRegularFile(manifest)) {
      files.add(manifest);
    }
    for (Path f : files) {
      out.put(f.getFileName().toString(), sha1(Files.readAllBytes(f)));
    }
    return out;
  }

  private static String sha1(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
