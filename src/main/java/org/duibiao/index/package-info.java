/**
 * The policy corpus index: Lucene entries for documents and their clauses over HanLP words and character bigrams of
 * the normalized text, an incremental and atomic indexer, and the search service. Entry points:
 * {@link org.duibiao.index.CorpusIndexer}, {@link org.duibiao.index.CorpusSearcher}. The only package that touches Lucene.
 */
package org.duibiao.index;
