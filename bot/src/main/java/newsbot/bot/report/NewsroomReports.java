package newsbot.bot.report;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import newsbot.bot.log.QuestionLog;
import newsbot.retrieval.CorpusSource;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.parse.Corpus;

/** Builds the {@link NewsroomReport} of the last days from the question log. */
public final class NewsroomReports {

  /** The kinds of reply that asked the paper for content. */
  static final Set<String> SOUGHT = Set.of("answer", "summary", "overview", "not_found");
  static final String NOT_FOUND = "not_found";
  private static final int MAX_GROUPS = 10;
  private static final int MAX_CITED = 10;
  private static final int MAX_DOWNVOTED = 20;

  private final QuestionLog log;
  private final QuestionGroups groups;
  private final CorpusSource corpus;
  private final Clock clock;

  public NewsroomReports(QuestionLog log, QuestionGroups groups, CorpusSource corpus, Clock clock) {
    this.log = log;
    this.groups = groups;
    this.corpus = corpus;
    this.clock = clock;
  }

  /** The report of the {@code days} days up to now. */
  public NewsroomReport build(int days) throws SQLException, IOException {
    Instant to = clock.instant();
    Instant from = to.minus(Duration.ofDays(days));
    List<QuestionLog.Entry> entries = log.since(from);
    Map<String, Integer> kinds = new LinkedHashMap<>();
    List<String> sought = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    Map<String, Integer> cited = new LinkedHashMap<>();
    List<NewsroomReport.Downvoted> downvoted = new ArrayList<>();
    int helpful = 0;
    int unhelpful = 0;
    for (QuestionLog.Entry e : entries) {
      kinds.merge(e.kind(), 1, Integer::sum);
      if (SOUGHT.contains(e.kind())) {
        sought.add(e.topic());
        if (e.kind().equals(NOT_FOUND)) {
          unanswered.add(e.topic());
        }
      }
      e.articles().forEach(a -> cited.merge(a, 1, Integer::sum));
      if (e.verdict() > 0) {
        helpful++;
      } else if (e.verdict() < 0) {
        unhelpful++;
        downvoted.add(new NewsroomReport.Downvoted(e.at(), e.question(), e.kind(), e.reply()));
      }
    }
    downvoted.sort(Comparator.comparing(NewsroomReport.Downvoted::at).reversed());
    return new NewsroomReport(days, from, to, entries.size(), sought.size(), unanswered.size(),
        kinds, helpful, unhelpful, first(groups.group(unanswered), MAX_GROUPS),
        first(groups.group(sought), MAX_GROUPS), mostCited(cited),
        first(downvoted, MAX_DOWNVOTED));
  }

  private List<NewsroomReport.Cited> mostCited(Map<String, Integer> counts) throws IOException {
    Corpus c = corpus.corpus();
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort(Comparator.comparing(counts::get).reversed());
    List<NewsroomReport.Cited> out = new ArrayList<>();
    for (String id : first(ids, MAX_CITED)) {
      Optional<Article> a = c.article(id);
      out.add(a.isEmpty() ? new NewsroomReport.Cited(id, null, null, null, counts.get(id))
          : new NewsroomReport.Cited(id, a.get().title(), c.dateOf(a.get()),
              c.pageOf(a.get()).map(p -> p.page()).orElse(null), counts.get(id)));
    }
    return out;
  }

  private static <T> List<T> first(List<T> list, int n) {
    return list.size() <= n ? list : list.subList(0, n);
  }
}
