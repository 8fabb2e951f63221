package newsbot.bot.log;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who asked, as the question log keeps it: HMAC-SHA256 of the channel and the user's id under a
 * salt from the environment, cut to 16 bytes. The same person hashes the same way while the salt
 * stays, so {@code /forget} and the one-vote rule work, and nobody holding the database alone can
 * get back to an id or test a guess.
 */
public final class UserHash {

  private final SecretKeySpec key;
  private final boolean stable;

  private UserHash(byte[] salt, boolean stable) {
    this.key = new SecretKeySpec(salt, "HmacSHA256");
    this.stable = stable;
  }

  /**
   * @param salt the configured salt; blank means a random salt for this process only (then hashes
   *     change at restart: {@link #stable()} is false)
   */
  public static UserHash of(String salt) {
    if (salt == null || salt.isBlank()) {
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      return new UserHash(random, false);
    }
    return new UserHash(salt.getBytes(StandardCharsets.UTF_8), true);
  }

  /** Whether the same user hashes the same way after a restart. */
  public boolean stable() {
    return stable;
  }

  public String of(String channel, String userId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] h = mac.doFinal((channel + "\u0000" + userId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "UserHash[" + (stable ? "configured salt" : "per-process salt") + "]"; // never the salt
  }
}
