package org.duibiao.index;

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
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.duibiao.nlp.Quantity;
import org.duibiao.nlp.ScriptConverter;
import org.duibiao.nlp.Segmenter;
import org.duibiao.structure.Clause;
import org.duibiao.structure.DocMetadata;
import org.duibiao.structure.PolicyDocument;
import org.duibiao.structure.Section;

/**
 * Turns a {@link PolicyDocument} into its index block: one entry per clause, then the document entry, which also
 * gets the words of all its clauses (to rank documents by BM25 over their whole text). Every text is segmented
 * once; a section heading once for all its clauses.
 */
final class DocumentMapper {

  private final FacetsConfig facets = Schema.facetsConfig();

  /** The file's identity in the index. */
  record Identity(String docid, String path, String hash) {}

  /** The entries of one file: the clauses in order, the document last (the block's parent). */
  List<Document> entries(PolicyDocument d, Identity id) throws java.io.IOException {
    OffsetMap map = OffsetMap.of(d.text());
    Shared shared = Shared.of(d.metadata());
    Map<String, String> headings = new HashMap<>();
    collectHeadings(d.sections(), headings);
    Map<String, IndexedText.Words> headingWords = new HashMap<>();
    int clauses = d.clauses().size();
    List<Document> out = new ArrayList<>(1 + clauses);
    IndexedText.Words[] allWords = new IndexedText.Words[clauses];
    int[] starts = new int[clauses];
    for (Clause c : d.clauses()) {
      IndexedText.Words words = IndexedText.Words.of(Segmenter.segment(c.text()));
      allWords[out.size()] = words;
      starts[out.size()] = c.normStart();
      Document e = clauseEntry(c, out.size() + 1, words, id, shared, map, headings.getOrDefault(c.path(), ""));
      if (!c.heading().isEmpty()) {
        text(e, Schema.HEADING, c.heading(), headingWords.computeIfAbsent(c.heading(), DocumentMapper::words));
      }
      out.add(facets.build(e));
    }
    Document document = documentEntry(d, id, shared, headingWords);
    document.add(IndexedText.words(Schema.TEXT, Schema.WORDS, allWords, starts, d.text().text().length()));
    out.add(facets.build(document));
    return out;
  }

  private static IndexedText.Words words(String text) {
    return IndexedText.Words.of(Segmenter.segment(text));
  }

  private static Document documentEntry(PolicyDocument d, Identity id, Shared shared,
      Map<String, IndexedText.Words> headingWords) {
    Document doc = new Document();
    common(doc, id, shared, Schema.KIND_DOC, 0);
    doc.add(new BinaryDocValuesField(Schema.HASH, new BytesRef(id.hash())));
    if (!shared.title.isEmpty()) {
      text(doc, Schema.TITLE, shared.title, words(shared.title));
    }
    for (String n : d.metadata().docNumbers()) {
      String number = ScriptConverter.toSimplified(n);
      text(doc, Schema.TITLE, number, words(number)); // the document's own 文号 identifies it too
    }
    Set<String> headings = new LinkedHashSet<>();
    for (Clause c : d.clauses()) {
      if (!c.heading().isEmpty()) {
        headings.add(c.heading());
      }
    }
    for (String h : headings) {
      text(doc, Schema.HEADING, h, headingWords.computeIfAbsent(h, DocumentMapper::words));
    }
    doc.add(new StoredField(Schema.S_CLAUSES, d.clauses().size()));
    return doc;
  }

