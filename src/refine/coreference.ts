import { englishWords } from '../lexicon/english-words';
import { FOOTBALL_CLUBS } from '../lexicon/football-clubs';
import { FIRM_PLURALS, STRONG_ORG_SUFFIXES } from '../lexicon/org-words';
import type { EntityCandidate, RecognizeContext } from '../pipeline-types';
import { EAST_ASIAN_RULE } from '../recognize/entities/person-shape';
import { acronymOf, acronymWithLinksOf, isAcronymName, nameWords, spellsInitials } from '../resolve/entities';
import type { Entity, EntityKind } from '../types';

export interface GroupedMention {
  candidate: EntityCandidate;
  entityId: string;
  canonical: string;
}

interface Group {
  kind: EntityKind;
  names: string[];
  /** The words of names[0], split once. */
  words: string[];
  members: EntityCandidate[];
  /** Merged into this group. */
  parent?: Group;
  /** names[0] is a headline's capitals, undone ("Ibm Corp") or kept ("SHELL"), which a mention in running text replaces. */
  fromCapitals: boolean;
}

/**
 * "SHELL PROFIT JUMPS … Shell said": a short name in capitals that spells an English word keeps
 * its capitals as a name, though running text writes it better; "NATO" is spelled so everywhere.
 */
const isShoutedWord = (surface: string): boolean => surface === surface.toUpperCase() && englishWords().has(surface.toLowerCase());

// "North Atlantic Treaty Organization (NATO)": an acronym in brackets right after a name defines it.
const DEFINED_ACRONYM = /^\s*\(\s*([A-Z][A-Za-z.&]{1,9})\s*\)/;
const TWO_CAPITALS = /[A-Z].*[A-Z]/;
const SPACES = /\s+/g;

/**
 * Groups the mentions of one entity within a document under one id and canonical name:
 * mentions with the same name (places by their gazetteer name, so "the U.S." joins "United
 * States"), a surname with the full name ("Stoltenberg" → "Jens Stoltenberg", "Sanchez Vicario"
 * → "Arantxa Sanchez Vicario"), a company's short name with its full one ("Toyota" → "Toyota
 * Motor Corp."), and an acronym with its long form, defined in brackets or spelled by the
 * initials ("NATO").
 */
export function groupEntities(mentions: EntityCandidate[], ctx: RecognizeContext): { mentions: GroupedMention[]; entities: Entity[] } {
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  const byKey = new Map<string, Group>();
  const groups: Group[] = [];
  for (const m of ordered) {
    const key = `${m.kind}\u0000${normalKey(m.name)}`;
    const surface = ctx.input.slice(m.start, m.end).replace(SPACES, ' ').trim();
    const fromCapitals = m.kind !== 'location' && (m.name !== surface || isShoutedWord(surface));
    let g = byKey.get(key);
    if (!g) {
      g = { kind: m.kind, names: [m.name], words: nameWords(m.name), members: [], fromCapitals };
      byKey.set(key, g);
      groups.push(g);
    } else if (g.fromCapitals && !fromCapitals) {
      // "IBM CORP SAYS … IBM Corp said": the name as running text writes it.
      g.names[0] = m.name;
      g.fromCapitals = false;
    }
    g.members.push(m);
  }
  linkDefinedAcronyms(ordered, byKey, ctx.text);
  const longForms = new LongFormIndex(groups);
  for (const g of groups) if (!g.parent) linkShortForm(g, longForms);

  const root = (g: Group): Group => (g.parent ? root(g.parent) : g);
  const entities: Entity[] = [];
  const entityOf = new Map<Group, Entity>();
  const canonical = canonicalNames(groups, root);
  const grouped: GroupedMention[] = [];
  for (const m of ordered) {
    const g = root(byKey.get(`${m.kind}\u0000${normalKey(m.name)}`)!);
    let entity = entityOf.get(g);
    if (!entity) {
      entity = { id: `e${entities.length + 1}`, kind: g.kind, canonical: canonical.get(g)!, aliases: [], mentions: 0 };
      entityOf.set(g, entity);
      entities.push(entity);
    }
    entity.mentions++;
    const surface = ctx.input.slice(m.start, m.end).replace(/\s+/g, ' ');
    if (surface !== entity.canonical && !entity.aliases.includes(surface)) entity.aliases.push(surface);
    grouped.push({ candidate: m, entityId: entity.id, canonical: entity.canonical });
  }
  return { mentions: grouped, entities };
}

const normalKey = (name: string) => name.toLowerCase().replace(/\./g, '');

