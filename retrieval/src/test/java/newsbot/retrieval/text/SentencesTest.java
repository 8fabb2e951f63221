package newsbot.retrieval.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

  @Test
  void should_split_at_sentence_ends_but_not_inside_numbers() {
    assertEquals(List.of("今年上半年,我市实现规模以上工业增加值175.3亿元,同比增长8.6%,增速列嘉兴第二。",
            "从8.6%的增速中,不难看出含金量。"),
        Sentences.split("今年上半年,我市实现规模以上工业增加值175.3亿元,同比增长8.6%,增速列嘉兴第二。从8.6%的增速中,不难看出含金量。"));
  }

  @Test
  void should_keep_a_quotation_and_its_speaker_in_one_sentence() {
    assertEquals(List.of("“公共安全无小事。”朱勤明表示,我市将强化部门协同联动。", "下一步继续推进。"),
        Sentences.split("“公共安全无小事。”朱勤明表示,我市将强化部门协同联动。下一步继续推进。"));
  }

  @Test
  void should_split_after_a_closing_quote_that_ends_the_sentence() {
    assertEquals(List.of("他说:“我们希望更好。”", "随后离开。"),
        Sentences.split("他说:“我们希望更好。”随后离开。"));
  }

  @Test
  void should_return_every_sentence_as_a_verbatim_span() {
    String text = "会议指出;要找准重点!真的吗?是的……最后一句没有句号";
    for (String s : Sentences.split(text)) {
      assertEquals(true, text.contains(s), s);
    }
    assertEquals(5, Sentences.split(text).size());
  }
}
