/**
 * Reads policy notices and unit plans as they arrive (txt in any Chinese encoding, html, docx, doc, pdf, rtf,
 * odt …) into plain text with Apache Tika, within size, length and time limits. The only package that touches Tika.
 * Entry point: {@link org.duibiao.ingest.DocumentExtractor}.
 */
package org.duibiao.ingest;
