package newsbot.bot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplittersTest {

  @Test
  void should_cut_wecom_text_under_2048_bytes_at_sentence_ends_never_inside_a_character() {
    String sentence = "平湖跨境电商出口规模到2027年达30亿元以上😀。";
    String text = sentence.repeat(200);
    List<String> parts = Utf8Splitter.split(text, 2048);
    assertTrue(parts.size() > 1);
    for (String p : parts) {
      assertTrue(p.getBytes(StandardCharsets.UTF_8).length <= 2048, p);
      assertTrue(p.endsWith("。"), "cut after a sentence end: " + p.substring(p.length() - 5));
    }
    assertEquals(text, String.join("", parts), "nothing lost or broken");
  }

  @Test
  void should_prefer_paragraph_breaks_for_telegram_messages() {
    String para = "第一段。".repeat(375); // 1,500 characters: three do not fit in 4,096
    List<String> parts = MessageSplitter.split(para + "\n\n" + para + "\n\n" + para, 4096);
    assertEquals(2, parts.size());
    assertTrue(parts.get(0).length() <= 4096);
    assertEquals(para + "\n\n" + para, parts.get(0));
    assertEquals(para, parts.get(1));
  }
}
