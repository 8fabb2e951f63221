package newsbot.bot.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Which Telegram messages reach ChatService, and with what text, as Telegram sends them. */
class TelegramAddressedTest {

  static final Addressed.Bot BOT = new Addressed.Bot(42, "newsbot_bot");
  static final ObjectMapper JSON = new ObjectMapper();

  /** A message in a chat of the type, with the given text and entities (JSON) and extras. */
  static Message message(String chatType, String text, String entities, String extra)
      throws Exception {
    return JSON.readValue("""
        {"message_id":7,"date":1,"chat":{"id":-100,"type":"%s","title":"群"},
         "from":{"id":5,"is_bot":false,"first_name":"市民"},
         "text":%s,"entities":%s%s}
        """.formatted(chatType, JSON.writeValueAsString(text), entities, extra), Message.class);
  }

  static Optional<Addressed> group(String text, String entities, String extra) throws Exception {
    return Addressed.of(message("supergroup", text, entities, extra), BOT);
  }

  @Test
  void should_take_everything_in_a_private_chat() throws Exception {
    assertEquals(Optional.of(new Addressed("今天开会吗?", null)),
        Addressed.of(message("private", "今天开会吗?", "[]", ""), BOT));
  }

  @Test
  void should_ignore_a_group_message_not_addressed_to_the_bot() throws Exception {
    assertEquals(Optional.empty(), group("今天开会吗?", "[]", ""));
    assertEquals(Optional.empty(), group("@someone_else 你好", """
        [{"type":"mention","offset":0,"length":13}]""", ""));
    assertEquals(Optional.empty(), group("/help@another_bot", """
        [{"type":"bot_command","offset":0,"length":17}]""", ""));
  }

  @Test
  void should_take_a_mention_and_strip_it_wherever_it_is() throws Exception {
    assertEquals(Optional.of(new Addressed("平湖跨境电商的目标是多少?", null)),
        group("@newsbot_bot 平湖跨境电商的目标是多少?", """
            [{"type":"mention","offset":0,"length":12}]""", ""));
    assertEquals(Optional.of(new Addressed("请问 今年的目标?", null)),
        group("请问 @NewsBot_Bot 今年的目标?", """
            [{"type":"mention","offset":3,"length":12}]""", ""));
    // 📰 is two UTF-16 units: Telegram's offsets count them so
    assertEquals(Optional.of(new Addressed("📰 /help", null)), group("📰 @newsbot_bot /help", """
        [{"type":"mention","offset":3,"length":12}]""", ""));
  }

  @Test
  void should_take_a_text_mention_of_the_bot_by_its_user_id() throws Exception {
    assertEquals(Optional.of(new Addressed("在吗?", null)),
        group("读报助手 在吗?", """
            [{"type":"text_mention","offset":0,"length":4,
              "user":{"id":42,"is_bot":true,"first_name":"读报助手"}}]""", ""));
    assertEquals(Optional.empty(), group("老王 在吗?", """
        [{"type":"text_mention","offset":0,"length":2,
          "user":{"id":9,"is_bot":false,"first_name":"老王"}}]""", ""));
  }

  @Test
  void should_take_commands_for_this_bot_or_for_every_bot() throws Exception {
    assertEquals(Optional.of(new Addressed("/digest latest", null)), group("/digest latest", """
        [{"type":"bot_command","offset":0,"length":7}]""", ""));
    assertEquals(Optional.of(new Addressed("/help@newsbot_bot", null)),
        group("/help@newsbot_bot", """
            [{"type":"bot_command","offset":0,"length":17}]""", ""));
  }

  @Test
  void should_take_a_reply_to_the_bot_as_a_follow_up_carrying_the_bots_text() throws Exception {
    String botMessage = """
        ,"reply_to_message":{"message_id":3,"date":1,"chat":{"id":-100,"type":"supergroup"},
          "from":{"id":42,"is_bot":true,"first_name":"newsbot","username":"newsbot_bot"},
          "text":"到2027年出口规模达30亿元以上。[1]"}""";
    assertEquals(Optional.of(new Addressed("那2030年呢?", "到2027年出口规模达30亿元以上。[1]")),
        group("那2030年呢?", "[]", botMessage));
    assertEquals(Optional.of(new Addressed("那2030年呢?", "到2027年出口规模达30亿元以上。[1]")),
        Addressed.of(message("private", "那2030年呢?", "[]", botMessage), BOT));
    String memberMessage = botMessage.replace("\"id\":42,\"is_bot\":true", "\"id\":8,\"is_bot\":false");
    assertEquals(Optional.empty(), group("那2030年呢?", "[]", memberMessage));
  }
}
