/**
 * Reads the structure of an official document from its normalized text: metadata (title, issuer, 文号, date,
 * recipients, cited documents, type, region), the heading hierarchy (第X条, 一、, （一）, 1., （1）, ①, 一是…) and the
 * sentence-level clauses with their modality and quantities. Entry point:
 * {@link org.duibiao.structure.DocumentStructurer}.
 */
package org.duibiao.structure;
