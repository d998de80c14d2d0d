/**
 * Rule sets: the required measures of one policy, as YAML files read and written with Jackson and validated with
 * {@code file:line:col} messages. Depends on no pipeline stage; it uses only the value types {@code nlp.Modality} and {@code nlp.Quantity}, the
 * shared vocabulary of what a clause requires.
 * Entry points: {@link org.duibiao.rules.RuleSetLoader}, {@link org.duibiao.rules.RuleSetWriter}.
 */
package org.duibiao.rules;
