package org.duibiao.ingest;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Keeps a table row on one line of text. Tika's text output starts every cell with a tab but also ends every
 * paragraph inside a cell with a line break, so a Word table (whose cells hold paragraphs) came out one cell per
 * line: a task, its responsible unit and its deadline no longer stood together, and the tab at each line's start read
 * as an indent. Inside a cell a line break becomes a space; the row's own line break and the tabs are kept.
 */
final class TableRows extends ContentHandlerDecorator {

  private static final char[] SPACE = {' '};

  private int cells;
  /** A line break inside a cell not written yet: a space if more text of the cell follows, else nothing. */
  private boolean pending;

  TableRows(ContentHandler handler) {
    super(handler);
  }

  @Override
  public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
    if (isCell(localName)) {
      cells++;
      pending = false;
    }
    super.startElement(uri, localName, name, atts);
  }

  @Override
  public void endElement(String uri, String localName, String name) throws SAXException {
    if (isCell(localName) && cells > 0) {
      cells--;
      pending = false;
    }
    super.endElement(uri, localName, name);
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    write(ch, start, length, false);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    write(ch, start, length, true);
  }

  private void write(char[] ch, int start, int length, boolean ignorable) throws SAXException {
    if (cells == 0) {
      forward(ch, start, length, ignorable);
      return;
    }
    int from = start;
    int end = start + length;
    for (int i = start; i < end; i++) {
      char c = ch[i];
      if (c == '\n' || c == '\r') {
        forward(ch, from, i - from, ignorable);
        pending = true;
        from = i + 1;
      } else if (pending && !Character.isWhitespace(c)) {
        forward(ch, from, i - from, ignorable);
        forward(SPACE, 0, 1, ignorable);
        pending = false;
        from = i;
      }
    }
    forward(ch, from, end - from, ignorable);
  }

  private void forward(char[] ch, int start, int length, boolean ignorable) throws SAXException {
    if (length <= 0) {
      return;
    }
    if (ignorable) {
      super.ignorableWhitespace(ch, start, length);
    } else {
      super.characters(ch, start, length);
    }
  }

  private static boolean isCell(String localName) {
    return "td".equals(localName) || "th".equals(localName);
  }
}
