package newsbot.bot.chat.understand;

/**
 * The offices a reader asks the holder of (市委书记是谁, 馆长叫什么), as a regex alternation: one
 * list for reading the message ({@link MessageUnderstanding}) and for answering it (the chat's
 * person questions).
 */
public final class Offices {

  public static final String WORDS = "书记|市长|县长|区长|镇长|乡长|局长|主任|部长|主席|校长|院长|馆长|行长|所长|"
      + "站长|会长|队长|厂长|秘书长|董事长|总经理|总裁|主编|负责人";

  private Offices() {}
}
