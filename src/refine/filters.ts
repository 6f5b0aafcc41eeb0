import type { Candidate } from '../pipeline-types';

/** Drops candidates whose span is empty, outside the text, or splits a surrogate pair. */
export function dropMalformed(candidates: Candidate[], length: number, input: string): Candidate[] {
  return candidates.filter(
    (c) =>
      Number.isInteger(c.start) &&
      Number.isInteger(c.end) &&
      c.start >= 0 &&
      c.end <= length &&
      c.start < c.end &&
      !isLowSurrogate(input.charCodeAt(c.start)) &&
      !isLowSurrogate(input.charCodeAt(c.end)),
  );
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
