import { extract } from '../../src';
import type { ExtractOptions, Fact, Kind } from '../../src/types';
import { brokenInvariants } from './invariants';

/** A Friday; the seed article's date. Corpus tests resolve relative dates against it. */
export const REFERENCE_DATE = '2024-02-16';

/**
 * A phrase marks the expected span with [[ and ]]; with no marks the whole phrase is the span.
 * "He left [[last week]]." → text "He left last week.", span "last week".
 */
export function parseMarked(phrase: string): { text: string; span?: { start: number; end: number } } {
  const open = phrase.indexOf('[[');
  if (open < 0) return { text: phrase };
  const close = phrase.indexOf(']]', open);
  const text = phrase.slice(0, open) + phrase.slice(open + 2, close) + phrase.slice(close + 2);
  return { text, span: { start: open, end: close - 2 } };
}

/** The facts of one kind in `text`; throws when the result breaks an invariant (offsets that do not slice to the text, order, overlap). */
export function factsOf(kind: Kind, text: string, options: ExtractOptions = {}): Fact[] {
  const result = extract(text, { referenceDate: REFERENCE_DATE, ...options, kinds: [kind] });
  const broken = brokenInvariants(text, result);
  if (broken.length > 0) throw new Error(`${JSON.stringify(text)}: ${broken.join('; ')}`);
  return result.facts.filter((f) => f.kind === kind);
}

export interface CorpusEntry {
  /** Matched with toMatchObject against the fact: { value: …, timexType: … }. */
  expect: Record<string, unknown>;
  phrases: string[];
}

/**
 * Duckling's corpus style: each phrase must yield exactly one fact of `kind` on the marked
 * span (or the whole phrase), carrying the expected fields.
 */
export function describeCorpus(kind: Kind, title: string, entries: CorpusEntry[], options: ExtractOptions = {}): void {
  describe(`${kind} corpus: ${title}`, () => {
    for (const entry of entries) {
      for (const phrase of entry.phrases) {
        it(`${phrase} → ${JSON.stringify(entry.expect)}`, () => {
          const { text, span } = parseMarked(phrase);
          const want = span ?? { start: 0, end: text.length };
          const facts = factsOf(kind, text, options).filter((f) => f.start < want.end && want.start < f.end);
          expect(facts.map((f) => ({ text: f.text, start: f.start, end: f.end }))).toEqual([
            { text: text.slice(want.start, want.end), start: want.start, end: want.end },
          ]);
          expect(facts[0]).toMatchObject(entry.expect);
        });
      }
    }
  });
}

/** Each phrase must yield no fact of `kind` (within the marked span, when one is marked). */
export function describeNegatives(kind: Kind, title: string, phrases: string[], options: ExtractOptions = {}): void {
  describe(`${kind} negatives: ${title}`, () => {
    for (const phrase of phrases) {
      it(`no ${kind} in: ${phrase}`, () => {
        const { text, span } = parseMarked(phrase);
        const where = span ?? { start: 0, end: text.length };
        const facts = factsOf(kind, text, options).filter((f) => f.start < where.end && where.start < f.end);
        expect(facts.map((f) => f.text)).toEqual([]);
      });
    }
  });
}
