package newsbot.bot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The bot's own state in SQLite ({@code data/newsbot.db}): digest subscriptions, the admin audit
 * log, and which daily digests went out, so a restart never sends one twice. One connection,
 * serialised access; SQLite is plenty for one city's readers.
 */
public final class Store implements AutoCloseable {

  /** A chat that wants the daily digest at a time of day (Asia/Shanghai). */
  public record Subscription(String channel, String chatId, String userId, LocalTime time) {}

  /** One admin action. */
  public record AuditEntry(Instant at, String channel, String userId, String action, String detail) {}

  private final Connection db;

  private Store(Connection db) {
    this.db = db;
  }

  public static Store open(Path file) throws SQLException {
    Connection c = Sqlite.open(file,
        "CREATE TABLE IF NOT EXISTS subscription (channel TEXT NOT NULL, chat_id TEXT NOT NULL,"
          + " user_id TEXT NOT NULL, time TEXT NOT NULL, created_at TEXT NOT NULL,"
          + " PRIMARY KEY (channel, chat_id))",
        "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT,"
          + " at TEXT NOT NULL, channel TEXT NOT NULL, user_id TEXT NOT NULL, action TEXT NOT NULL,"
          + " detail TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS seen_message (key TEXT PRIMARY KEY, at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS delivery (channel TEXT NOT NULL, chat_id TEXT NOT NULL,"
          + " day TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (channel, chat_id, day))");
    return new Store(c);
  }

  public synchronized void subscribe(Subscription s) throws SQLException {
    try (PreparedStatement p = db.prepareStatement("INSERT INTO subscription VALUES (?,?,?,?,?)"
        + " ON CONFLICT(channel, chat_id) DO UPDATE SET time = excluded.time,"
        + " user_id = excluded.user_id")) {
      p.setString(1, s.channel());
      p.setString(2, s.chatId());
      p.setString(3, s.userId());
      p.setString(4, s.time().toString());
      p.setString(5, Instant.now().toString());
      p.executeUpdate();
    }
  }

  public synchronized boolean isSubscribed(String channel, String chatId) throws SQLException {
    try (PreparedStatement p = db.prepareStatement(
        "SELECT 1 FROM subscription WHERE channel = ? AND chat_id = ?")) {
      p.setString(1, channel);
      p.setString(2, chatId);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  /** How many chats of a channel subscribe (the bound per channel is checked against it). */
  public synchronized int subscriptionCount(String channel) throws SQLException {
    try (PreparedStatement p =
        db.prepareStatement("SELECT COUNT(*) FROM subscription WHERE channel = ?")) {
      p.setString(1, channel);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }

  /** True when there was a subscription to remove. */
  public synchronized boolean unsubscribe(String channel, String chatId) throws SQLException {
    try (PreparedStatement p =
        db.prepareStatement("DELETE FROM subscription WHERE channel = ? AND chat_id = ?")) {
      p.setString(1, channel);
      p.setString(2, chatId);
      return p.executeUpdate() > 0;
    }
  }

  public synchronized List<Subscription> subscriptions() throws SQLException {
    List<Subscription> out = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(
            "SELECT channel, chat_id, user_id, time FROM subscription ORDER BY channel, chat_id")) {
      while (r.next()) {
        out.add(new Subscription(r.getString(1), r.getString(2), r.getString(3),
            LocalTime.parse(r.getString(4))));
      }
    }
    return out;
  }

  /**
   * Claims the digest of a day for a chat: true the first time only, so a digest is sent at most
   * once a day per chat, across restarts.
   */
  public synchronized boolean claimDelivery(String channel, String chatId, LocalDate day)
      throws SQLException {
    try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO delivery VALUES (?,?,?,?)")) {
      p.setString(1, channel);
      p.setString(2, chatId);
      p.setString(3, day.toString());
      p.setString(4, Instant.now().toString());
      return p.executeUpdate() == 1;
    }
  }

  /**
   * Claims an incoming message (a WeCom MsgId, say): true the first time only, across restarts,
   * so a platform's retry never gets a second answer. Claims older than a day are forgotten.
   */
  public synchronized boolean claimMessage(String key) throws SQLException {
    try (PreparedStatement old = db.prepareStatement("DELETE FROM seen_message WHERE at < ?")) {
      old.setString(1, Instant.now().minusSeconds(86_400).toString());
      old.executeUpdate();
    }
    try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO seen_message VALUES (?,?)")) {
      p.setString(1, key);
      p.setString(2, Instant.now().toString());
      return p.executeUpdate() == 1;
    }
  }

  public synchronized void audit(String channel, String userId, String action, String detail)
      throws SQLException {
    try (PreparedStatement p = db.prepareStatement(
        "INSERT INTO audit (at, channel, user_id, action, detail) VALUES (?,?,?,?,?)")) {
      p.setString(1, Instant.now().toString());
      p.setString(2, channel);
      p.setString(3, userId);
      p.setString(4, action);
      p.setString(5, detail);
      p.executeUpdate();
    }
  }

  /** The newest audit entries first. */
  public synchronized List<AuditEntry> audit(int limit) throws SQLException {
    List<AuditEntry> out = new ArrayList<>();
    try (PreparedStatement p = db.prepareStatement(
        "SELECT at, channel, user_id, action, detail FROM audit ORDER BY id DESC LIMIT ?")) {
      p.setInt(1, limit);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(new AuditEntry(Instant.parse(r.getString(1)), r.getString(2), r.getString(3),
              r.getString(4), r.getString(5)));
        }
      }
    }
    return out;
  }

  @Override
  public synchronized void close() throws SQLException {
    db.close();
  }
}
