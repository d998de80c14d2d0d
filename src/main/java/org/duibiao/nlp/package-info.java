/**
 * Chinese language services shared by the pipeline stages: script conversion and segmentation (HanLP),
 * numerals, quantities, modality cues, the 组织工作 vocabulary and synonyms. The only package that touches HanLP.
 */
package org.duibiao.nlp;
