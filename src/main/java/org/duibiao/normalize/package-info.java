/**
 * Turns extracted text into normalized simplified Chinese with an exact offset map back to the original:
 * web chrome, pinyin annotations, page furniture and PDF line breaks removed, full-width forms folded,
 * traditional characters converted, garbled spans flagged. Entry point: {@link org.duibiao.normalize.TextNormalizer}.
 */
package org.duibiao.normalize;
