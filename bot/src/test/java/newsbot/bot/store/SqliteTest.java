package newsbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the bot's SQLite files are opened. */
class SqliteTest {

  @TempDir Path dir;

  private static String pragma(Connection c, String name) throws Exception {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
      r.next();
      return r.getString(1);
    }
  }

  @Test
  void should_log_ahead_and_commit_without_waiting_for_the_disk() throws Exception {
    try (Connection c = Sqlite.open(dir.resolve("sub/x.db"),
        "CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY)")) {
      assertEquals("wal", pragma(c, "journal_mode"));
      // 1 = NORMAL: in WAL mode a commit does not fsync (a power cut may lose the last commits,
      // never corrupts); FULL (2) costs every logged question a disk flush
      assertEquals("1", pragma(c, "synchronous"));
    }
  }
}
