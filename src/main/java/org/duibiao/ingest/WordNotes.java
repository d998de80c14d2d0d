package org.duibiao.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xwpf.usermodel.XWPFRelation;

/**
 * A .docx without its comments, footnotes and endnotes. Tika's streaming DOCX reader writes them after the body with
 * nothing to tell them apart, so a reviewer's comment (建议明确…) or a footnote read as one more clause of the last
 * section. The document's own text, its tables and text boxes are left as they are; only the links from the body
 * to those parts are cut.
 */
final class WordNotes {

  private WordNotes() {}

  private static final List<String> NOTES = List.of(XWPFRelation.COMMENT.getRelation(),
      XWPFRelation.FOOTNOTE.getRelation(), XWPFRelation.ENDNOTE.getRelation());

  /** Cuts the links from the main document of {@code pkg} to its notes; true when it had any. */
  static boolean strip(OPCPackage pkg) throws Exception {
    boolean changed = false;
    for (PackagePart main : pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT)) {
      List<String> ids = new ArrayList<>();
      for (String type : NOTES) {
        for (PackageRelationship r : main.getRelationshipsByType(type)) {
          ids.add(r.getId());
        }
      }
      for (String id : ids) {
        main.removeRelationship(id);
        changed = true;
      }
    }
    return changed;
  }
}
