/**
 * The compliance check: for each required measure of a rule set, finds the plan's evidence and decides
 * covered / partial / missing, with a reason in Chinese. Matching runs on normalized simplified text; evidence is
 * quoted verbatim from the plan through its offset map. Entry point: {@link org.duibiao.check.ComplianceChecker}.
 */
package org.duibiao.check;
