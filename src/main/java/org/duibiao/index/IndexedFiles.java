package org.duibiao.index;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
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
      SortedDocValues keys = leaf.getSortedDocValues(Schema.KEY);
      BinaryDocValues paths = leaf.getBinaryDocValues(Schema.PATH);
      BinaryDocValues hashes = leaf.getBinaryDocValues(Schema.HASH);
      for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
        if (live != null && !live.get(d)) {
          continue;
        }
        keys.advanceExact(d);
        paths.advanceExact(d);
        hashes.advanceExact(d);
        String key = keys.lookupOrd(keys.ordValue()).utf8ToString();
        String path = paths.binaryValue().utf8ToString();
        out.put(path, new Entry(key.substring(0, key.indexOf('#')), path, hashes.binaryValue().utf8ToString()));
      }
    }
    return out;
  }
}