/** "North Atlantic Treaty Organization (NATO)" joins the two names whatever their initials. */
function linkDefinedAcronyms(ordered: EntityCandidate[], byKey: Map<string, Group>, text: string): void {
  for (const m of ordered) {
    const defined = DEFINED_ACRONYM.exec(text.slice(m.end, m.end + 14));
    if (!defined || isAcronymName(m.name)) continue;
    const long = byKey.get(`${m.kind}\u0000${normalKey(m.name)}`)!;
    for (const kind of ['organization', 'location', 'person'] as const) {
      // "Lyon (France)": a place in brackets after a place says where it is; a place's short
      // form in brackets is an acronym ("United Arab Emirates (UAE)").
      if (kind === 'location' && !TWO_CAPITALS.test(defined[1])) continue;
      const short = byKey.get(`${kind}\u0000${normalKey(defined[1])}`);
      if (short && short !== long && !short.parent && kind === long.kind) short.parent = long;
    }
  }
}

/**
 * The groups a short name may abbreviate, indexed so that each short name looks only at the
 * groups sharing its word or initials, not at every group of the document: a person by each
 * lower-cased word and by the last one, any other kind by its initials ("NATO"), with its linking
 * words' too where they differ ("BOJ").
 */
class LongFormIndex {
  private readonly byLastWord = new Map<string, Group[]>();
  private readonly byWord = new Map<string, Group[]>();
  private readonly byFamilyFirst = new Map<string, Group[]>();
  private readonly byInitials = new Map<string, Group[]>();
  private readonly companiesByFirstWord = new Map<string, Group[]>();
  private readonly orgsByLastWord = new Map<string, Group[]>();
  private readonly orgsByClippedWord = new Map<string, Group[]>();

  constructor(groups: readonly Group[]) {
    for (const g of groups) {
      if (g.kind !== 'person') {
        if (spellsInitials(g.names[0])) {
          const initials = acronymOf(g.names[0]);
          const withLinks = acronymWithLinksOf(g.names[0]);
          add(this.byInitials, `${g.kind}\u0000${initials}`, g);
          if (withLinks !== initials) add(this.byInitials, `${g.kind}\u0000${withLinks}`, g);
        }
        // "Atletico Madrid … Atletico went top": a listed club goes by its first word too.
        if (g.kind === 'organization' && (isCompanyName(g.words) || FOOTBALL_CLUBS.has(g.words.join(' ').toLowerCase()))) add(this.companiesByFirstWord, g.words[0].toLowerCase(), g);
        if (g.kind === 'organization' && g.words.length > 1) {
          add(this.orgsByLastWord, g.words[g.words.length - 1].toLowerCase(), g);
          const first = g.words[0].toLowerCase();
          if (first.length > CLIPPED_LETTERS && englishWords().has(first)) add(this.orgsByClippedWord, first.slice(0, CLIPPED_LETTERS), g);
        }
      } else if (g.words.length > 1) {
        // Only a shorter name looks up people, so only names of two words or more can match.
        const lower = g.words.map((w) => w.toLowerCase());
        add(this.byLastWord, lower[lower.length - 1], g);
        // "Li Ka-shing … Li said": a Chinese, Korean or Vietnamese name puts the family name first.
        if (g.members.some((m) => m.rule === EAST_ASIAN_RULE)) add(this.byFamilyFirst, lower[0], g);
        for (const w of new Set(lower)) add(this.byWord, w, g);
      }
    }
  }

  withLastWord(word: string): readonly Group[] {
    return this.byLastWord.get(word) ?? [];
  }

  /** The people a surname may stand for: names closing with it, and East Asian names opening with it. */
  withSurname(word: string): readonly Group[] {
    const family = this.byFamilyFirst.get(word);
    return family ? [...new Set([...this.withLastWord(word), ...family])] : this.withLastWord(word);
  }

  withWord(word: string): readonly Group[] {
    return this.byWord.get(word) ?? [];
  }

  withInitials(kind: EntityKind, letters: string): readonly Group[] {
    return this.byInitials.get(`${kind}\u0000${letters}`) ?? [];
  }

  organizationsClosingWith(word: string): readonly Group[] {
    return this.orgsByLastWord.get(word) ?? [];
  }

  /** Organizations whose first word, an English word, opens with the clipped word's letters. */
  organizationsClippedTo(word: string): readonly Group[] {
    return this.orgsByClippedWord.get(word.slice(0, CLIPPED_LETTERS)) ?? [];
  }

  companiesOpeningWith(word: string): readonly Group[] {
    return this.companiesByFirstWord.get(word) ?? [];
  }
}

