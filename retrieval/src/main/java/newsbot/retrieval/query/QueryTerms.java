package newsbot.retrieval.query;

import java.util.List;

/**
 * The words of a short message sorted by the part they play in it.
 *
 * @param content what the message is about: 跨境, 电商, 人才, 政策, 钟伟华 (not the generic words)
 * @param generic words any question may ask about, whatever its subject: 票价, 时间, 地点, 报名,
 *     开始, 目标, 条件, 新闻, 报道 …
 * @param numbers the numbers written in digits: 2030, 30
 * @param asks whether the message holds a question word or a question mark
 */
public record QueryTerms(List<String> content, List<String> generic, List<String> numbers,
    boolean asks) {

  public QueryTerms {
    content = List.copyOf(content);
    generic = List.copyOf(generic);
    numbers = List.copyOf(numbers);
  }
}
