package newsbot.bot.wecom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
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
  public static final class CryptoException extends Exception {
    public CryptoException(String message) {
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
      throw new CryptoException("missing msg_signature, timestamp, nonce or message");
    }
    byte[] expected = signature(timestamp, nonce, encrypted).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, msgSignature.getBytes(StandardCharsets.US_ASCII))) {
      throw new CryptoException("bad signature");
    }
    return decrypt(encrypted);
  }

  public String decrypt(String encrypted) throws CryptoException {
    byte[] plain;
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
          new IvParameterSpec(key, 0, 16));
      plain = cipher.doFinal(Base64.getDecoder().decode(encrypted));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw new CryptoException("cannot decrypt: " + e.getClass().getSimpleName());
    }
    int pad = plain.length == 0 ? 0 : plain[plain.length - 1] & 0xff;
    if (pad < 1 || pad > BLOCK || pad > plain.length) {
      throw new CryptoException("bad padding");
    }
    int end = plain.length - pad;
    if (end < 20) {
      throw new CryptoException("message too short");
    }
    int length = ByteBuffer.wrap(plain, 16, 4).getInt();
    if (length < 0 || 20 + length > end) {
      throw new CryptoException("bad message length");
    }
    String message = new String(plain, 20, length, StandardCharsets.UTF_8);
    String from = new String(plain, 20 + length, end - 20 - length, StandardCharsets.UTF_8);
    if (!from.equals(corpId)) {
      throw new CryptoException("message is for another CorpID");
    }
    return message;
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
