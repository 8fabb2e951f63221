package newsbot.retrieval.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates, date windows and newspaper pages a message names, resolved against the day it was
 * sent, and what the message is about once they are taken out.
 *
 * <p>{@link #parse} understands:
 *
 * <ul>
 *   <li>days: 今天/今日, 昨天/昨日, 前天, 大前天; {@code 2025年11月18日}, {@code 2025-11-18},
 *       {@code 2025/11/18}, {@code 2025.11.18}; a month and day without a year: {@code 8月4日},
 *       {@code 8月4号}, {@code 11月18}, {@code 十一月十八日}, {@code 11.18}. A month and day
 *       without a year is <b>the most recent such day not after today</b> (1月2日 asked on
 *       2026-01-01 is 2025-01-02; 2月29日 is the last leap day). {@code 11.18} is a date only
 *       where it cannot be an amount: not followed by a digit, a dot, % or a unit (1.5亿, 2.5公里)
 *       and not preceded by an amount verb (增长了3.5, 约1.2);
 *   <li>windows, never reaching past today: 本周/这周 (Monday of this week to today; weeks start
 *       on Monday, so on a Sunday it spans the six days before), 上周 (last Monday to last Sunday),
 *       本月/这个月 (the first to today), 上个月 (the whole month), 这几天/近几天/近日 (the last
 *       seven days; also 最近几天, 近一周), 这两天 (yesterday and today);
 *   <li>recency without a bound, {@link #wantsNewest}: 最新/最近/现在/目前/如今/近期/当前, with
 *       最新一期/最近一期 taken as one phrase; 最近 meaning nearest (离…最近, 最近的…在哪) is not;
 *   <li>pages: 头版 (1), 第2版, 2版, A2版, 第三版, 二版, 第2页.
 * </ul>
 *
 * <p>Several dates make one window from the earliest to the latest (8月1日到8月5日); of several
 * pages the first counts. Years alone (2027年) and months alone (8月) are left in the topic: in a
 * question they are usually what is asked about, not when it was printed. A date names the day the
 * asker means; whether that is the printing day or the day of the event is the caller's choice.
 *
 * @param from first day of the date or window, or null when no date is named
 * @param to last day (inclusive), or null; equal to {@code from} for one day
 * @param page the page named, or null
 * @param wantsNewest the asker wants the newest reports (最新, 最近, 现在 …)
 * @param topic the message (normalised by {@link MessageText}) with the date, window, recency and
 *     page words removed, along with a 的 or 那天 right after them and the 从/到 between two of them
 * @param mentions what was recognised, in the order it appears in the message
 */
public record DateMentions(LocalDate from, LocalDate to, Integer page, boolean wantsNewest,
    String topic, List<Mention> mentions) {

  /** What a mention names. */
  public enum Kind {
    /** One day. */
    DATE,
    /** A span of days (本周, 上个月, 这几天). */
    WINDOW,
    /** Recency without a bound (最新, 最近一期, 目前). */
    NEWEST,
    /** A page (头版, 第2版). */
    PAGE
  }

  /**
   * One recognised phrase, as written in the normalised message.
   *
   * @param from first day for {@link Kind#DATE} and {@link Kind#WINDOW}, else null
   * @param to last day for {@link Kind#DATE} and {@link Kind#WINDOW}, else null
   * @param page the page for {@link Kind#PAGE}, else null
   */
  public record Mention(String text, Kind kind, LocalDate from, LocalDate to, Integer page) {
    public Mention {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(kind, "kind");
    }
  }

  public DateMentions {
    Objects.requireNonNull(topic, "topic");
    mentions = List.copyOf(mentions);
    if ((from == null) != (to == null) || (from != null && from.isAfter(to))) {
      throw new IllegalArgumentException("bad date window " + from + ".." + to);
    }
    if (page != null && page < 1) {
      throw new IllegalArgumentException("bad page " + page);
    }
  }

  /**
   * The mentions in {@code text}, resolved against {@code today}: the day the message was sent
   * where the asker lives (Asia/Shanghai for this paper's readers).
   */
  public static DateMentions parse(String text, LocalDate today) {
    Objects.requireNonNull(today, "today");
    return new DateMentionParser(MessageText.normalize(text), today).parse();
  }

  /** The one day named, when the message names exactly one day. */
  public Optional<LocalDate> date() {
    return from != null && from.equals(to) ? Optional.of(from) : Optional.empty();
  }

  /** Whether a day or a window was named. */
  public boolean hasDate() {
    return from != null;
  }

  /** Whether anything at all was recognised. */
  public boolean isEmpty() {
    return mentions.isEmpty();
  }
}
