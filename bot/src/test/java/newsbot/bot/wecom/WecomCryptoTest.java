package newsbot.bot.wecom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import newsbot.bot.fake.FakeWecomServer;
import org.junit.jupiter.api.Test;

/** Against Tencent's own sample from the weworkapi sample code. */
class WecomCryptoTest {

  static final WecomCrypto SAMPLE = new WecomCrypto("QDG6eK",
      "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", "wx5823bf96d3bd56c7");

  @Test
  void should_verify_the_sample_url_check_and_return_its_echostr() throws Exception {
    assertEquals("1616140317555161061", SAMPLE.verifyAndDecrypt(
        "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780",
        "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="));
  }

  @Test
  void should_decrypt_the_sample_post_to_a_text_message_from_mycreate() throws Exception {
    String xml = SAMPLE.verifyAndDecrypt("477715d11cdb4164915debcba66cb864d751f3e6", "1409659813",
        "1372623149", "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==");
    WecomMessage m = WecomMessage.parse(xml);
    assertEquals("mycreate", m.fromUser());
    assertEquals("text", m.msgType());
    assertEquals("hello", m.content());
    assertEquals("4561255354251345929", m.msgId());
  }

  @Test
  void should_round_trip_chinese_text() throws Exception {
    String question = "平湖跨境电商到2027年的出口目标是多少?😀";
    String encrypted = SAMPLE.encrypt(question);
    String sig = SAMPLE.signature("1700000000", "n1", encrypted);
    assertEquals(question, SAMPLE.verifyAndDecrypt(sig, "1700000000", "n1", encrypted));
  }

  @Test
  void should_reject_a_forged_signature_and_another_corps_message() {
    String encrypted = SAMPLE.encrypt("hello");
    assertThrows(WecomCrypto.SignatureException.class,
        () -> SAMPLE.verifyAndDecrypt("0".repeat(40), "1", "2", encrypted));
    WecomCrypto other = new WecomCrypto("QDG6eK", "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C",
        "wx-other-corp");
    String foreign = other.encrypt("hello");
    WecomCrypto.CryptoException e = assertThrows(WecomCrypto.MalformedMessageException.class,
        () -> SAMPLE.verifyAndDecrypt(SAMPLE.signature("1", "2", foreign), "1", "2", foreign));
    assertEquals("message is for another CorpID", e.getMessage());
    assertThrows(WecomCrypto.MalformedMessageException.class,
        () -> SAMPLE.decrypt("not base64 at all!"));
  }

  static final String CORP = "wx5823bf96d3bd56c7";
  static final String KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

  /** Signs an encrypted plaintext correctly, so only the plaintext can be at fault. */
  static String open(byte[] plaintext) throws WecomCrypto.CryptoException {
    String encrypted = FakeWecomServer.encrypt(KEY, plaintext);
    return SAMPLE.verifyAndDecrypt(SAMPLE.signature("1700000000", "n", encrypted), "1700000000",
        "n", encrypted);
  }

  static byte[] hello(int lengthField) {
    return FakeWecomServer.plaintext(lengthField, "hello".getBytes(StandardCharsets.UTF_8), CORP);
  }

  @Test
  void should_open_a_well_formed_plaintext_built_by_the_fake() throws Exception {
    assertEquals("hello", open(hello(5)));
  }

  @Test
  void should_refuse_length_fields_that_overflow_or_run_past_the_end() {
    // "hello" + CorpID leaves 5 + 18 bytes after the length field
    for (int length : new int[] {0x7fffffff, 0x80000000, 5 + 18 + 1, -1}) {
      WecomCrypto.CryptoException e = assertThrows(WecomCrypto.MalformedMessageException.class,
          () -> open(hello(length)), "length " + length);
      assertEquals("bad message length", e.getMessage());
    }
  }

  @Test
  void should_refuse_bad_padding_and_a_message_that_is_not_utf8() {
    byte[] zeroPad = hello(5);
    zeroPad[zeroPad.length - 1] = 0;
    assertEquals("bad padding", assertThrows(WecomCrypto.MalformedMessageException.class,
        () -> open(zeroPad)).getMessage());
    byte[] unevenPad = hello(5);
    unevenPad[unevenPad.length - 2] ^= 1;
    assertEquals("bad padding", assertThrows(WecomCrypto.MalformedMessageException.class,
        () -> open(unevenPad)).getMessage());
    byte[] notUtf8 = FakeWecomServer.plaintext(2, new byte[] {(byte) 0xff, (byte) 0xfe}, CORP);
    assertEquals("message is not UTF-8", assertThrows(WecomCrypto.MalformedMessageException.class,
        () -> open(notUtf8)).getMessage());
  }
}
