package org.duibiao.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.duibiao.nlp.Quantity;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.nlp.Segmenter;
import org.duibiao.nlp.Term;
import org.duibiao.normalize.NormalizedText;
import org.duibiao.structure.Clause;
import org.duibiao.structure.DocMetadata;
import org.duibiao.structure.PolicyDocument;
import org.duibiao.structure.Section;

/**
 * Turns a {@link PolicyDocument} into its index entries: one for the document, one per clause. The normalized text
 * is segmented once; the document entry and every clause entry take their words from that one segmentation.
 */
final class DocumentMapper {

  private final FacetsConfig facets = Schema.facetsConfig();

  /** The file's identity in the index. */
  record Identity(String docid, String path, String hash) {}

  /** The entries of one file, the document entry first. */
  List<Document> entries(PolicyDocument d, Identity id) throws IOException {
    NormalizedText nt = d.text();
    List<Term> words = Segmenter.segment(nt.text());
    OffsetMap map = OffsetMap.of(nt);
    Shared shared = Shared.of(d.metadata());
    List<Document> out = new ArrayList<>(1 + d.clauses().size());
    out.add(facets.build(documentEntry(d, id, shared, words, map)));
    Map<String, String> headings = new HashMap<>();
    collectHeadings(d.sections(), headings);
    int t = 0;
    for (Clause c : d.clauses()) {
      while (t < words.size() && words.get(t).offset() < c.normStart()) {
        t++;
      }
      int u = t;
      while (u < words.size() && words.get(u).end() <= c.normEnd()) {
        u++;
      }
      out.add(facets.build(clauseEntry(c, id, shared, WordTokenizer.of(words, t, u, c.normStart()), map,
          headings.getOrDefault(c.path(), ""))));
      t = u;
    }
    return out;
  }

  private Document documentEntry(PolicyDocument d, Identity id, Shared shared, List<Term> words, OffsetMap map) {
    Document doc = new Document();
    common(doc, id, shared, Schema.KIND_DOC, id.docid() + "#");
    doc.add(new BinaryDocValuesField(Schema.HASH, new BytesRef(id.hash())));
    Set<String> headings = new LinkedHashSet<>();
    for (Clause c : d.clauses()) {
      if (!c.heading().isEmpty()) {
        headings.add(c.heading());
      }
    }
    for (String h : headings) {
      text(doc, Schema.HEADING, h);
    }
    String text = d.text().text();
    doc.add(new Field(Schema.TEXT, WordTokenizer.of(words, 0, words.size(), 0), Schema.ANALYZED));
    doc.add(new Field(Schema.bigrams(Schema.TEXT), text, Schema.ANALYZED));
    doc.add(new StoredField(Schema.S_ORIGINAL, d.text().original()));
    doc.add(new StoredField(Schema.S_OFFSETS, map.encode(0, text.length(), 0)));
    doc.add(new StoredField(Schema.S_CLAUSES, d.clauses().size()));
    return doc;
  }

  private Document clauseEntry(Clause c, Identity id, Shared shared, org.apache.lucene.analysis.TokenStream words,
      OffsetMap map, String heading) {
    Document doc = new Document();
    common(doc, id, shared, Schema.KIND_CLAUSE, id.docid() + "#" + c.id());
    doc.add(new StoredField(Schema.S_CLAUSE, c.id()));
    doc.add(new StringField(Schema.SECTION, c.path(), Field.Store.YES));
    doc.add(new StoredField(Schema.S_HEADING, heading));
    if (!c.heading().isEmpty()) {
      text(doc, Schema.HEADING, c.heading());
    }
    doc.add(new StringField(Schema.MODALITY, c.modality().modality().label(), Field.Store.YES));
    for (Quantity q : c.quantities()) {
      quantity(doc, q);
    }
    doc.add(new Field(Schema.TEXT, words, Schema.ANALYZED));
    doc.add(new Field(Schema.bigrams(Schema.TEXT), c.text(), Schema.ANALYZED));
    doc.add(new StoredField(Schema.S_ORIGINAL, c.quote()));
    doc.add(new StoredField(Schema.S_START, c.start()));
    doc.add(new StoredField(Schema.S_OFFSETS, map.encode(c.normStart(), c.normEnd(), c.start())));
    doc.add(new StoredField(Schema.S_NORMALIZED, c.text()));
    return doc;
  }