  private static Document clauseEntry(Clause c, int number, IndexedText.Words words, Identity id, Shared shared,
      OffsetMap map, String heading) {
    Document doc = new Document();
    common(doc, id, shared, Schema.KIND_CLAUSE, number);
    doc.add(new StringField(Schema.CLAUSE, c.id(), Field.Store.YES));
    doc.add(new StringField(Schema.SECTION, c.path(), Field.Store.YES));
    doc.add(new StoredField(Schema.S_HEADING, heading));
    doc.add(new StringField(Schema.MODALITY, c.modality().modality().label(), Field.Store.YES));
    for (Quantity q : c.quantities()) {
      quantity(doc, q);
    }
    doc.add(IndexedText.words(Schema.TEXT, Schema.WORDS, words, c.text().length()));
    doc.add(IndexedText.bigrams(Schema.bigrams(Schema.TEXT), Schema.BIGRAMS, c.text()));
    doc.add(new StoredField(Schema.S_ORIGINAL, c.quote()));
    doc.add(new StoredField(Schema.S_START, c.start()));
    doc.add(new StoredField(Schema.S_OFFSETS, map.encode(c.normStart(), c.normEnd(), c.start())));
    doc.add(new StoredField(Schema.S_NORMALIZED, c.text()));
    return doc;
  }

  /**
   * What every entry of a file carries: its identity, and the metadata to filter and facet by. What is shown of
   * a document (title, issuer, 文号 …) and its path are kept on the document entry only.
   */
  private static void common(Document doc, Identity id, Shared m, String kind, int clause) {
    boolean document = kind.equals(Schema.KIND_DOC);
    doc.add(new StringField(Schema.KIND, kind, Field.Store.NO));
    doc.add(new StringField(Schema.DOCID, id.docid(), document ? Field.Store.YES : Field.Store.NO));
    doc.add(new NumericDocValuesField(Schema.ORDER, Schema.order(id.docid(), clause)));
    doc.add(new StringField(Schema.TYPE, m.meta.type().label(), Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(Schema.TYPE, m.meta.type().label()));
    doc.add(new StringField(Schema.LEVEL, m.meta.level(), Field.Store.NO));
    facet(doc, Schema.REGION, m.meta.region());
    facet(doc, Schema.ISSUER, m.issuer);
    int year = m.meta.year();
    if (year > 0) {
      doc.add(new IntPoint(Schema.YEAR, year));
      doc.add(new SortedSetDocValuesFacetField(Schema.YEAR, Integer.toString(year)));
    }
    if (document) { // clauses are filtered by issuer and region through their document
      substring(doc, Schema.REGION, m.meta.region());
      substring(doc, Schema.ISSUER, m.issuer);
      doc.add(new BinaryDocValuesField(Schema.PATH, new BytesRef(id.path())));
      doc.add(new StoredField(Schema.S_TITLE, m.meta.title()));
      doc.add(new StoredField(Schema.S_ISSUER, m.meta.issuer()));
      doc.add(new StoredField(Schema.S_DATE, m.meta.date()));
      for (String n : m.meta.docNumbers()) {
        doc.add(new StoredField(Schema.S_DOCNUMBER, n));
      }
      doc.add(new StoredField(Schema.TYPE, m.meta.type().label()));
      doc.add(new StoredField(Schema.LEVEL, m.meta.level()));
      doc.add(new StoredField(Schema.REGION, m.meta.region()));
    }
  }

  private static void facet(Document doc, String dim, String value) {
    if (!value.isEmpty()) {
      doc.add(new SortedSetDocValuesFacetField(dim, value));
    }
  }

  private static void substring(Document doc, String field, String value) {
    if (!value.isEmpty()) {
      doc.add(IndexedText.bigrams(Schema.bigrams(field), Schema.BIGRAMS, value));
    }
  }

  /** A title or heading as words and as bigrams. */
  private static void text(Document doc, String field, String value, IndexedText.Words words) {
    doc.add(IndexedText.words(field, Schema.WORDS, words, value.length()));
    doc.add(IndexedText.bigrams(Schema.bigrams(field), Schema.BIGRAMS, value));
  }

  /** A point per quantity on a comparable scale: frequencies per year, durations in months, the rest as stated. */
  private static void quantity(Document doc, Quantity q) {
    if (q.unit().equals(org.duibiao.nlp.QuantityParser.YEARLY)) {
      return; // 每年3月底前 is a month of every year, not a date on the deadline scale (year * 12 + month)
    }
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
  private record Shared(DocMetadata meta, String title, String issuer) {
    static Shared of(DocMetadata m) {
      return new Shared(m, ScriptConverter.toSimplified(m.title()), ScriptConverter.toSimplified(m.issuer()));
    }
  }
}
