/**
 * Drafts a rule set from a policy's own text: splits clauses into checkable measures (enumerations, lists of
 * conditions sharing an action, parallel elements sharing a verb), skips rhetoric, and derives each measure's
 * concepts, enumerated items, actors, modality and quantities. Entry point: {@link org.duibiao.draft.RuleSetDrafter}.
 */
package org.duibiao.draft;
