package newsbot.bot.log;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsbot.bot.store.Sqlite;

/**
 * What readers asked, in SQLite ({@code data/questions.db}): the time, the channel, a salted hash
 * of the user (never the id), the question with phone numbers and the like masked, the kind of
 * reply, the articles it cited, the not-found gate's evidence, a short form of the reply, and the
 * reader's verdict. Rows older than the retention are deleted by {@link #purgeExpired()}.
 * One connection, serialised access.
 */
public final class QuestionLog implements AutoCloseable {

  /** The gate's evidence for an answer: share of the question's weight matched, and cosine. */
  public record Evidence(double coverage, double similarity) {}

  /**
   * One logged question.
   *
   * @param topic what the question was about: the question, or for a follow-up the previous
   *     question read with it
   * @param articles the ids of the articles the reply cited, [1] first
   * @param evidence null when the reply did not go through the gate (a greeting, an edition)
   * @param verdict +1 helpful, -1 not helpful, 0 no vote
   */
  public record Entry(long id, Instant at, String channel, String userHash, String question,
      String topic, String kind, List<String> articles, Evidence evidence, String reply,
      int verdict) {
    public Entry {
      articles = List.copyOf(articles);
    }
  }

  /** What one question looks like when it is logged (the user still as the channel's id). */
  public record Question(String channel, String userId, String question, String topic, String kind,
      List<String> articles, Evidence evidence, String reply) {}

  /** How a vote went. */
  public enum VoteOutcome {
    RECORDED,
    /** This question already has a vote. */
    ALREADY_VOTED,
    /** No such question: deleted by the retention or by /forget (or never logged). */
    GONE,
    /** The question was someone else's. */
    NOT_YOURS
  }

  private final Connection db;
  private final UserHash hash;
  private final Duration retention;
  private final Clock clock;

  private QuestionLog(Connection db, UserHash hash, Duration retention, Clock clock) {
    this.db = db;
    this.hash = hash;
    this.retention = retention;
    this.clock = clock;
  }

  public static QuestionLog open(Path file, UserHash hash, Duration retention, Clock clock)
      throws SQLException {
    Connection c = Sqlite.open(file,
        "CREATE TABLE IF NOT EXISTS question (id INTEGER PRIMARY KEY AUTOINCREMENT,"
          + " at INTEGER NOT NULL, channel TEXT NOT NULL, user_hash TEXT NOT NULL,"
          + " question TEXT NOT NULL, topic TEXT NOT NULL, kind TEXT NOT NULL,"
          + " articles TEXT NOT NULL,"
          + " coverage REAL, similarity REAL, reply TEXT NOT NULL,"
          + " verdict INTEGER NOT NULL DEFAULT 0, verdict_at INTEGER)",
        "CREATE INDEX IF NOT EXISTS question_at ON question (at)",
        "CREATE INDEX IF NOT EXISTS question_user ON question (user_hash)");
    return new QuestionLog(c, hash, retention, clock);
  }

  public Duration retention() {
    return retention;
  }

  /** Logs a question; returns its id, which a vote names. */
  public synchronized long record(Question q) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("INSERT INTO question (at, channel, user_hash,"
        + " question, topic, kind, articles, coverage, similarity, reply)"
        + " VALUES (?,?,?,?,?,?,?,?,?,?)",
        Statement.RETURN_GENERATED_KEYS)) {
      p.setLong(1, clock.millis());
      p.setString(2, q.channel());
      p.setString(3, hash.of(q.channel(), q.userId()));
      p.setString(4, Redaction.redact(q.question()));
      p.setString(5, Redaction.redact(q.topic()));
      p.setString(6, q.kind());
      p.setString(7, String.join(" ", q.articles()));
      if (q.evidence() == null) {
        p.setNull(8, Types.REAL);
        p.setNull(9, Types.REAL);
      } else {
        p.setDouble(8, q.evidence().coverage());
        p.setDouble(9, q.evidence().similarity());
      }
      p.setString(10, Redaction.redact(q.reply()));
      p.executeUpdate();
      try (ResultSet keys = p.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Records a reader's verdict on their own question, once. */
  public synchronized VoteOutcome vote(long id, String channel, String userId, boolean helpful)
      throws SQLException {
    try (PreparedStatement p =
        db.prepareStatement("SELECT user_hash, verdict FROM question WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          return VoteOutcome.GONE;
        }
        if (!r.getString(1).equals(hash.of(channel, userId))) {
          return VoteOutcome.NOT_YOURS;
        }
        if (r.getInt(2) != 0) {
          return VoteOutcome.ALREADY_VOTED;
        }
      }
    }
    try (PreparedStatement p = db.prepareStatement(
        "UPDATE question SET verdict = ?, verdict_at = ? WHERE id = ? AND verdict = 0")) {
      p.setInt(1, helpful ? 1 : -1);
      p.setLong(2, clock.millis());
      p.setLong(3, id);
      return p.executeUpdate() == 1 ? VoteOutcome.RECORDED : VoteOutcome.ALREADY_VOTED;
    }
  }

  /** Deletes every row of a user; returns how many. */
  public synchronized int forget(String channel, String userId) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("DELETE FROM question WHERE user_hash = ?")) {
      p.setString(1, hash.of(channel, userId));
      return p.executeUpdate();
    }
  }

  /** How many rows a user has (what /forget would delete). */
  public synchronized int count(String channel, String userId) throws SQLException {
    try (PreparedStatement p =
        db.prepareStatement("SELECT COUNT(*) FROM question WHERE user_hash = ?")) {
      p.setString(1, hash.of(channel, userId));
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  /** Deletes the rows older than the retention; returns how many. */
  public synchronized int purgeExpired() throws SQLException {
    try (PreparedStatement p = db.prepareStatement("DELETE FROM question WHERE at < ?")) {
      p.setLong(1, clock.millis() - retention.toMillis());
      return p.executeUpdate();
    }
  }

  /** The questions asked at or after {@code from}, oldest first. */
  public synchronized List<Entry> since(Instant from) throws SQLException {
    List<Entry> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement("SELECT id, at, channel, user_hash, question,"
        + " topic, kind, articles, coverage, similarity, reply, verdict FROM question WHERE at >= ?"
        + " ORDER BY at, id")) {
      p.setLong(1, from.toEpochMilli());
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(entry(r));
        }
      }
    }
    return out;
  }

  private static Entry entry(ResultSet r) throws SQLException {
    String articles = r.getString(8);
    double coverage = r.getDouble(9);
    Evidence evidence = r.wasNull() ? null : new Evidence(coverage, r.getDouble(10));
    return new Entry(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)), r.getString(3),
        r.getString(4), r.getString(5), r.getString(6), r.getString(7),
        articles.isEmpty() ? List.of() : Arrays.asList(articles.split(" ")), evidence,
        r.getString(11), r.getInt(12));
  }

  @Override
  public synchronized void close() throws SQLException {
    db.close();
  }
}
