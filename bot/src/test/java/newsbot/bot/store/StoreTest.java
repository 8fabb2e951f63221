package newsbot.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import newsbot.bot.store.Store.AuditEntry;
import newsbot.bot.store.Store.Subscription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bot's SQLite state, on a real database file in a temporary folder, across reopens. */
class StoreTest {

  static final LocalDate DAY = LocalDate.of(2025, 8, 4);

  @TempDir Path dir;

  private Store open() throws SQLException {
    return Store.open(dir.resolve("data").resolve("newsbot.db"));
  }

  @Test
  void should_keep_subscriptions_across_a_reopen_with_the_latest_time_per_chat()
      throws SQLException {
    try (Store store = open()) {
      store.subscribe(new Subscription("wecom", "zhangsan", "zhangsan", LocalTime.of(8, 0)));
      store.subscribe(new Subscription("telegram", "1001", "42", LocalTime.of(7, 30)));
      store.subscribe(new Subscription("telegram", "1001", "43", LocalTime.of(21, 5)));
    }
    try (Store store = open()) {
      assertEquals(List.of(
          new Subscription("telegram", "1001", "43", LocalTime.of(21, 5)),
          new Subscription("wecom", "zhangsan", "zhangsan", LocalTime.of(8, 0))),
          store.subscriptions());
    }
  }

  @Test
  void should_unsubscribe_only_the_given_chat_and_say_whether_it_was_subscribed()
      throws SQLException {
    try (Store store = open()) {
      store.subscribe(new Subscription("telegram", "1001", "42", LocalTime.of(7, 30)));
      store.subscribe(new Subscription("telegram", "1002", "43", LocalTime.of(8, 0)));
      store.subscribe(new Subscription("wecom", "1001", "lisi", LocalTime.of(9, 0)));

      assertTrue(store.unsubscribe("telegram", "1001"));
      assertFalse(store.unsubscribe("telegram", "1001"));
      assertFalse(store.unsubscribe("telegram", "9999"));
    }
    try (Store store = open()) {
      assertEquals(List.of(
          new Subscription("telegram", "1002", "43", LocalTime.of(8, 0)),
          new Subscription("wecom", "1001", "lisi", LocalTime.of(9, 0))),
          store.subscriptions());
    }
  }

  @Test
  void should_list_audit_entries_newest_first_up_to_the_limit_across_a_reopen()
      throws SQLException {
    try (Store store = open()) {
      store.audit("telegram", "42", "reload", "scan: 5 added");
      store.audit("wecom", "zhangsan", "stats", "");
      store.audit("telegram", "42", "reload", "upload 2025-09-12_p1.txt: 1 added");
    }
    try (Store store = open()) {
      List<AuditEntry> two = store.audit(2);
      assertEquals(List.of("upload 2025-09-12_p1.txt: 1 added", ""),
          two.stream().map(AuditEntry::detail).toList());
      assertEquals("telegram", two.get(0).channel());
      assertEquals("42", two.get(0).userId());
      assertEquals("reload", two.get(0).action());
      assertEquals("zhangsan", two.get(1).userId());
      assertEquals("stats", two.get(1).action());
      assertFalse(two.get(0).at().isBefore(two.get(1).at()), two.toString());

      List<AuditEntry> all = store.audit(10);
      assertEquals(3, all.size());
      assertEquals("scan: 5 added", all.get(2).detail());
    }
  }

  @Test
  void should_grant_a_digest_delivery_claim_once_per_chat_and_day_across_a_reopen()
      throws SQLException {
    try (Store store = open()) {
      assertTrue(store.claimDelivery("telegram", "1001", DAY));
      assertFalse(store.claimDelivery("telegram", "1001", DAY));
      assertTrue(store.claimDelivery("telegram", "1001", DAY.plusDays(1)));
      assertTrue(store.claimDelivery("telegram", "1002", DAY));
      assertTrue(store.claimDelivery("wecom", "1001", DAY));
    }
    try (Store store = open()) {
      assertFalse(store.claimDelivery("telegram", "1001", DAY));
      assertFalse(store.claimDelivery("wecom", "1001", DAY));
      assertTrue(store.claimDelivery("wecom", "1001", DAY.plusDays(1)));
    }
  }

  @Test
  void should_claim_an_incoming_message_once_across_a_reopen() throws SQLException {
    try (Store store = open()) {
      assertTrue(store.claimMessage("wecom:msg-7"));
      assertFalse(store.claimMessage("wecom:msg-7"));
      assertTrue(store.claimMessage("wecom:msg-8"));
    }
    try (Store store = open()) {
      assertFalse(store.claimMessage("wecom:msg-7"));
    }
  }
}
