package org.duibiao.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.util.BytesRef;
import org.duibiao.nlp.Term;

/**
 * The text fields of index entries, analyzed by the indexer rather than by {@link PolicyAnalyzer}, with the same
 * tokens: words from segmentations the indexer already has (a clause's words serve its entry and its document's),
 * and character bigrams. The tokens are handed to Lucene as UTF-8 terms, made once per word; each indexing thread
 * reuses one token stream per field (as Lucene's own fields do), so a field costs no new attributes.
 * {@code IndexedTextTest} checks that the tokens are the analyzer's.
 */
final class IndexedText {

  private IndexedText() {}

  /**
   * The words of a segmented text as index terms: punctuation, symbols and spaces dropped, Latin letters
   * lower-cased ({@link WordTokens}), in UTF-8, with their offsets.
   */
  static final class Words {
    private final BytesRef[] terms;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private Words(List<Term> words) {
      terms = new BytesRef[words.size()];
      starts = new int[words.size()];
      ends = new int[words.size()];
      int n = 0;
      for (Term t : words) {
        if (WordTokens.isWord(t)) {
          terms[n] = new BytesRef(WordTokens.lowerLatin(t.word()));
          starts[n] = t.offset();
          ends[n] = t.end();
          n++;
        }
      }
      size = n;
    }

    static Words of(List<Term> words) {
      return new Words(words);
    }
  }

  /**
   * A field of the words of one text, or of several texts of one document laid end to end: {@code parts[i]} starts
   * at offset {@code bases[i]}; {@code length} is the final offset.
   */
  static Field words(String name, FieldType type, Words[] parts, int[] bases, int length) {
    return new WordsField(name, type, parts, bases, length);
  }

  /** A field of the words of one text of {@code length} characters. */
  static Field words(String name, FieldType type, Words words, int length) {
    return new WordsField(name, type, new Words[] {words}, new int[] {0}, length);
  }

  /** A field of the character bigrams of a text ({@link BigramTokens}). */
  static Field bigrams(String name, FieldType type, String text) {
    return new BigramsField(name, type, text);
  }

  private static final class WordsField extends Field {
    private final Words[] parts;
    private final int[] bases;
    private final int length;

    WordsField(String name, FieldType type, Words[] parts, int[] bases, int length) {
      super(name, type);
      this.parts = parts;
      this.bases = bases;
      this.length = length;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      WordStream s = reuse instanceof WordStream w ? w : new WordStream();
      s.parts = parts;
      s.bases = bases;
      s.length = length;
      return s;
    }
  }

  private static final class BigramsField extends Field {
    private final String text;

    BigramsField(String name, FieldType type, String text) {
      super(name, type);
      this.text = text;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      BigramStream s = reuse instanceof BigramStream b ? b : new BigramStream();
      s.text = text;
      return s;
    }
  }

  /** The tokens of a {@link WordsField}; set before every use. */
  private static final class WordStream extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    Words[] parts;
    int[] bases;
    int length;
    private int part;
    private int next;

    @Override
    public void reset() {
      clearAttributes(); // end() left a position increment of 0; every token sets the term and the offsets
      part = 0;
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      while (part < parts.length && next >= parts[part].size) {
        part++;
        next = 0;
      }
      if (part >= parts.length) {
        return false;
      }
      Words w = parts[part];
      int base = bases[part];
      term.setBytesRef(w.terms[next]);
      offset.setOffset(base + w.starts[next], base + w.ends[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws java.io.IOException {
      super.end();
      offset.setOffset(length, length);
    }
  }

  /**
   * The tokens of a {@link BigramsField}: the text is lower-cased and encoded in UTF-8 once, and every token is a
   * slice of those bytes (a bigram is two neighbouring code points, so its bytes are neighbours too).
   */
  private static final class BigramStream extends TokenStream {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final BytesRef slice = new BytesRef();
    String text;
    /** UTF-8 of the text, Latin capitals lower-cased. */
    private byte[] bytes = new byte[256];
    /** Where the bytes of the character at each index start; one more entry for the end. */
    private int[] byteAt = new int[64];
    /** Whether the code point starting at each index is a run character ({@link BigramTokens#inRun}). */
    private boolean[] run = new boolean[64];
    private int pos;

    @Override
    public void reset() {
      clearAttributes(); // end() left a position increment of 0; every token sets the term and the offsets
      encode();
      pos = 0;
    }

    private void encode() {
      String s = text;
      int n = s.length();
      if (byteAt.length < n + 1) {
        byteAt = new int[Math.max(n + 1, byteAt.length * 2)];
        run = new boolean[byteAt.length];
      }
      if (bytes.length < 3 * n) {
        bytes = new byte[Math.max(3 * n, bytes.length * 2)];
      }
      int b = 0;
      for (int i = 0; i < n; ) {
        int cp = s.codePointAt(i);
        int count = Character.charCount(cp);
        boolean paired = count == 2 || !Character.isSurrogate((char) cp);
        byteAt[i] = b;
        run[i] = BigramTokens.inRun(cp);
        if (count == 2) {
          byteAt[i + 1] = b; // inside a pair: never a token boundary
          run[i + 1] = false;
        }
        int c = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        if (!paired) {
          c = 0xFFFD; // a lone surrogate: never in a token, as UTF-8 encoding would replace it
        }
        if (c < 0x80) {
          bytes[b++] = (byte) c;
        } else if (c < 0x800) {
          bytes[b++] = (byte) (0xC0 | (c >> 6));
          bytes[b++] = (byte) (0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
          bytes[b++] = (byte) (0xE0 | (c >> 12));
          bytes[b++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          bytes[b++] = (byte) (0x80 | (c & 0x3F));
        } else {
          bytes[b++] = (byte) (0xF0 | (c >> 18));
          bytes[b++] = (byte) (0x80 | ((c >> 12) & 0x3F));
          bytes[b++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          bytes[b++] = (byte) (0x80 | (c & 0x3F));
        }
        i += count;
      }
      byteAt[n] = b;
      slice.bytes = bytes;
    }

    @Override
    public boolean incrementToken() {
      int n = text.length();
      int at = pos;
      while (at < n && !run[at]) {
        at++;
      }
      if (at >= n) {
        pos = n;
        return false;
      }
      int second = at + Character.charCount(text.codePointAt(at));
      int end = second;
      if (second < n && run[second]) {
        end = second + Character.charCount(text.codePointAt(second));
      }
      slice.offset = byteAt[at];
      slice.length = byteAt[end] - slice.offset;
      term.setBytesRef(slice);
      offset.setOffset(at, end);
      pos = second;
      return true;
    }

    @Override
    public void end() throws java.io.IOException {
      super.end();
      offset.setOffset(text.length(), text.length());
    }
  }
}
