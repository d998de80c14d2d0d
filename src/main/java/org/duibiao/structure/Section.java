package org.duibiao.structure;

import java.util.List;

/**
 * A numbered part of a document.
 *
 * @param marker the numbering as written in normalized form: 二, （一）, 3, （1）, ①, 一是, 第三条
 * @param heading the heading text in the original script (may be empty for enumeration items)
 * @param path the markers from the top, joined with '/': 二/（一）/3
 * @param level 1 for top-level parts
 * @param start original start offset of the section
 * @param end original end offset of the section
 * @param children the sections inside this one
 */
public record Section(String marker, String heading, String path, int level, int start, int end, List<Section> children) {
  public Section {
    if (marker == null || path == null || heading == null) {
      throw new IllegalArgumentException("marker, heading and path are required");
    }
    children = List.copyOf(children);
  }
}
