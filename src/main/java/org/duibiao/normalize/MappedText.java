package org.duibiao.normalize;

import java.util.Arrays;

/**
 * Text in which every character knows the span of the original text it came from. Each normalization step reads
 * one {@code MappedText} and builds the next with a {@link Builder}, so offsets compose exactly however many steps
 * delete, replace or join characters.
 */
public final class MappedText {

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private MappedText(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The identity mapping of an original text. */
  public static MappedText of(String original) {
    int n = original.length();
    int[] s = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = i;
      e[i] = i + 1;
    }
    return new MappedText(original, s, e);
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  public char charAt(int i) {
    return text.charAt(i);
  }

  /** Original start offset of character {@code i}. */
  public int originStart(int i) {
    return starts[i];
  }

  /** Original end offset (exclusive) of character {@code i}. */
  public int originEnd(int i) {
    return ends[i];
  }

  /** The original span [start, end) covered by the normalized span [from, to). */
  public int[] originSpan(int from, int to) {
    if (from >= to) {
      int at = from < starts.length ? starts[from] : (starts.length == 0 ? 0 : ends[ends.length - 1]);
      return new int[] {at, at};
    }
    int s = Integer.MAX_VALUE;
    int e = Integer.MIN_VALUE;
    // Characters map monotonically in all our steps, but take min/max to stay safe.
    for (int i = from; i < to; i++) {
      s = Math.min(s, starts[i]);
      e = Math.max(e, ends[i]);
    }
    return new int[] {s, e};
  }

  /** A builder for the next step's text, appending characters with the origin of characters of this text. */
  public Builder builder() {
    return new Builder(this);
  }

  /** Builds a {@link MappedText} from pieces of a source {@link MappedText}. */
  public static final class Builder {
    private final MappedText source;
    private final StringBuilder sb;
    private int[] starts;
    private int[] ends;

    private Builder(MappedText source) {
      this.source = source;
      this.sb = new StringBuilder(source.length());
      this.starts = new int[Math.max(16, source.length())];
      this.ends = new int[Math.max(16, source.length())];
    }

    private void grow() {
      if (sb.length() >= starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
      }
    }

    /** Appends source character {@code i} unchanged. */
    public Builder keep(int i) {
      return put(source.text.charAt(i), source.starts[i], source.ends[i]);
    }

    /** Appends source characters [from, to) unchanged. */
    public Builder keep(int from, int to) {
      for (int i = from; i < to; i++) {
        keep(i);
      }
      return this;
    }

    /** Appends {@code c} in place of source character {@code i}. */
    public Builder replace(int i, char c) {
      return put(c, source.starts[i], source.ends[i]);
    }

    /** Appends {@code replacement} in place of source span [from, to); every new char maps to the whole span. */
    public Builder replace(int from, int to, String replacement) {
      int[] span = source.originSpan(from, to);
      for (int k = 0; k < replacement.length(); k++) {
        put(replacement.charAt(k), span[0], span[1]);
      }
      return this;
    }

    /** Appends a character that stands for nothing in the source (a separator), anchored at source char i. */
    public Builder insert(char c, int anchor) {
      int at = anchor < source.length() ? source.starts[anchor]
          : (source.length() == 0 ? 0 : source.ends[source.length() - 1]);
      return put(c, at, at);
    }

    private Builder put(char c, int s, int e) {
      grow();
      starts[sb.length()] = s;
      ends[sb.length()] = e;
      sb.append(c);
      return this;
    }

    public int length() {
      return sb.length();
    }

    public char lastChar() {
      return sb.length() == 0 ? '\0' : sb.charAt(sb.length() - 1);
    }

    public MappedText build() {
      int n = sb.length();
      return new MappedText(sb.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }
  }
}
