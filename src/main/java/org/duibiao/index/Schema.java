package org.duibiao.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The fields of the index. One Lucene index holds two kinds of entries: a document entry per file and a clause
 * entry per clause, both carrying the document's metadata so either level can be searched, filtered and faceted.
 *
 * <p>Every searchable text is indexed twice over the normalized simplified text: as HanLP words (field name as
 * is) and as overlapping character bigrams (suffix {@link #BIGRAMS}) for phrases and substrings that cross word
 * boundaries. Both record offsets into the normalized text, which the stored offset map turns into offsets of the
 * original text for highlighting.
 */
final class Schema {

  /** Bumped whenever the fields or their analysis change: an index of another version is re-built. */
  static final int VERSION = 1;

  static final String BIGRAMS = ".bi";

  // identity
  static final String KIND = "kind";
  static final String KIND_DOC = "doc";
  static final String KIND_CLAUSE = "clause";
  /** Internal id of a file's entries (d000001), kept across renames; a term on every entry of the file. */
  static final String DOCID = "docid";
  /** docid#clause id, unique per entry; sorted doc values for the deterministic tie-break. */
  static final String KEY = "key";
  /** SHA-256 of the file's bytes (doc values, document entry). */
  static final String HASH = "hash";
  /** The file's absolute path (binary doc values, updated in place when a file is renamed). */
  static final String PATH = "path";

  // searchable text (words; BIGRAMS suffix for bigrams)
  static final String TITLE = "title";
  static final String HEADING = "heading";
  static final String TEXT = "text";

  // filters
  static final String ISSUER = "issuer";
  static final String REGION = "region";
  static final String TYPE = "type";
  static final String YEAR = "year";
  static final String LEVEL = "level";
  static final String MODALITY = "modality";
  static final String SECTION = "section";
  /** Prefix of the quantity point fields: q.frequency, q.count, q.percent, q.age, q.duration, q.deadline. */
  static final String QUANTITY = "q.";

  // stored for display
  static final String S_TITLE = "s.title";
  static final String S_ISSUER = "s.issuer";
  static final String S_DATE = "s.date";
  static final String S_DOCNUMBER = "s.docnumber";
  static final String S_CLAUSE = "s.clause";
  static final String S_HEADING = "s.heading";
  /** The original text: the whole file for documents, the verbatim quote for clauses. */
  static final String S_ORIGINAL = "s.original";
  /** Where a clause's quote starts in the file's original text. */
  static final String S_START = "s.start";
  /** Normalized → original offset map of the indexed text ({@link OffsetMap}). */
  static final String S_OFFSETS = "s.offsets";
  /** The clause's normalized text (for {@code similar}). */
  static final String S_NORMALIZED = "s.normalized";
  static final String S_CLAUSES = "s.clauses";

  /** Facet dimensions, in the order results list them. */
  static final String[] FACETS = {ISSUER, REGION, YEAR, TYPE};

  /** Commit user data. */
  static final String COMMIT_VERSION = "duibiao.schema";
  static final String COMMIT_VOCABULARY = "duibiao.vocabulary";
  static final String COMMIT_NEXT_ID = "duibiao.nextId";

  /** Tokenized, not stored, with positions and offsets for phrases and highlighting. */
  static final FieldType ANALYZED;

  static {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    ANALYZED = t;
  }

  private Schema() {}

  static String bigrams(String field) {
    return field + BIGRAMS;
  }

  static FacetsConfig facetsConfig() {
    return new FacetsConfig(); // all dimensions flat and single-valued
  }
}
