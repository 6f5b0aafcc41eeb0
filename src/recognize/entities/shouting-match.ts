import type { EntityKind } from '../../types';
import { gazetteer } from '../../lexicon/gazetteer';
import { ARMED_SERVICES, CLUB_TOWN_SUFFIXES, NEWS_AGENCIES, SINGLE_WORD_INSTITUTIONS, STRONG_ORG_SUFFIXES } from '../../lexicon/org-words';
import { PLACE_PART_WORDS, SHOUTED_OF_PLACE_HEADS } from '../../lexicon/place-words';
import { PUBLIC_FIGURES } from '../../lexicon/public-figures';
import { isCommonWord, isEnglishWord, isFunctionWord, isGivenName, isSurname, lexiconKind } from './name-words';
import type { Resolved } from './document';
import { isInitial } from './person-shape';
import { isAcronym } from './org-shape';
import { closesEventOfPlace } from './negatives';
import { datelinePlaceEnd, isCuedAmbiguousPlace, isGazetteerPlace, isPlaceQualified, opensDateline } from './place-rules';
import { isShoutedSide } from './teams';
import { isPossessiveGround } from './gazetteer-place';
import type { Token } from './tokens';

const MAX_NAME_WORDS = 5;
const COMPETITION_GROUPS = new Set(['division', 'conference', 'league', 'group']);

/**
 * Finds names in a capitals or title-case line by longest match against the names the rest of
 * the document settled, the gazetteer, news agencies and the lexicon:
 * "SOCCER - JAPAN GET LUCKY WIN" → JAPAN; "BRUSSELS, Feb. 15 (Xinhua)" → BRUSSELS, Xinhua.
 */
