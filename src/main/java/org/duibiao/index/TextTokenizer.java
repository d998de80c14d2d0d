package org.duibiao.index;

import java.io.IOException;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.util.AttributeSource;

/**
 * The analyzer's tokenizer: reads its whole input (a query, a field value) and hands it to a token stream over
 * strings ({@link WordTokens}, {@link BigramTokens}) that shares its attributes. No character filters come before
 * it, so offsets need no correcting.
 */
final class TextTokenizer extends Tokenizer {

  private final BiFunction<AttributeSource, String, TokenStream> tokens;
  private TokenStream inner;

  TextTokenizer(BiFunction<AttributeSource, String, TokenStream> tokens) {
    this.tokens = tokens;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = input.read(buf)) > 0; ) {
      sb.append(buf, 0, n);
    }
    inner = tokens.apply(this, sb.toString());
    inner.reset();
  }

  @Override
  public boolean incrementToken() throws IOException {
    return inner.incrementToken();
  }

  @Override
  public void end() throws IOException {
    super.end();
    inner.end();
  }
}
