package org.duibiao.index;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/** What an index holds, file by file: read from the document entries' doc values, no stored fields touched. */
final class IndexedFiles {

  /** One indexed file. */
  record Entry(String docid, String path, String hash) {}

  private IndexedFiles() {}

  /** The indexed files by absolute path. */
  static Map<String, Entry> read(IndexReader reader) throws IOException {
    Map<String, Entry> out = new TreeMap<>();
    Term doc = new Term(Schema.KIND, Schema.KIND_DOC);
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      PostingsEnum docs = leaf.postings(doc, PostingsEnum.NONE);
      if (docs == null) {
        continue;
      }
      Bits live = leaf.getLiveDocs();
      NumericDocValues order = leaf.getNumericDocValues(Schema.ORDER);
      BinaryDocValues paths = leaf.getBinaryDocValues(Schema.PATH);
      BinaryDocValues hashes = leaf.getBinaryDocValues(Schema.HASH);
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        order.advanceExact(d);
        paths.advanceExact(d);
        hashes.advanceExact(d);
        String path = paths.binaryValue().utf8ToString();
        String docid = Schema.docid(order.longValue() / Schema.PER_DOCUMENT);
        out.put(path, new Entry(docid, path, hashes.binaryValue().utf8ToString()));
      }
    }
    return out;
  }
}
