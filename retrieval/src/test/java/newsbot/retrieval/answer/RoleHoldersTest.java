package newsbot.retrieval.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The name a sentence prints after a role. */
class RoleHoldersTest {

  @Test
  void should_read_the_name_right_after_the_role() {
    assertEquals("严志刚", RoleHolders.holder("市委书记严志刚带队调研全市老旧小区改造工作。", "市委书记"));
    assertEquals("邵文婕", RoleHolders.holder("“取消押金。”市图书馆馆长邵文婕说,今年以来…", "图书馆馆长"));
    // a deputy holds another office
    assertNull(RoleHolders.holder("市委副书记、市长周军波传达会议精神。", "书记"));
  }

  @Test
  void should_read_the_name_after_the_role_written_in_full_where_the_reader_shortens_it() {
    String fire = "“电池一旦热失控,几十秒内就会蔓延成大火。”市消防救援大队大队长钱振宇说。";
    assertEquals("钱振宇", RoleHolders.holder(fire, "消防大队长"));
    // the reader's qualifier must stand before the office: 交警 is not 消防
    assertNull(RoleHolders.holder(fire, "交警大队长"));
    assertNull(RoleHolders.holder("村党支部书记张三介绍。", "市委书记"));
  }
}
