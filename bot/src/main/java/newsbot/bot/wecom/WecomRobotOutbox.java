package newsbot.bot.wecom;

import java.io.IOException;
import java.util.function.BiConsumer;
import newsbot.bot.chat.Reply;
import newsbot.bot.render.MarkdownRenderer;
import newsbot.bot.render.TextRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The group robot as the daily digest's outbox: a digest goes out as WeCom markdown, any other
 * reply as its plain text. The chat id is ignored (a robot posts to its one group). A failed post
 * is logged, never thrown at the scheduler.
 */
public final class WecomRobotOutbox implements BiConsumer<String, Reply> {

  private static final Logger LOG = LoggerFactory.getLogger(WecomRobotOutbox.class);

  private final WecomRobot robot;
  private final MarkdownRenderer markdown;
  private final TextRenderer text;

  public WecomRobotOutbox(WecomRobot robot, MarkdownRenderer markdown, TextRenderer text) {
    this.robot = robot;
    this.markdown = markdown;
    this.text = text;
  }

  @Override
  public void accept(String chatId, Reply reply) {
    try {
      robot.sendMarkdown(reply instanceof Reply.DigestReply d ? markdown.digest(d.digest())
          : text.render(reply));
    } catch (IOException e) {
      LOG.warn("group robot post failed", e);
    }
  }
}
