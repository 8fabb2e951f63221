package newsbot.bot.wecom;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A decrypted WeCom callback message (the fields newsbot uses).
 *
 * @param msgId empty for events, which are told apart by sender and create time
 */
public record WecomMessage(String toUser, String fromUser, String createTime, String msgType,
    String content, String msgId, String agentId, String event) {

  /** The key a retry of the same callback shares. */
  public String dedupeKey() {
    return msgId.isEmpty() ? "event:" + fromUser + ":" + createTime : "msg:" + msgId;
  }

  /** Parses callback XML; no DTDs or external entities. */
  public static WecomMessage parse(String xml) throws WecomCrypto.MalformedMessageException {
    Element root = root(xml);
    return new WecomMessage(text(root, "ToUserName"), text(root, "FromUserName"),
        text(root, "CreateTime"), text(root, "MsgType"), text(root, "Content"),
        text(root, "MsgId"), text(root, "AgentID"), text(root, "Event"));
  }

  /** The Encrypt element of the outer envelope. */
  public static String encryptedField(String xml) throws WecomCrypto.MalformedMessageException {
    String e = text(root(xml), "Encrypt");
    if (e.isEmpty()) {
      throw new WecomCrypto.MalformedMessageException("no Encrypt element");
    }
    return e;
  }

  private static Element root(String xml) throws WecomCrypto.MalformedMessageException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      f.setXIncludeAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      Document d = b.parse(new InputSource(new StringReader(xml)));
      return d.getDocumentElement();
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new WecomCrypto.MalformedMessageException("malformed XML");
    }
  }

  private static String text(Element root, String name) {
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE && n.getNodeName().equals(name)) {
        return n.getTextContent().strip();
      }
    }
    return "";
  }
}
