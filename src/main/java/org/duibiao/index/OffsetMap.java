package org.duibiao.index;

import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.duibiao.normalize.NormalizedText;

/**
 * Where each character of a normalized text came from in the original: per character its original span
 * [start, end), relative to a base. Built once per document from {@link NormalizedText}; every entry stores the
 * slice it indexed, as zigzag varints of (start minus the previous end, span length) — mostly 0 and 1, which
 * Lucene's stored-field compression squeezes further.
 */
final class OffsetMap {

  private final int[] starts;
  private final int[] ends;

  private OffsetMap(int[] starts, int[] ends) {
    this.starts = starts;
    this.ends = ends;
  }

  /** The map of a whole normalized text, relative to the start of the original. */
  static OffsetMap of(NormalizedText nt) {
    int n = nt.text().length();
    int[] s = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      int[] span = nt.originSpan(i, i + 1);
      s[i] = span[0];
      e[i] = span[1];
    }
    return new OffsetMap(s, e);
  }

  int length() {
    return starts.length;
  }

  /** Original start of normalized character {@code i}. */
  int start(int i) {
    return starts[i];
  }

  /** Original end (exclusive) of normalized character {@code i}; equal to the start for inserted characters. */
  int end(int i) {
    return ends[i];
  }

  /** The slice [from, to) with offsets made relative to {@code base}, as stored bytes. */
  BytesRef encode(int from, int to, int base) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(to - from);
      int last = base;
      for (int i = from; i < to; i++) {
        out.writeZInt(starts[i] - last);
        out.writeVInt(ends[i] - starts[i]);
        last = ends[i];
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e); // in-memory output
    }
    return new BytesRef(out.toArrayCopy());
  }

  static OffsetMap decode(BytesRef bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
    int n = in.readVInt();
    int[] s = new int[n];
    int[] e = new int[n];
    int last = 0;
    try {
      for (int i = 0; i < n; i++) {
        s[i] = last + in.readZInt();
        e[i] = s[i] + in.readVInt();
        last = e[i];
      }
    } catch (java.io.IOException ex) {
      throw new IllegalStateException(ex); // in-memory input
    }
    return new OffsetMap(s, e);
  }
}