export function matchShoutingLine(tokens: Token[], known: ReadonlyMap<string, EntityKind>): Resolved[] {
  if (isColumnHeading(tokens)) return [];
  const out: Resolved[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].cap) {
      i++;
      continue;
    }
    let matched = 0;
    let phrase = '';
    let kind: EntityKind | undefined;
    let rule = '';
    for (let n = 1; n <= MAX_NAME_WORDS && i + n <= tokens.length; n++) {
      const t = tokens[i + n - 1];
      if (!t.word || (n > 1 && t.breakBefore)) break;
      phrase = n === 1 ? t.lower : `${phrase} ${t.lower}`;
      const found = isPossessiveGround(tokens, i, i + n) ? { kind: 'location' as const, rule: 'location/ground' } : lookup(phrase);
      if (found) {
        matched = n;
        kind = found.kind;
        rule = found.rule;
      }
      if (t.possessive) break;
    }
    if (matched && kind === 'organization') matched = withCompanySuffix(tokens, i, matched);
    // "CHARLOTTE, N.C. (AP)": a dateline's city that is also a given name.
    // In capitals a city that is also an English word needs its state: "DERBY, England", not "IN DERBY".
    if (!matched && isCuedAmbiguousPlace(tokens, i, i + 1) && (!isEnglishWord(tokens[i].lower) || isPlaceQualified(tokens, i + 1))) {
      matched = 1;
      kind = 'location';
      rule = 'location/cued-city';
    }
    // "ATLANTIC DIVISION", "PACIFIC CONFERENCE": a standings table's heading names a group of teams.
    if (matched && kind === 'location' && COMPETITION_GROUPS.has(tokens[i + matched]?.lower ?? '')) {
      i += matched + 1;
      continue;
    }
    if (matched && kind === 'location' && (opensShoutedEvent(tokens, i, i + matched) || closesEventOfPlace(tokens, i))) {
      i += matched;
      continue;
    }
    if (matched && kind === 'location' && isShoutedSide(tokens, i, i + matched)) {
      kind = 'organization';
      rule = 'organization/team';
    }
    if (matched && kind !== 'location' && opensDateline(tokens, i, matched) && isGazetteerPlace(tokens, i, i + matched)) {
      kind = 'location';
      rule = 'location/dateline';
    }
    // "GROZNY 1996-08-22": a dateline's capitals name a place though no list knows it.
    const dateline = matched ? -1 : datelinePlaceEnd(tokens, i);
    if (dateline > i) {
      matched = dateline - i;
      kind = 'location';
      rule = 'location/dateline';
    }
    // "U.N. SAYS AID BLOCKED": dotted capitals that name no place are a body's initials, though
    // the story below spells the body out ("the United Nations").
    if (!matched && isDottedAcronym(tokens, i)) {
      matched = 1;
      kind = 'organization';
      rule = 'organization/acronym';
    }
    if (!matched) {
      matched = shoutedPersonLength(tokens, i);
      kind = 'person';
      rule = 'person/given-name';
    }
    if (matched && kind) {
      out.push({ kind, start: tokens[i].start, end: tokens[i + matched - 1].end, rule });
      i += matched;
    } else i++;
  }
  return fixtureSides(tokens, out);

  function lookup(phrase: string): { kind: EntityKind; rule: string } | undefined {
    const fromDocument = known.get(phrase);
    if (fromDocument) return { kind: fromDocument, rule: `${fromDocument}/document` };
    // "YELTSIN VOWS TO STAY ON", though the story calls him only "the president".
    if (PUBLIC_FIGURES.has(phrase)) return { kind: 'person', rule: 'person/public-figure' };
    if (gazetteer().place(phrase)) return { kind: 'location', rule: 'location/gazetteer' };
    // "FLOODS IN SOUTHERN CHINA": a compass word before a place names a part of it.
    const space = phrase.indexOf(' ');
    if (space > 0 && PLACE_PART_WORDS.has(phrase.slice(0, space)) && gazetteer().place(phrase.slice(space + 1))) return { kind: 'location', rule: 'location/place-part' };
    if (isShoutedOfPlace(phrase)) return { kind: 'location', rule: 'location/leading-head' };
    if (isShoutedBodyOfPlace(phrase)) return { kind: 'organization', rule: 'organization/head-of' };
    if (NEWS_AGENCIES.has(phrase)) return { kind: 'organization', rule: 'organization/news-agency' };
    // "PENTAGON SAYS …", "BUNDESBANK LEAVES RATES UNCHANGED": an institution's one word. "ARMY"
    // names the service only where the story capitalizes it, which the document's names tell.
    if (SINGLE_WORD_INSTITUTIONS.has(phrase) && !ARMED_SERVICES.has(phrase)) return { kind: 'organization', rule: 'organization/institution' };
    if (isShoutedClub(phrase)) return { kind: 'organization', rule: 'organization/club' };
    if (isShoutedFirm(phrase)) return { kind: 'organization', rule: 'organization/suffix' };
    const lexical = lexiconKind(phrase);
    return lexical && lexical !== 'person' ? { kind: lexical, rule: `${lexical}/lexicon` } : undefined;
  }
}

// Closing words of a firm's or a carrier's name that no generic phrase in capitals ends with:
// "BRITISH AIRWAYS", "NISSAN MOTOR", "PHILIPS ELECTRONICS NV". Not "group" or "holdings" ("RIGHTS GROUP SAYS").
const SHOUTED_FIRM_ENDINGS = new Set(['airlines', 'airways', 'motors', 'motor', 'corp', 'inc', 'plc', 'ltd', 'ag', 'nv', 'gmbh']);

/** "BRITISH AIRWAYS", "AMERICAN AIRLINES": words before a firm's closing word, none of them a function word. */
function isShoutedFirm(phrase: string): boolean {
  const words = phrase.split(' ');
  return words.length > 1 && SHOUTED_FIRM_ENDINGS.has(words[words.length - 1].replace(/\.$/, '')) && !words.slice(0, -1).some(isFunctionWord);
}

// Words that close a sporting event's name after a place: "THE U.S. OPEN", "MONACO GRAND PRIX", "SHEFFIELD SHIELD".
const EVENT_CLOSERS = new Set(['open', 'masters', 'classic', 'cup', 'shield', 'trophy', 'championship', 'championships', 'grand']);