  /** Metadata every entry of a file carries, for filters, facets and display. */
  private static void common(Document doc, Identity id, Shared m, String kind, String key) {
    doc.add(new StringField(Schema.KIND, kind, Field.Store.NO));
    doc.add(new StringField(Schema.DOCID, id.docid(), Field.Store.YES));
    doc.add(new StringField(Schema.KEY, key, Field.Store.NO));
    doc.add(new SortedDocValuesField(Schema.KEY, new BytesRef(key)));
    doc.add(new BinaryDocValuesField(Schema.PATH, new BytesRef(id.path())));
    doc.add(new StoredField(Schema.S_TITLE, m.meta.title()));
    doc.add(new StoredField(Schema.S_ISSUER, m.meta.issuer()));
    doc.add(new StoredField(Schema.S_DATE, m.meta.date()));
    for (String n : m.meta.docNumbers()) {
      doc.add(new StoredField(Schema.S_DOCNUMBER, n));
    }
    if (!m.title.isEmpty()) {
      doc.add(new Field(Schema.TITLE, WordTokenizer.of(m.titleWords, 0, m.titleWords.size(), 0), Schema.ANALYZED));
      doc.add(new Field(Schema.bigrams(Schema.TITLE), m.title, Schema.ANALYZED));
    }
    doc.add(new StringField(Schema.TYPE, m.meta.type().label(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(Schema.TYPE, m.meta.type().label()));
    doc.add(new StringField(Schema.LEVEL, m.meta.level(), Field.Store.YES));
    doc.add(new StringField(Schema.REGION, m.meta.region(), Field.Store.YES));
    facetAndSubstring(doc, Schema.REGION, m.meta.region());
    facetAndSubstring(doc, Schema.ISSUER, m.issuer);
    int year = m.meta.year();
    if (year > 0) {
      doc.add(new IntPoint(Schema.YEAR, year));
      doc.add(new SortedSetDocValuesFacetField(Schema.YEAR, Integer.toString(year)));
    }
  }

  private static void facetAndSubstring(Document doc, String field, String value) {
    if (!value.isEmpty()) {
      doc.add(new SortedSetDocValuesFacetField(field, value));
      doc.add(new Field(Schema.bigrams(field), value, Schema.ANALYZED));
    }
  }

  private static void text(Document doc, String field, String value) {
    doc.add(new Field(field, value, Schema.ANALYZED));
    doc.add(new Field(Schema.bigrams(field), value, Schema.ANALYZED));
  }

  /** A point per quantity on a comparable scale: frequencies per year, durations in months, the rest as stated. */
  private static void quantity(Document doc, Quantity q) {
    String field = Schema.QUANTITY + q.kind().label();
    boolean rate = q.kind() == Quantity.Kind.FREQUENCY;
    double low = rate ? q.perYear() : q.value();
    double high = rate ? q.maxPerYear() : q.max();
    if (Double.isNaN(low)) {
      return;
    }
    doc.add(new DoublePoint(field, low));
    if (high != low && !Double.isNaN(high)) {
      doc.add(new DoublePoint(field, high));
    }
  }

  private static void collectHeadings(List<Section> sections, Map<String, String> out) {
    for (Section s : sections) {
      out.put(s.path(), s.heading());
      collectHeadings(s.children(), out);
    }
  }

  /** Per-file values computed once for all its entries. */
  private record Shared(DocMetadata meta, String title, List<Term> titleWords, String issuer) {
    static Shared of(DocMetadata m) {
      String title = ScriptConverter.toSimplified(m.title());
      return new Shared(m, title, Segmenter.segment(title), ScriptConverter.toSimplified(m.issuer()));
    }
  }
}
