package newsbot.bot.wecom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeCom's callback crypto: signature = SHA-1 of the sorted [token, timestamp, nonce, encrypt];
 * AES-256-CBC with key = Base64(EncodingAESKey + "="), IV = the key's first 16 bytes, PKCS#7 padding
 * to 32-byte blocks (done here: the JDK's PKCS5Padding refuses pads above 16); plaintext =
 * random(16) + 4-byte big-endian length + message + CorpID. Immutable and thread-safe; the token
 * and key never appear in {@link #toString()}.
 */
public final class WecomCrypto {

  private static final int BLOCK = 32;
  private final String token;
  private final byte[] key;
  private final String corpId;
  private final SecureRandom random = new SecureRandom();

  public WecomCrypto(String token, String encodingAesKey, String corpId) {
    if (encodingAesKey == null || encodingAesKey.length() != 43) {
      throw new IllegalArgumentException("the EncodingAESKey must be 43 characters");
    }
    this.token = token;
    this.key = Base64.getDecoder().decode(encodingAesKey + "=");
    this.corpId = corpId;
  }

  /** Thrown for a request that must not be acted on; the message is safe to log. */
  public abstract static sealed class CryptoException extends Exception
      permits SignatureException, MalformedMessageException, StaleMessageException {
    private static final long serialVersionUID = 1L;

    CryptoException(String message) {
      super(message);
    }
  }

  /** The signature is not ours: whoever sent it does not know the callback token. */
  public static final class SignatureException extends CryptoException {
    private static final long serialVersionUID = 1L;

    public SignatureException(String message) {
      super(message);
    }
  }

  /** Missing fields, or a plaintext that is not what WeCom builds (length, padding, CorpID, XML). */
  public static final class MalformedMessageException extends CryptoException {
    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String message) {
      super(message);
    }
  }

  /** A timestamp outside the freshness window (a replay, or a clock far off). */
  public static final class StaleMessageException extends CryptoException {
    private static final long serialVersionUID = 1L;

    public StaleMessageException(String message) {
      super(message);
    }
  }

  /** The signature WeCom puts in msg_signature. */
  public String signature(String timestamp, String nonce, String encrypted) {
    String[] parts = {token, timestamp, nonce, encrypted};
    Arrays.sort(parts);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1")
          .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-1 is part of every JDK", e);
    }
  }

  /** Checks the signature (in constant time) and decrypts; the CorpID must be ours. */
  public String verifyAndDecrypt(String msgSignature, String timestamp, String nonce,
      String encrypted) throws CryptoException {
    if (msgSignature == null || timestamp == null || nonce == null || encrypted == null) {
      throw new MalformedMessageException("missing msg_signature, timestamp, nonce or message");
    }
    byte[] expected = signature(timestamp, nonce, encrypted).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, msgSignature.getBytes(StandardCharsets.US_ASCII))) {
      throw new SignatureException("bad signature");
    }
    return decrypt(encrypted);
  }

  /** Decrypts and unpacks random(16) + length + message + CorpID; any other shape is refused. */
  public String decrypt(String encrypted) throws MalformedMessageException {
    byte[] plain;
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
          new IvParameterSpec(key, 0, 16));
      plain = cipher.doFinal(Base64.getDecoder().decode(encrypted));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new MalformedMessageException("cannot decrypt: " + e.getClass().getSimpleName());
    }
    int end = plain.length - padding(plain);
    if (end < 20) {
      throw new MalformedMessageException("message too short");
    }
    int length = ByteBuffer.wrap(plain, 16, 4).getInt();
    if (length < 0 || length > end - 20) { // not 20 + length > end: that overflows
      throw new MalformedMessageException("bad message length");
    }
    byte[] corp = corpId.getBytes(StandardCharsets.UTF_8);
    if (!Arrays.equals(plain, 20 + length, end, corp, 0, corp.length)) {
      throw new MalformedMessageException("message is for another CorpID");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .decode(ByteBuffer.wrap(plain, 20, length)).toString();
    } catch (CharacterCodingException e) {
      throw new MalformedMessageException("message is not UTF-8");
    }
  }

  /** The PKCS#7 pad length (1 to 32), every pad byte checked. */
  private static int padding(byte[] plain) throws MalformedMessageException {
    int pad = plain.length == 0 ? 0 : plain[plain.length - 1] & 0xff;
    if (pad < 1 || pad > BLOCK || pad > plain.length) {
      throw new MalformedMessageException("bad padding");
    }
    for (int i = plain.length - pad; i < plain.length; i++) {
      if ((plain[i] & 0xff) != pad) {
        throw new MalformedMessageException("bad padding");
      }
    }
    return pad;
  }

  /** Encrypts a message the way WeCom does (for replies and for tests of the callback). */
  public String encrypt(String message) {
    byte[] msg = message.getBytes(StandardCharsets.UTF_8);
    byte[] corp = corpId.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    out.writeBytes(nonce);
    out.writeBytes(ByteBuffer.allocate(4).putInt(msg.length).array());
    out.writeBytes(msg);
    out.writeBytes(corp);
    int pad = BLOCK - out.size() % BLOCK;
    for (int i = 0; i < pad; i++) {
      out.write(pad);
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"),
          new IvParameterSpec(key, 0, 16));
      return Base64.getEncoder().encodeToString(cipher.doFinal(out.toByteArray()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/CBC is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "WecomCrypto[corpId=" + corpId + "]";
  }
}
