package org.duibiao.index;

import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The fields of the index. One Lucene index holds two kinds of entries, written as one block per file: a clause
 * entry per clause, then the document entry (the block's parent). Clause entries hold the text and their section
 * heading; the document entry holds the words of all its clauses, the title, all headings, the 文号 and what is
 * shown of the document.
 * Both carry the metadata filters and facets use. Document searches reach the clause text, and clause searches the
 * document's title, issuer and region, through block joins.
 *
 * <p>Every searchable text is indexed twice over the normalized simplified text: as HanLP words (field name as
 * is; frequencies only, for ranking whole words) and as character bigrams (suffix {@link #BIGRAM_SUFFIX}; positions,
 * for phrases and substrings that cross word boundaries). A highlighted match's positions are turned into offsets
 * of the normalized clause text, and the stored offset map turns those into offsets of the original text.
 */
final class Schema {

  /** Bumped whenever the fields or their analysis change: an index of another version is re-built. */
  static final int VERSION = 4;

  static final String BIGRAM_SUFFIX = ".bi";

  // identity
  static final String KIND = "kind";
  static final String KIND_DOC = "doc";
  static final String KIND_CLAUSE = "clause";
  /** Internal id of a file's entries (d000001), kept across renames; a term on every entry of the file. */
  static final String DOCID = "docid";
  /**
   * The entry's place: the document's number times {@link #PER_DOCUMENT}, plus the clause's number (0 for the
   * document entry). Numeric doc values, the deterministic tie-break of equal scores.
   */
  static final String ORDER = "order";
  static final long PER_DOCUMENT = 1_000_000L;
  /** SHA-256 of the file's bytes (doc values, document entry). */
  static final String HASH = "hash";
  /** The file's absolute path (binary doc values of the document entry, updated in place on a rename). */
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
  /** The clause id (c012), a term and stored. */
  static final String CLAUSE = "clause";
  /** Prefix of the quantity point fields: q.frequency, q.count, q.percent, q.age, q.duration, q.deadline. */
  static final String QUANTITY = "q.";

  // stored for display
  static final String S_TITLE = "s.title";
  static final String S_ISSUER = "s.issuer";
  static final String S_DATE = "s.date";
  static final String S_DOCNUMBER = "s.docnumber";
  static final String S_HEADING = "s.heading";
  /** The verbatim quote of a clause, original script. */
  static final String S_ORIGINAL = "s.original";
  /** Where a clause's quote starts in the file's original text. */
  static final String S_START = "s.start";
  /** Normalized → original offset map of the clause text ({@link OffsetMap}). */
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

  /** HanLP words: matched as whole terms only, so frequencies are all BM25 needs. */
  static final FieldType WORDS = analyzed(IndexOptions.DOCS_AND_FREQS);

  /**
   * Bigrams: positions, for phrases. Highlighting maps a match's positions back to characters by tokenizing the
   * stored clause text again ({@link BigramTokens#spans}), so no offsets are indexed.
   */
  static final FieldType BIGRAMS = analyzed(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

  private static FieldType analyzed(IndexOptions options) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(options);
    t.freeze();
    return t;
  }

  private Schema() {}

  static String docid(long number) {
    return String.format("d%06d", number);
  }

  /** The {@link #ORDER} of an entry: clause 0 is the document entry. */
  static long order(String docid, int clause) {
    return Long.parseLong(docid.substring(1)) * PER_DOCUMENT + clause;
  }

  static String bigrams(String field) {
    return field + BIGRAM_SUFFIX;
  }

  /** All dimensions flat and single-valued; counted from doc values only, no drill-down terms indexed. */
  static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    for (String dim : FACETS) {
      c.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return c;
  }
}
