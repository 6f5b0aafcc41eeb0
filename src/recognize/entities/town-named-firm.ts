import { gazetteer } from '../../lexicon/gazetteer';
import { STRONG_ORG_SUFFIXES } from '../../lexicon/org-words';
import type { Located } from './document';
import { lexiconTags } from './name-words';

/** Tags of a finite verb right after a subject: "Wellington said", "Dallas blamed", "Norwich expects". */
const FINITE_VERB_TAGS: ReadonlySet<string> = new Set(['PastTense', 'PresentTense']);

/**
 * The towns that open the name of a firm the document gives with its legal form: "wellington"
 * for "Wellington Cable Co.", "dallas" for "Dallas Semiconductor Corp.".
 */
export function townsNamingFirms(located: readonly Located[]): Set<string> {
  const towns = new Set<string>();
  for (const l of located) {
    const { kind, from, to } = l.decision;
    if (kind !== 'organization' || to - from < 2 || !STRONG_ORG_SUFFIXES.has(l.tokens[to - 1].lower.replace(/\.$/, ''))) continue;
    if (gazetteer().place(l.tokens[from].text)?.type === 'city') towns.add(l.tokens[from].lower);
  }
  return towns;
}

/**
 * Participles that open an apposition only a firm takes after its name, never a town: "Bristol,
 * controlled by financier Nathan Ferrer, said", "Reading, owned by a buy-out fund".
 */
// "a spokesman for Bristol said": one speaks for a firm, where a town has a council to speak for it.
const SPOKES_NOUNS: ReadonlySet<string> = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

const FIRM_APPOSITION_PARTICIPLES: ReadonlySet<string> = new Set(['controlled', 'owned', 'backed', 'advised', 'founded', 'headed', 'run', 'based']);

/**
 * "Wellington Cable Co. said … Wellington said sales rose": a town that opens such a firm's name,
 * alone before a verb as its subject, before a comma and an apposition only a firm takes, or
 * after "a spokesman for", is the firm's short name; "sales in Wellington" stays the town.
 */
export function isTownFirmSubject(l: Located, towns: ReadonlySet<string>): boolean {
  const { from, to } = l.decision;
  const word = l.tokens[from];
  if (to - from !== 1 || word.possessive || !towns.has(word.lower)) return false;
  const before = l.tokens[from - 1];
  const next = l.tokens[to];
  if (before?.lower === 'for' && SPOKES_NOUNS.has(l.tokens[from - 2]?.lower ?? '')) return true;
  if (before?.word && !before.cap && lexiconTags(before.lower).includes('Preposition')) return false;
  if (next?.text === ',' && FIRM_APPOSITION_PARTICIPLES.has(l.tokens[to + 1]?.text ?? '')) return true;
  return !!next?.word && !next.cap && lexiconTags(next.lower).some((t) => FINITE_VERB_TAGS.has(t));
}