// What a tournament has that talks do not: "U.S. OPEN TITLE", "FRENCH OPEN FINAL".
const EVENT_STAGES = new Set(['title', 'final', 'finals', 'semifinal', 'semifinals', 'quarterfinal', 'quarterfinals', 'champion', 'crown', 'round']);

// Words before a place and "OPEN" that make a tournament of them: "THE U.S. OPEN", "AT GREATER MILWAUKEE OPEN".
const OPEN_EVENT_BEFORE = new Set(['the', 'at', 'in']);

/** No word of the line follows `i`: the line ends, or only punctuation is left on it. */
function closesLine(tokens: Token[], i: number): boolean {
  for (let k = i; k < tokens.length && !tokens[k].breakBefore; k++) if (tokens[k].word) return false;
  return true;
}

/**
 * A place that opens an event's name in a capitals line names no place there ("WINS AT THE U.S.
 * OPEN"), as the same name in mixed case is one event. "OPEN" is also a verb ("JAPAN OPEN
 * TALKS", "BOURSES OPEN LOWER"), so it counts only after "the", "at" or "in", before a stage of a
 * tournament, or at the headline's end, where a verb would want an object; "GRAND" only before "PRIX".
 */
function opensShoutedEvent(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  if (!next || next.breakBefore || !EVENT_CLOSERS.has(next.lower)) return false;
  if (next.lower === 'open') return OPEN_EVENT_BEFORE.has(tokens[from - 1]?.lower ?? '') || EVENT_STAGES.has(tokens[to + 1]?.lower ?? '') || closesLine(tokens, to + 1);
  return next.lower !== 'grand' || tokens[to + 1]?.lower === 'prix';
}

// A club's closing words after its town that no town's name ends with: not "county" ("Orange County").
const SHOUTED_CLUB_SUFFIXES = new Set([...CLUB_TOWN_SUFFIXES].filter((w) => w !== 'county' && w !== 'town'));

/**
 * "MANCHESTER UNITED BEAT …", "BRADFORD CITY": a town and a club's closing word. A place the
 * gazetteer knows whole ("MEXICO CITY") matched before this is asked.
 */
function isShoutedClub(phrase: string): boolean {
  const space = phrase.lastIndexOf(' ');
  if (space < 0 || !SHOUTED_CLUB_SUFFIXES.has(phrase.slice(space + 1))) return false;
  const type = gazetteer().place(phrase.slice(0, space))?.type;
  return !!type && type !== 'country' && type !== 'region';
}

/**
 * "GULF OF MEXICO", "STRAIT OF HORMUZ": a place word, "of", and a known place or one word that is
 * no English word; "SEA OF TROUBLES" names none.
 */
function isShoutedOfPlace(phrase: string): boolean {
  const words = phrase.split(' ');
  if (words.length < 3 || words[1] !== 'of' || !SHOUTED_OF_PLACE_HEADS.has(words[0])) return false;
  if (gazetteer().place(words.slice(2).join(' '))) return true;
  return words.length === 3 && !isEnglishWord(words[2]) && !isFunctionWord(words[2]);
}

// Heads of bodies named for the land they serve, which an "of" and a place follow in capitals too.
const SHOUTED_BODY_HEADS = new Set([
  'bank', 'ministry', 'department', 'government', 'parliament', 'university', 'church', 'diocese', 'council', 'court',
  'college', 'academy', 'federation', 'association', 'union', 'league', 'society', 'chamber', 'authority', 'bureau',
]);

/**
 * "BANK OF ENGLAND RAISES RATES", "CHURCH OF ENGLAND", "UNIVERSITY OF TEXAS": a body's head, "of"
 * and a known place name a body where the story below may never spell it out; "BATTLE OF
 * BRITAIN" has no body's head.
 */
function isShoutedBodyOfPlace(phrase: string): boolean {
  const words = phrase.split(' ');
  if (words.length < 3 || words[1] !== 'of' || !SHOUTED_BODY_HEADS.has(words[0])) return false;
  const place = words.slice(words[2] === 'the' ? 3 : 2).join(' ');
  return !!gazetteer().place(place) || lexiconKind(place) === 'location';
}

