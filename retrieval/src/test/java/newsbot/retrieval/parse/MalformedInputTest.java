package newsbot.retrieval.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files are rejected by name with a reason, and the good pages beside them still load. */
class MalformedInputTest {

  @TempDir Path dir;

  @Test
  void should_reject_binary_empty_articleless_and_wrongly_encoded_files_and_load_the_rest()
      throws IOException {
    Files.copy(Path.of("seeds", "001_1b195415e26a939e.txt"), dir.resolve("good.txt"));
    Files.write(dir.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("noarticle.txt"), "平湖版\n\nJIAXING DAILY\n\n今天晴,最高气温30℃。\n",
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("gbk.txt"), "本报讯 昨天上午,会议召开。\n■记者 张三\n"
        .getBytes(Charset.forName("GB18030")));

    Corpus corpus = new CorpusParser(FurnitureRules.defaults(), "平湖版").parseFolder(dir);

    assertEquals(1, corpus.pages().size());
    assertEquals("good.txt", corpus.pages().get(0).source());
    assertEquals(5, corpus.pages().get(0).articles().size());
    Map<String, String> reasons = corpus.report().rejected().stream()
        .collect(Collectors.toMap(Rejected::source, Rejected::reason));
    assertEquals(List.of("binary.txt", "empty.txt", "gbk.txt", "noarticle.txt"),
        reasons.keySet().stream().sorted().toList());
    assertTrue(reasons.get("binary.txt").startsWith("binary file"), reasons.toString());
    assertTrue(reasons.get("empty.txt").startsWith("empty file"), reasons.toString());
    assertTrue(reasons.get("gbk.txt").startsWith("not valid UTF-8"), reasons.toString());
    assertTrue(reasons.get("noarticle.txt").startsWith("no article found"), reasons.toString());
    assertEquals(5, corpus.report().files());
  }

  @Test
  void should_strip_a_utf8_byte_order_mark() throws Exception {
    byte[] body = "\uFEFF测试标题\n\n■记者 张三\n\n本报讯 昨天,测试内容。\n".getBytes(StandardCharsets.UTF_8);
    String text = PageReader.decode(body);
    assertTrue(text.startsWith("测试标题"));
  }
}
