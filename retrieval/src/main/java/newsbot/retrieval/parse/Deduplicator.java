package newsbot.retrieval.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsbot.retrieval.parse.BodyCleaner.Paragraph;

/**
 * Removes paragraphs that a page prints more than once (the converter emitted a column two to four
 * times), across all articles of the page.
 *
 * <p>Two paragraphs are the same when their text is equal once whitespace is ignored, or when one
 * (at least {@value #MIN_CONTAINED} characters long) lies inside the other: a copy that lost its
 * start or end to a column break. Of each group one paragraph stays: in the last article of the page
 * that holds a copy (a column of a later story leaks into the tail of the story before it, never the
 * other way), at that article's first copy, with the longest text of the group.
 */
final class Deduplicator {

  static final int MIN_CONTAINED = 15;

  private Deduplicator() {}

  /**
   * First pass, on body lines before broken paragraphs are joined: a line that a later article of
   * the page also holds leaked backwards into this one and is removed here. Done before joining so
   * that a sentence broken at the end of a story is not glued to the leaked column.
   */
  static List<List<Line>> dropLeakedLines(List<List<Line>> bodies, ParseCounters counters) {
    List<List<String>> keys = new ArrayList<>();
    for (List<Line> body : bodies) {
      keys.add(body.stream().map(l -> Text.compact(l.text())).toList());
    }
    List<List<Line>> out = new ArrayList<>();
    for (int a = 0; a < bodies.size(); a++) {
      List<Line> kept = new ArrayList<>();
      for (int i = 0; i < bodies.get(a).size(); i++) {
        Line line = bodies.get(a).get(i);
        String key = keys.get(a).get(i);
        boolean leaked = false;
        for (int later = a + 1; later < bodies.size() && !leaked; later++) {
          for (String other : keys.get(later)) {
            if (line.kind() == LineKind.BODY || line.kind() == LineKind.HEADING
                ? same(key, other) : false) {
              leaked = true;
              break;
            }
          }
        }
        if (leaked) {
          counters.repeatedParagraphs++;
        } else {
          kept.add(line);
        }
      }
      out.add(kept);
    }
    return out;
  }

  /** Second pass, on joined paragraphs: every remaining repeat, within or across articles. */
  static List<List<Paragraph>> dedupe(List<List<Paragraph>> articles, ParseCounters counters) {
    List<Ref> refs = new ArrayList<>();
    for (int a = 0; a < articles.size(); a++) {
      for (int p = 0; p < articles.get(a).size(); p++) {
        Paragraph paragraph = articles.get(a).get(p);
        refs.add(new Ref(a, p, Text.compact(paragraph.text()),
            paragraph.role() == BodyCleaner.Role.SIGNATURE));
      }
    }
    String[] kept = new String[refs.size()]; // the text each paragraph keeps; null when dropped
    for (int i = 0; i < refs.size(); i++) {
      kept[i] = articles.get(refs.get(i).article()).get(refs.get(i).paragraph()).text();
    }
    for (List<Integer> group : repeatGroups(refs)) {
      keepOne(group, refs, kept, counters);
    }
    List<List<Paragraph>> out = new ArrayList<>();
    articles.forEach(a -> out.add(new ArrayList<>()));
    for (int i = 0; i < refs.size(); i++) {
      if (kept[i] != null) {
        Ref ref = refs.get(i);
        Paragraph original = articles.get(ref.article()).get(ref.paragraph());
        out.get(ref.article()).add(new Paragraph(kept[i], original.role()));
      }
    }
    return out;
  }

  /**
   * Where a paragraph is, and its text without whitespace. A notice's signature is never a
   * repeat: two notices of one office, signed the same day, each keep their date.
   */
  private record Ref(int article, int paragraph, String key, boolean signature) {}

  /** The groups of two or more paragraphs that are the same, members in page order. */
  private static List<List<Integer>> repeatGroups(List<Ref> refs) {
    int n = refs.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!refs.get(i).signature() && !refs.get(j).signature()
            && same(refs.get(i).key(), refs.get(j).key())) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
    }
    return byRoot.values().stream().filter(g -> g.size() > 1).toList();
  }

  /**
   * Keeps one paragraph of a group: the first copy in the last article holding one, with the
   * longest text of the group. The others are dropped (null) and counted.
   */
  private static void keepOne(List<Integer> group, List<Ref> refs, String[] kept,
      ParseCounters counters) {
    int owner = group.stream().mapToInt(i -> refs.get(i).article()).max().orElseThrow();
    int keep = group.stream().filter(i -> refs.get(i).article() == owner).findFirst().orElseThrow();
    int longest = keep;
    for (int i : group) {
      if (refs.get(i).key().length() > refs.get(longest).key().length()) {
        longest = i;
      }
    }
    String text = kept[longest];
    for (int i : group) {
      kept[i] = null;
      if (i != keep) {
        counters.repeatedParagraphs++;
      }
    }
    kept[keep] = text;
  }

  private static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.codePointCount(0, shorter.length()) >= MIN_CONTAINED && longer.contains(shorter);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
