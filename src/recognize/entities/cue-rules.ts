/**
 * Rule ids of company cues that the document pass weighs against other mentions. They live apart
 * from context-cues.ts so that modules in an import cycle with it read them when they load:
 * a Set built at load time from a binding the cycle has not filled yet holds `undefined`.
 */

/** "Vexcor posted a net loss", "Tarnex filed for bankruptcy": what only a company does. */
export const COMPANY_PREDICATE_RULE = 'organization/company-predicate';
/** "Vexcor said third-quarter profit fell": a stronger cue than "said it", which people say too. */
export const SAID_RESULTS_RULE = 'organization/said-results';
