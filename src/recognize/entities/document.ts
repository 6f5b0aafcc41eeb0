import type { EntityKind } from '../../types';
import { gazetteer } from '../../lexicon/gazetteer';
import { isCommonWordOrPlural, isEnglishWord, isGivenName, isLexiconGivenName } from './name-words';
import { placeCue } from './context-cues';
import type { Decision } from './classify';
import type { Token } from './tokens';

/** A decision with the tokens it indexes and whether its run opened the sentence. */
export interface Located {
  decision: Decision;
  tokens: Token[];
  sentenceInitial: boolean;
}

export interface Resolved {
  kind: EntityKind;
  start: number;
  end: number;
  rule: string;
}

const textOf = (l: Located) =>
  l.tokens
    .slice(l.decision.from, l.decision.to)
    .map((t) => t.text)
    .join(' ');

/**
 * Document-level consistency. A name tagged once with good evidence lends its kind to its
 * other mentions: "Stoltenberg" after "Jens Stoltenberg" is a person, "Boeing" at the start of
 * a sentence is the organization named earlier. Runs still unknown fall back to their shape.
 */
export function resolveDocument(located: Located[], text: string): { mentions: Resolved[]; known: Map<string, EntityKind> } {
  const known = new Map<string, EntityKind>();
  const personWords = new Set<string>();
  for (const l of located) {
    const d = l.decision;
    if (d.kind === 'unknown' || d.span) continue;
    const name = textOf(l).toLowerCase();
    if (!known.has(name)) known.set(name, d.kind);
    if (d.kind === 'person') {
      for (let i = d.from; i < d.to; i++) if (l.tokens[i].text.length > 2) personWords.add(l.tokens[i].lower);
    }
  }
  const surnames = new Set<string>();
  for (const l of located) if (l.decision.kind === 'person' && l.decision.to - l.decision.from > 1) surnames.add(l.tokens[l.decision.to - 1].lower);
  const mentions: Resolved[] = [];
  for (const l of located) {
    const d = l.decision;
    const span = d.span ?? { start: l.tokens[d.from].start, end: l.tokens[d.to - 1].end };
    if (d.kind === 'location' && !d.span && d.to - d.from === 1 && surnames.has(l.tokens[d.from].lower)) {
      // "Valeska Paris … Paris said": the surname of a person the article names is that person.
      mentions.push({ kind: 'person', ...span, rule: 'person/surname' });
      continue;
    }
    if (d.kind !== 'unknown') {
      mentions.push({ kind: d.kind, ...span, rule: d.rule });
      continue;
    }
    const kind = fallbackKind(l, known, personWords);
    if (kind) mentions.push({ kind: kind.kind, ...span, rule: kind.rule });
  }
  return { mentions, known: settledNames(text, mentions, known) };
}

function fallbackKind(l: Located, known: Map<string, EntityKind>, personWords: Set<string>): { kind: EntityKind; rule: string } | undefined {
  const d = l.decision;
  const name = textOf(l).toLowerCase();
  const kind = known.get(name);
  if (kind) return { kind, rule: `${kind}/document` };
  const n = d.to - d.from;
  const words = l.tokens.slice(d.from, d.to);
  if (n === 1 && personWords.has(name)) return { kind: 'person', rule: 'person/surname' };
  if (n === 1) {
    const word = words[0];
    if (l.sentenceInitial || isCommonWordOrPlural(word.lower) || gazetteer().isDemonym(word.text)) return undefined;
    // A given name alone, as in a story that calls a child or a witness by first name: "Gloria".
    if (isLexiconGivenName(word.lower) && !word.upper) return { kind: 'person', rule: 'person/given-name-alone' };
    return placeCue(l.tokens, d.from) ? { kind: 'location', rule: 'location/preposition' } : undefined;
  }
  if (n <= 3 && words.every((t) => !isEnglishWord(t.lower) || isGivenName(t.lower))) return { kind: 'person', rule: 'person/name-shape' };
  return undefined;
}

/**
 * The names the document settled, for matching headlines: every resolved mention's name, and a
 * person's surname alone ("STOLTENBERG URGES ALLIES").
 */
function settledNames(text: string, mentions: Resolved[], known: Map<string, EntityKind>): Map<string, EntityKind> {
  const settled = new Map(known);
  for (const m of mentions) {
    const name = text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' ');
    if (!settled.has(name)) settled.set(name, m.kind);
    if (m.kind !== 'person') continue;
    const surname = name.slice(name.lastIndexOf(' ') + 1);
    if (surname.length > 2 && !settled.has(surname)) settled.set(surname, 'person');
  }
  return settled;
}
