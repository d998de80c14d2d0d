/**
 * Writers for everything a person or program reads: the structure of a parsed document, the compliance report
 * in JSON (the contract), text and Markdown. Writers take finished values and produce deterministic output.
 */
package org.duibiao.report;
