package newsbot.bot.chat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import newsbot.bot.render.Labels;
import newsbot.retrieval.NewsLibrary;
import newsbot.retrieval.model.Article;
import newsbot.retrieval.model.Issue;

/**
 * What the bot says about itself: who it is, what it can do with examples taken from what is
 * loaded (never a fixed topic that may not be in the paper), and which issues it holds.
 */
final class Introductions {

  private final NewsLibrary library;
  private final String paper;

  Introductions(NewsLibrary library, String paper) {
    this.library = library;
    this.paper = paper;
  }

  /** The reply to 你好 / 你是谁: who, two example questions, and what is loaded. */
  String introduction() throws IOException {
    return "你好!我是" + paper + "的读报助手:直接问我报纸上的事,我从原文里找答案,并附上出处链接。\n"
        + "可以这样问:\n· 今天的报纸有什么?\n· 介绍一下" + exampleTopic() + "\n"
        + "也可以只发一个话题,我会列出相关报道;发 /help 看全部命令。\n已载入:" + coverage();
  }

  /** A topic the paper really covers: the newest issue's first headline. */
  String exampleTopic() throws IOException {
    Optional<Issue> latest = library.latestIssue();
    List<Article> articles = latest.isPresent() ? latest.get().pages().get(0).articles()
        : library.corpus().articles();
    return articles.isEmpty() ? "最新一期的头版" : "《" + articles.get(0).title() + "》";
  }

  /** "1 期,从 2025年8月4日 到 2025年8月4日,另有 4 个日期不详的版面,共 30 篇文章。" */
  String coverage() throws IOException {
    List<Issue> issues = library.corpus().issues();
    List<LocalDate> dates = new java.util.ArrayList<>(library.issueDates());
    java.util.Collections.reverse(dates); // oldest first
    long undated = issues.stream().filter(i -> i.date() == null)
        .mapToLong(i -> i.pages().size()).sum();
    String range = dates.isEmpty() ? "暂无带日期的期次"
        : dates.size() + " 期,从 " + Labels.date(dates.get(0)) + " 到 "
            + Labels.date(dates.get(dates.size() - 1));
    return range + (undated > 0 ? ",另有 " + undated + " 个日期不详的版面" : "") + ",共 "
        + library.corpus().articles().size() + " 篇文章。";
  }
}
