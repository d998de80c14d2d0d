package org.duibiao.structure;

/** A line of the normalized text: [start, end) in normalized offsets. */
record Paragraph(int index, int start, int end, String text) {

  static java.util.List<Paragraph> split(String normalized) {
    java.util.List<Paragraph> out = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 0; i <= normalized.length(); i++) {
      if (i == normalized.length() || normalized.charAt(i) == '\n') {
        if (i > start) {
          out.add(new Paragraph(out.size(), start, i, normalized.substring(start, i)));
        }
        start = i + 1;
      }
    }
    return out;
  }
}
