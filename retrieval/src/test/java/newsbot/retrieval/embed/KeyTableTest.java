package newsbot.retrieval.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The key table finds every key it holds, also after removals in long runs of shared slots. */
class KeyTableTest {

  @Test
  void should_find_what_is_left_after_removing_from_crowded_runs() throws IOException {
    KeyTable table = new KeyTable();
    int records = 3000;
    for (int r = 0; r < records; r++) {
      int record = r;
      // 100 prefixes, 30 records each: long runs of keys that start alike
      table.put(r % 100, r, other -> other == record);
    }
    for (int r = 0; r < records; r += 3) {
      table.remove(r % 100, r);
    }
    assertEquals(records - records / 3, table.size());
    for (int r = 0; r < records; r++) {
      int record = r;
      assertEquals(r % 3 == 0 ? -1 : r, table.find(r % 100, other -> other == record),
          "record " + r);
    }
  }

  @Test
  void should_point_a_key_put_again_at_its_new_record() throws IOException {
    KeyTable table = new KeyTable();
    table.put(7, 0, other -> true);
    table.put(7, 5, other -> true);
    assertEquals(1, table.size());
    assertEquals(5, table.find(7, other -> true));
  }

  @Test
  void should_take_16_to_32_bytes_a_key() throws IOException {
    KeyTable table = new KeyTable();
    for (int r = 0; r < 100_000; r++) {
      table.put(r * 0x1234_5678_9ABCL, r, other -> false);
      if (r >= 1000) {
        long perKey = table.bytes() / table.size();
        assertTrue(perKey >= 16 && perKey <= 32, perKey + " bytes a key at " + r);
      }
    }
  }
}
