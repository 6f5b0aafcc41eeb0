import type { Candidate, RecognizeContext } from '../pipeline-types';
import { dropMalformed } from './filters';
import { removeCrossKindConflicts, removeOverlapsWithinKind } from './overlap';

/**
 * The refiners, in order. Each takes every candidate and returns fewer:
 * 1. malformed spans go first, so no later step sees them;
 * 2. conflicts across kinds ("$2014" is money, not a year) are settled before
 * 3. overlaps within a kind, which keep the longest span.
 * Entity grouping runs after these, in the pipeline, because it needs the final mentions.
 */
export function refineCandidates(candidates: Candidate[], ctx: RecognizeContext): Candidate[] {
  let out = dropMalformed(candidates, ctx.input.length, ctx.input);
  out = removeCrossKindConflicts(out);
  out = removeOverlapsWithinKind(out);
  return out;
}