/** A name closed by a word only companies end with: "Toyota Motor Corp.", "Nomura Securities". */
function isCompanyName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const word = words[words.length - 1].toLowerCase();
  const last = word.endsWith('.') ? word.slice(0, -1) : word;
  return STRONG_ORG_SUFFIXES.has(last) || FIRM_PLURALS.has(last);
}

function add(index: Map<string, Group[]>, key: string, g: Group): void {
  const list = index.get(key);
  if (list) list.push(g);
  else index.set(key, [g]);
}

/**
 * Joins a short name to the one longer name of its kind that it abbreviates: a person's
 * surname or given name, an organization's or place's acronym, or the words that open a
 * company's full name ("Goldman Sachs" → "Goldman Sachs Group Inc.").
 */
function linkShortForm(g: Group, longForms: LongFormIndex): void {
  const words = g.words;
  // A candidate: another group of the kind, not merged yet, with more words.
  const usable = (o: Group) => o !== g && o.kind === g.kind && !o.parent && o.words.length > words.length;
  let match: Group | undefined;
  if (g.kind === 'person' && words.length === 1) {
    const word = words[0].toLowerCase();
    const surnamed = longForms.withSurname(word);
    match = onlyOne(surnamed, usable) ?? (hasAny(surnamed, usable) ? undefined : onlyOne(longForms.withWord(word), usable));
  } else if (g.kind === 'person') {
    // A compound surname: "Sanchez Vicario" → "Arantxa Sanchez Vicario".
    const tail = words.map((w) => w.toLowerCase());
    match = onlyOne(longForms.withLastWord(tail[tail.length - 1]), (o) => usable(o) && endsWithWords(o.words, tail));
  } else if (isAcronymName(g.names[0])) {
    const letters = g.names[0].replace(/[^A-Za-z]/g, '').toUpperCase();
    match = onlyOne(longForms.withInitials(g.kind, letters), usable);
  } else if (g.kind === 'organization') {
    const head = words.map((w) => w.toLowerCase());
    match = onlyOne(longForms.companiesOpeningWith(head[0]), (o) => usable(o) && startsWithWords(o.words, head));
    // "Manchester City … City host Forest", "Eli Lilly … Lilly said": a club, or a firm named
    // for its founder, goes by the last word of its name.
    if (!match && words.length === 1) match = onlyOne(longForms.organizationsClosingWith(head[0]), usable);
    // "the Federal Reserve … the Fed", "the Metropolitan Police … the Met": a body goes by its first word clipped.
    if (!match && words.length === 1 && head[0].length >= CLIPPED_LETTERS) {
      match = onlyOne(longForms.organizationsClippedTo(head[0]), (o) => usable(o) && isClipping(head[0], o.words[0].toLowerCase()));
    }
  }
  if (match) g.parent = match;
}

// A clipped name keeps at least three letters of the word it clips ("Fed", "Met"), and drops at least two.
const CLIPPED_LETTERS = 3;
const DROPPED_LETTERS = 2;

const isClipping = (short: string, word: string): boolean => word.startsWith(short) && word.length - short.length >= DROPPED_LETTERS;

function startsWithWords(words: readonly string[], head: readonly string[]): boolean {
  return head.every((w, i) => words[i].toLowerCase() === w);
}

function endsWithWords(words: readonly string[], tail: readonly string[]): boolean {
  const from = words.length - tail.length;
  return tail.every((w, i) => words[from + i].toLowerCase() === w);
}

/** The one group of `list` that passes `test`, or undefined when none or several do. */
function onlyOne(list: readonly Group[], test: (o: Group) => boolean): Group | undefined {
  let found: Group | undefined;
  for (const o of list) {
    if (!test(o)) continue;
    if (found) return undefined;
    found = o;
  }
  return found;
}

function hasAny(list: readonly Group[], test: (o: Group) => boolean): boolean {
  return list.some(test);
}

/** A person or organization goes by its longest name, a place by its gazetteer name. */
function canonicalNames(groups: readonly Group[], root: (g: Group) => Group): Map<Group, string> {
  const best = new Map<Group, string>();
  const bestWords = new Map<Group, number>();
  for (const o of groups) {
    const r = root(o);
    if (!best.has(r)) {
      best.set(r, r.names[0]);
      bestWords.set(r, r.words.length);
    }
    if (r.kind !== 'location' && o.words.length > bestWords.get(r)!) {
      best.set(r, o.names[0]);
      bestWords.set(r, o.words.length);
    }
  }
  return best;
}
