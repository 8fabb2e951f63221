package newsbot.retrieval.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsbot.retrieval.embed.Embedder;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Page;

/**
 * Makes a store hold exactly the passages of a list of pages, for any engine: compares each
 * passage's hash with what the store holds, embeds only the new and changed ones (in-process,
 * through the embedding cache), and writes adds, updates and deletes in one commit. Stateless.
 */
public final class PassageSync {
  private PassageSync() {}

  /**
   * Syncs the store with the pages and commits with the data.
   *
   * @param clearFirst start over: every passage is written again (from the embedding cache)
   */
  public static SyncStats sync(PassageStore store, Embedder embedder, List<Page> pages,
      boolean clearFirst, Map<String, String> commitData) throws IOException {
    Map<String, String> existing = clearFirst ? Map.of() : store.hashes();
    List<IndexedPassage> changed = new ArrayList<>();
    List<Article> firsts = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    List<String> embedTexts = new ArrayList<>();
    Set<String> present = new HashSet<>();
    int passages = 0;
    int added = 0;
    for (Page page : pages) {
      for (Article article : page.articles()) {
        for (Passage p : Passages.of(article)) {
          passages++;
          present.add(p.id());
          String embedText = embeddingText(article, p);
          String hash = hash(page, article, p, embedText);
          String old = existing.get(p.id());
          if (hash.equals(old)) {
            continue;
          }
          added += old == null ? 1 : 0;
          changed.add(indexed(page, article, p));
          firsts.add(p.ordinal() == 0 ? article : null);
          hashes.add(hash);
          embedTexts.add(embedText);
        }
      }
    }
    long before = embedder.computed();
    List<float[]> vectors = embedder.embedPassages(embedTexts);
    List<StoredPassage> put = new ArrayList<>(changed.size());
    for (int i = 0; i < changed.size(); i++) {
      put.add(new StoredPassage(changed.get(i), hashes.get(i), vectors.get(i), firsts.get(i)));
    }
    List<String> delete = existing.keySet().stream().filter(id -> !present.contains(id))
        .sorted().toList();
    store.write(new StoreWrite(clearFirst, put, delete, commitData));
    return new SyncStats(passages, added, changed.size() - added, delete.size(),
        embedder.computed() - before);
  }

  /** The text that is embedded for a passage: the headline stack gives it its context. */
  public static String embeddingText(Article article, Passage p) {
    return article.titleStack() + "\n" + p.text();
  }

  /**
   * Hash of everything stored for the passage: unchanged hash, no update. The first passage also
   * indexes the whole article's terms, so a change anywhere in the article changes its hash.
   */
  static String hash(Page page, Article a, Passage p, String embedText) {
    String all = String.join("\u0001", embedText, a.id(), a.kind().jsonName(), a.byline(),
        page.source(), String.valueOf(page.date()), String.valueOf(page.issueNo()),
        String.valueOf(page.page()), a.title(), a.kicker(), a.subtitle(),
        p.ordinal() == 0 ? a.text() : "");
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
          .digest(all.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static IndexedPassage indexed(Page page, Article a, Passage p) {
    return new IndexedPassage(p.id(), a.id(), p.ordinal(), p.text(), a.title(), a.kicker(),
        a.subtitle(), a.byline(), a.kind().jsonName(), page.source(), page.date(),
        page.issueNo(), page.page());
  }
}
