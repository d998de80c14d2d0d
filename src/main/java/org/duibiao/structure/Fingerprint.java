package org.duibiao.structure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content fingerprints: SHA-256 over the Han characters and digits only, so layout and punctuation do not count. */
public final class Fingerprint {
  private Fingerprint() {}

  public static String of(String normalized) {
    StringBuilder sb = new StringBuilder(normalized.length());
    normalized.codePoints()
        .filter(cp -> Character.isDigit(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
        .forEach(sb::appendCodePoint);
    return sha256(sb.toString()).substring(0, 16);
  }

  public static String sha256(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
