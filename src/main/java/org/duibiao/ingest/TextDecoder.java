package org.duibiao.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Decodes plain-text files whose encoding nobody stated: BOM, then UTF-8 if the bytes are valid UTF-8, else the
 * Chinese legacy encodings tried strictly (Big5 rejects most GBK byte pairs, while GB18030 accepts almost any
 * bytes, so Big5 is tried first and juniversalchardet breaks a tie).
 */
final class TextDecoder {

  private TextDecoder() {}

  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");

  record Decoded(String text, String charset) {}

  static Decoded decode(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    Charset utf16 = utf16WithoutBom(bytes);
    if (utf16 != null) {
      return new Decoded(new String(bytes, utf16), utf16.name());
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return new Decoded(utf8, "UTF-8");
    }
    String big5 = strict(bytes, BIG5);
    String gb = strict(bytes, GB18030);
    if (big5 != null && gb != null) {
      String guess = universal(bytes);
      if ("BIG5".equalsIgnoreCase(guess) || "Big5".equalsIgnoreCase(guess)) {
        return new Decoded(big5, "Big5");
      }
      return new Decoded(gb, "GB18030");
    }
    if (big5 != null) {
      return new Decoded(big5, "Big5");
    }
    if (gb != null) {
      return new Decoded(gb, "GB18030");
    }
    // Damaged text: decode leniently with the likelier charset; garbled spans are flagged downstream.
    String guess = universal(bytes);
    Charset cs = guess != null && Charset.isSupported(guess) ? Charset.forName(guess) : StandardCharsets.UTF_8;
    return new Decoded(new String(bytes, cs), cs.name());
  }

  /**
   * Text that Tika's detector took for binary data: its text detector judges only by byte classes, so GB18030,
   * GBK and Big5 files, whose bytes are mostly above 0x7F, come back as application/octet-stream. The bytes count as
   * text when some charset decodes them strictly into characters that all belong in a document and that are
   * mostly Han characters, letters, digits, punctuation and spaces. Random or compressed bytes fail this at once:
   * they hold control bytes, and GB18030 turns them into unassigned and private-use code points.
   *
   * @return the decoded text, or null when the bytes are not text
   */
  static Decoded sniffText(byte[] bytes) {
    if (looksBinary(bytes)) {
      return utf16Chinese(bytes);
    }
    Decoded d = decode(bytes);
    return plausibleText(d.text()) ? d : null;
  }

  /**
   * UTF-16 without a byte-order mark whose text is mostly Chinese has few zero bytes to recognise it by, and
   * looks binary; it decodes strictly into plausible, largely Han text in one byte order only.
   */
  private static Decoded utf16Chinese(byte[] bytes) {
    if (bytes.length % 2 != 0) {
      return null;
    }
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      String text = strict(bytes, cs);
      if (text != null && plausibleText(text) && hanShare(text) >= 0.3) {
        return new Decoded(text, cs.name());
      }
    }
    return null;
  }

  private static double hanShare(String text) {
    int n = Math.min(text.length(), 64 * 1024);
    long han = text.substring(0, n).codePoints()
        .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
    return n == 0 ? 0 : (double) han / n;
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 64 * 1024);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    // UTF-16 text has a NUL in every other byte; decode() recognises it, so leave it to plausibleText.
    return controls > n / 100 && utf16WithoutBom(bytes) == null;
  }

  private static boolean plausibleText(String text) {
    int n = Math.min(text.length(), 64 * 1024);
    if (n == 0) {
      return false;
    }
    int good = 0;
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      if (c == '\uFFFD' || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
          || type == Character.CONTROL && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        bad++;
      } else if (Character.isLetterOrDigit(c) || Character.isWhitespace(c) || isPunctuation(type)) {
        good++;
      }
    }
    return bad * 200 < n && good * 10 >= n * 9;
  }

  private static boolean isPunctuation(int type) {
    return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL || type == Character.OTHER_SYMBOL
        || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_NUMBER;
  }

  private static Charset utf16WithoutBom(byte[] bytes) {
    int n = Math.min(bytes.length, 4000) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        evenZero++;
      }
      if (bytes[i + 1] == 0) {
        oddZero++;
      }
    }
    int pairs = n / 2;
    if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  static String strict(byte[] bytes, Charset cs) {
    CharsetDecoder d = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = d.decode(ByteBuffer.wrap(bytes));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String universal(byte[] bytes) {
    try {
      Charset cs = new UniversalEncodingDetector().detect(new ByteArrayInputStream(bytes), new Metadata());
      return cs == null ? null : cs.name();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
