package org.duibiao.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * A .docx made ready for Tika in one pass over its package: without its notes ({@link WordNotes}) and with its
 * automatic numbering written out as text ({@link WordNumbering}).
 */
final class WordPackage {

  private WordPackage() {}

  /**
   * The document as Tika should read it, or {@code docx} itself when nothing needed changing or it cannot be
   * rewritten (Tika then reads it as it is and reports what is wrong with it).
   */
  static byte[] prepare(byte[] docx) {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(docx))) {
      boolean changed = WordNotes.strip(pkg);
      changed |= WordNumbering.writeLabels(pkg);
      if (!changed) {
        pkg.revert();
        return docx;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
      pkg.save(out);
      return out.toByteArray();
    } catch (Exception | LinkageError e) {
      return docx;
    }
  }
}