const MIN_HEADING_COLUMNS = 4;
const MAX_COLUMN_LETTERS = 3;

/**
 * A table's column heads, abbreviations of a few capitals each and no small words between them:
 * "W L T GF GA PTS", "P W D L F A PTS", whose "GA" is no state.
 */
function isColumnHeading(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.word);
  if (words.length < MIN_HEADING_COLUMNS || words.length !== tokens.length) return false;
  return words.every((t) => t.upper && t.text.length <= MAX_COLUMN_LETTERS && !isFunctionWord(t.lower));
}

// Words between the two sides of a fixture line: "SEATTLE AT BOSTON", "KENT V SUSSEX".
const FIXTURE_WORDS = new Set(['at', 'v', 'vs', 'vs.', 'v.']);

/**
 * A line that is only two sides and the word between them is a fixture, and a city or county
 * there is its team: "CLEVELAND AT DETROIT" in a baseball schedule. A country stays a place
 * ("ENGLAND V PAKISTAN"), as national sides do in news annotation.
 */
function fixtureSides(tokens: Token[], found: Resolved[]): Resolved[] {
  if (found.length !== 2 || tokens[0].start !== found[0].start || tokens[tokens.length - 1].end !== found[1].end) return found;
  const between = tokens.filter((t) => t.start >= found[0].end && t.end <= found[1].start);
  if (between.length !== 1 || !FIXTURE_WORDS.has(between[0].lower)) return found;
  const isSide = (m: Resolved) => m.kind === 'organization' || (m.kind === 'location' && !isNationName(tokens, m));
  if (!found.every(isSide)) return found;
  return found.map((m) => ({ ...m, kind: 'organization' as const, rule: m.kind === 'organization' ? m.rule : 'organization/fixture' }));
}

function isNationName(tokens: Token[], m: Resolved): boolean {
  const words = tokens.filter((t) => t.start >= m.start && t.end <= m.end).map((t) => t.text);
  const type = gazetteer().place(words.join(' '))?.type;
  return type === 'country' || type === 'region';
}

/** "MICROSOFT CORP": a company the lexicon knows keeps the suffix that follows it. */
function withCompanySuffix(tokens: Token[], i: number, matched: number): number {
  const next = tokens[i + matched];
  return next?.word && !next.breakBefore && STRONG_ORG_SUFFIXES.has(next.lower.replace(/\./g, '')) ? matched + 1 : matched;
}

/**
 * "U.N.", "E.U.": dotted capitals, but no time after a figure ("10 P.M.") and no initials before a
 * name, which is no English word ("J.R. EWING").
 */
function isDottedAcronym(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1]?.text[0] ?? '';
  if (!t.text.includes('.') || !isAcronym(t) || (before >= '0' && before <= '9')) return false;
  const next = tokens[i + 1];
  return !next || next.breakBefore || !next.word || (isEnglishWord(next.lower) && !isSurname(next.lower));
}

/**
 * A person in capitals, where no capital marks a name: a given name that is no ordinary word
 * ("JOE", not "WILL" or "MARK"), an optional initial, and a surname that is no ordinary word
 * ("CHANCELLOR OLAF SCHOLZ SAID" → OLAF SCHOLZ). Returns the number of words, or 0.
 */
function shoutedPersonLength(tokens: Token[], i: number): number {
  const given = tokens[i];
  if (!isGivenName(given.lower) || isCommonWord(given.lower) || gazetteer().place(given.text)) return 0;
  let j = i + 1;
  if (tokens[j] && isInitial(tokens[j])) j++;
  const surname = tokens[j];
  if (!surname?.word || surname.breakBefore || !/^\p{L}{2,}$/u.test(surname.text)) return 0;
  if (isEnglishWord(surname.lower) && !isSurname(surname.lower)) return 0;
  if (gazetteer().place(surname.text) || lexiconKind(surname.lower)) return 0;
  return j - i + 1;
}

