/**
 * Deep analysis of clauses with Stanford CoreNLP's Chinese models: words, parts of speech, entities, dependency
 * edges and the action frames derived from them (who must do what to whom, under which conditions).
 *
 * <p>{@link org.duibiao.nlp.deep.DeepAnalyzer} is the entry point. CoreNLP is loaded lazily, once per process, only
 * when a clause is not in the analysis cache; no CoreNLP type leaves this package.
 */
package org.duibiao.nlp.deep;
