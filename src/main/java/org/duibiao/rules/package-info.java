/**
 * Rule sets: the required measures of one policy, as YAML files read and written with Jackson and validated with
 * {@code file:line:col} messages. Depends on no pipeline stage (only on the value types of {@code nlp}).
 * Entry points: {@link org.duibiao.rules.RuleSetLoader}, {@link org.duibiao.rules.RuleSetWriter}.
 */
package org.duibiao.rules;
