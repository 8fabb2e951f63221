package newsbot.bot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens the bot's SQLite files: the folder created when missing, write-ahead logging on, and
 * commits that do not wait for the disk ({@code synchronous=NORMAL}, SQLite's advice with WAL: a
 * power cut may lose the last commits but never corrupts the file). With the default (FULL) every
 * logged question paid a flush (≈ 5 ms, 16 ms at p99 here) inside the answer and under the
 * question log's lock.
 */
public final class Sqlite {

  private Sqlite() {}

  /** A connection to the file, with these tables created when missing. */
  public static Connection open(Path file, String... createTables) throws SQLException {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new SQLException("cannot create " + file.getParent(), e);
    }
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=NORMAL");
      for (String sql : createTables) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }
}
