package newsbot.bot.chat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import newsbot.bot.render.Labels;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.digest.Digest;
import newsbot.retrieval.digest.Digester;
import newsbot.retrieval.model.Issue;
import newsbot.retrieval.query.DateMentions;

/**
 * "What does the paper say" for a day, a window or a page: the digest of that issue (or page). A
 * day with no issue gets an honest sentence naming the nearest loaded dates, never another day's
 * articles presented as that day's. Stateless.
 */
final class Editions {

  private static final int NEAREST = 3;

  private final NewsLibrary library;
  private final Digester digester;

  Editions(NewsLibrary library, Digester digester) {
    this.library = library;
    this.digester = digester;
  }

  /**
   * The issue (or page) the mention names: a day, the newest in a window, or the newest as of the
   * message's day (an issue dated after it is not yet out; the newest of all when none is older).
   */
  Reply reply(DateMentions time, LocalDate today) throws IOException {
    Optional<Issue> issue;
    String asked;
    if (time.from() == null) {
      issue = library.corpus().issues().stream()
          .filter(i -> i.date() != null && (today == null || !i.date().isAfter(today)))
          .max(Comparator.comparing(Issue::date));
      issue = issue.isPresent() ? issue : library.latestIssue();
      asked = "最新一期";
    } else if (time.from().equals(time.to())) {
      issue = library.issue(time.from());
      asked = Labels.date(time.from());
    } else {
      issue = library.corpus().issues().stream()
          .filter(i -> i.date() != null && !i.date().isBefore(time.from())
              && !i.date().isAfter(time.to()))
          .max(Comparator.comparing(Issue::date));
      asked = Labels.date(time.from()) + "到" + Labels.date(time.to());
    }
    if (issue.isEmpty()) {
      return Reply.text(Reply.Kind.EDITION, "没有" + asked + "的报纸。" + nearest(time.from()));
    }
    Digest digest = digester.digest(issue.get());
    if (time.page() == null) {
      return new Reply.DigestReply("", digest);
    }
    List<Digest.PageDigest> pages = digest.pages().stream()
        .filter(p -> time.page().equals(p.page())).toList();
    boolean unnumbered = digest.pages().stream().anyMatch(p -> p.page() == null);
    if (pages.isEmpty() && unnumbered && time.page() == 1) {
      // 头版 of an issue whose pages print no number: the page with the masthead comes first
      pages = List.of(digest.pages().get(0));
    } else if (pages.isEmpty() && unnumbered) {
      return new Reply.DigestReply(Labels.date(digest.date()) + "这一期的版次不详,下面是已载入的全部版面。",
          digest);
    }
    if (pages.isEmpty()) {
      String loaded = digest.pages().stream().map(p -> Labels.page(p.page())).distinct()
          .collect(Collectors.joining("、"));
      return Reply.text(Reply.Kind.EDITION, Labels.date(digest.date()) + "这一期没有载入"
          + Labels.page(time.page()) + ",已载入的版面:" + loaded + "。");
    }
    return new Reply.DigestReply("", new Digest(digest.date(), digest.issueNo(), pages));
  }

  /**
   * The loaded issue before ({@code step} -1) or after (+1) the one shown, or a sentence saying
   * the one shown is the first or the last loaded.
   */
  Reply step(LocalDate shown, int step) throws IOException {
    Optional<LocalDate> next = step < 0
        ? library.issueDates().stream().filter(d -> d.isBefore(shown)).max(Comparator.naturalOrder())
        : library.issueDates().stream().filter(d -> d.isAfter(shown)).min(Comparator.naturalOrder());
    if (next.isEmpty()) {
      return Reply.text(Reply.Kind.EDITION, Labels.date(shown) + "已经是载入的"
          + (step < 0 ? "最早" : "最新") + "一期。");
    }
    return reply(new DateMentions(next.get(), next.get(), null, false, "", List.of()), null);
  }

  /** "已载入的期次中离这天最近的:2025年8月4日。发送 /digest 2025-08-04 查看。" */
  String nearest(LocalDate day) throws IOException {
    List<LocalDate> dates = library.issueDates();
    if (dates.isEmpty()) {
      return "现在还没有载入带日期的期次。";
    }
    LocalDate around = day == null ? dates.get(0) : day;
    List<LocalDate> near = dates.stream()
        .sorted(Comparator.comparingLong((LocalDate d) -> Math.abs(ChronoUnit.DAYS.between(d, around)))
            .thenComparing(Comparator.reverseOrder()))
        .limit(NEAREST).sorted(Comparator.reverseOrder()).toList();
    return "已载入的期次中离这天最近的:" + near.stream().map(Labels::date)
        .collect(Collectors.joining("、")) + "。发送 /digest " + near.get(0) + " 查看。";
  }
}
