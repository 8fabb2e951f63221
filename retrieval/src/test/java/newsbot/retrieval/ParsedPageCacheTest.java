package newsbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsbot.retrieval.parse.CorpusParser;
import newsbot.retrieval.parse.CorpusParser.ParsedFile;
import newsbot.retrieval.parse.Manifest;
import newsbot.retrieval.parse.PageReader;
import newsbot.retrieval.parse.ParsedFileCodec;
import newsbot.retrieval.parse.RejectedFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ten years of pages are neither read nor parsed again at a restart or an ingest: the parses and
 * the files' fingerprints persist in the data folder, and only what changed is redone.
 */
class ParsedPageCacheTest {

  private static final String PAGE = "002_3ca735ac978f3637.txt";
  private static final Manifest.Entry NO_ENTRY = Manifest.empty().entry(PAGE);

  @TempDir Path dir;

  @Test
  void should_read_back_every_field_of_the_seed_pages_exactly_as_parsed() throws Exception {
    CorpusParser parser = Fixtures.parser();
    Map<String, ParsedFile> parsed = new LinkedHashMap<>();
    for (Path file : CorpusParser.pageFiles(Fixtures.SEEDS)) {
      String name = file.getFileName().toString();
      parsed.put(name, parser.parseFile(name, PageReader.read(file), NO_ENTRY));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ParsedFileCodec.write(out, "rules 1", parsed);
    byte[] bytes = out.toByteArray();

    assertEquals(parsed, ParsedFileCodec.read(ByteBuffer.wrap(bytes), "rules 1"),
        "records compare every field: pages, articles, paragraphs, tallies");
    assertEquals(Map.of(), ParsedFileCodec.read(ByteBuffer.wrap(bytes), "rules 2"),
        "parses made under other rules are not used");
    bytes[bytes.length / 2] ^= 1;
    assertEquals(Map.of(), ParsedFileCodec.read(ByteBuffer.wrap(bytes), "rules 1"),
        "a damaged file reads as empty: the pages are parsed again");
  }

  @Test
  void should_give_a_restarted_cache_the_parse_without_reading_the_page() throws Exception {
    Path page = copySeed();
    String sha1 = FileHashes.sha1(Files.readAllBytes(page));
    Path store = dir.resolve("data/parsed-pages.bin");
    ParsedPageCache first = new ParsedPageCache(store, Fixtures.parser(), "9");
    ParsedFile parsed = first.parse(page, sha1, NO_ENTRY);
    first.keepUsedAndSave();
    Files.delete(page); // reading it now would fail

    assertEquals(parsed, new ParsedPageCache(store, Fixtures.parser(), "9")
        .parse(page, sha1, NO_ENTRY));
    RejectedFileException e = assertThrows(RejectedFileException.class,
        () -> new ParsedPageCache(store, Fixtures.parser(), "10").parse(page, sha1, NO_ENTRY),
        "under new parsing rules the page is parsed again");
    assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
  }

  @Test
  void should_forget_the_parses_of_pages_no_longer_in_the_folder() throws Exception {
    Path page = copySeed();
    String sha1 = FileHashes.sha1(Files.readAllBytes(page));
    Path store = dir.resolve("data/parsed-pages.bin");
    ParsedPageCache cache = new ParsedPageCache(store, Fixtures.parser(), "9");
    cache.parse(page, sha1, NO_ENTRY);
    cache.keepUsedAndSave();
    cache.keepUsedAndSave(); // a pass that asked for no page: the folder is empty now
    Files.delete(page);

    assertThrows(RejectedFileException.class,
        () -> new ParsedPageCache(store, Fixtures.parser(), "9").parse(page, sha1, NO_ENTRY));
  }

  @Test
  void should_hash_a_page_again_only_when_its_size_or_time_changed() throws IOException {
    Path page = copySeed();
    Path store = dir.resolve("data/page-hashes.tsv");
    FileHashes hashes = new FileHashes(store);
    String before = hashes.of(List.of(page)).get(PAGE);
    hashes.save();
    FileTime time = Files.getLastModifiedTime(page);
    byte[] bytes = Files.readAllBytes(page);
    bytes[bytes.length - 2] = (byte) (bytes[bytes.length - 2] == 'x' ? 'y' : 'x'); // same size
    Files.write(page, bytes);
    Files.setLastModifiedTime(page, time);

    assertEquals(before, new FileHashes(store).of(List.of(page)).get(PAGE),
        "same size and time: trusted without reading, as git does");
    Files.setLastModifiedTime(page, FileTime.fromMillis(time.toMillis() + 1000));
    String after = new FileHashes(store).of(List.of(page)).get(PAGE);
    assertNotEquals(before, after);
    assertEquals(FileHashes.sha1(bytes), after);
  }

  @Test
  void should_read_and_parse_only_the_new_page_when_a_day_is_added() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    for (Path f : CorpusParser.pageFiles(Fixtures.SEEDS)) {
      if (!f.getFileName().toString().equals(PAGE)) {
        Files.copy(f, seeds.resolve(f.getFileName()));
      }
    }
    Path cache = dir.resolve("data/parsed");
    Path copies = Files.createDirectories(dir.resolve("data/pages"));
    SeedFolder folder = new SeedFolder(seeds, copies, Fixtures.parser(), cache, "9");
    int old = folder.parse(folder.hashes()).corpus().articles().size();
    for (Path f : CorpusParser.pageFiles(seeds)) { // were they read again, they would not parse
      FileTime time = Files.getLastModifiedTime(f);
      byte[] junk = new byte[(int) Files.size(f)];
      java.util.Arrays.fill(junk, (byte) 'x');
      Files.write(f, junk);
      Files.setLastModifiedTime(f, time);
    }
    Files.copy(Fixtures.SEEDS.resolve(PAGE), seeds.resolve(PAGE));

    SeedFolder restarted = new SeedFolder(seeds, copies, Fixtures.parser(), cache, "9");
    SeedFolder.SeedParse now = restarted.parse(restarted.hashes());

    assertEquals(List.of(), now.corpus().report().rejected());
    assertEquals(5, now.corpus().pages().size());
    long added = now.corpus().articles().stream().filter(a -> a.source().equals(PAGE)).count();
    assertTrue(added > 0);
    assertEquals(old + added, now.corpus().articles().size());
  }

  private Path copySeed() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    return Files.copy(Fixtures.SEEDS.resolve(PAGE), seeds.resolve(PAGE),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
