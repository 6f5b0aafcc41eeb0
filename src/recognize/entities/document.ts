import { pairsWithListedClub } from './club-pair';
import { isVocativeName, VOCATIVE_RULE } from './vocative';
import type { EntityKind } from '../../types';
import { gazetteer } from '../../lexicon/gazetteer';
import { isFullWeekdayName } from '../../lexicon/weekdays';
import { EAST_ASIAN_SURNAMES } from '../../lexicon/chinese-surnames';
import { CLUB_TOWN_SUFFIXES, DROPPED_FIRM_HEADS, FIRM_PLURALS_BEFORE_EXAMPLES, INSTITUTION_HEADS, LOCAL_TRADE_HEADS, ORG_SUFFIXES, PLACE_HEADS } from '../../lexicon/org-words';
import { LIST_SEPARATORS, PLURAL_ARTICLES, SURNAME_PARTICLES } from '../../lexicon/name-connectors';
import { PLAYER_VERBS } from '../../lexicon/player-verbs';
import { RACING_TEAMS } from '../../lexicon/racing-teams';
import { isTitleWord } from './titles';
import { writtenPhrase } from './gazetteer-place';
import { isCalendarWord, isClearGivenName, isCommonWordOrPlural, isCompanyWord, isEnglishWord, isGivenName, isLexiconGivenName, isSurname, isWordOfSomeFirm, lexiconKind } from './name-words';
import { comesBackToResult, isTeamMention, sportSlugWords, scoresInSets, standsAsSide, standsInScoreline, tableSides, teamNames } from './teams';
import { FAMILY_NAMED_RULE, isLoneNameWord, LONE_PLAYER_RULE, LoneNameVotes, loneNameContext, loneNameShape, PLACE_CLASS_RULE } from './single-name';
import { COMPANY_OF_KIND_RULE, DEFINED_BODY_RULE, DEFINED_PLACE_RULE, POSSESSIVE_NAME_RULE, SHIP_RULE, STORM_RULE, type Decision } from './classify';
import { DEFINED_TERM_RULE } from './defined-acronym';
import { KNOWN_NICKNAME_RULE, TEAM_NICKNAME_RULE, teamNicknameStart } from './team-nickname';
import { exampleKindAt, isExampleOfFirms, isPersonalRun, PERSONAL_CUE_RULES, personalCue, SHARES_OF_RULE } from './context-cues';
import { COMPANY_PREDICATE_RULE, SAID_RESULTS_RULE } from './cue-rules';
import { isAcronymPlural, isLeadingInitials, isNameNumber, isWordCompound } from './person-shape';
import { organizationInitials } from './name-initials';
import { followsThe, lowerPhrase, opensSentence, type Token } from './tokens';
import { namesPossessiveFirm, possessiveFirmNames } from './possessive-firm';
import { STARTS_WITH_DIGIT } from './product-name';
import { FEATURE_AFTER_ARTICLE_RULE, FEATURE_BEFORE_LANDFORM_RULE, isCountryOrRegion, isGazetteerPlace, isPlaceAdjective } from './place-rules';
import { PEOPLE_PLACE_RULE } from './people-place';
import { CLUB_SHORT_NAME_RULE, clubShortNames, isClubShortName, namesListedClub } from './club-short-names';
import { isTownFirmSubject, townsNamingFirms } from './town-named-firm';
import { motorSportCue } from './motor-sport';

/** A decision with the tokens it indexes and whether its run opened the sentence. */
export interface Located {
  decision: Decision;
  tokens: Token[];
  sentenceInitial: boolean;
}

/** A title word that stood alone in its run and named no one there ("Major", "King"). */
export type LoneTitle = Token;

export interface Resolved {
  kind: EntityKind;
  start: number;
  end: number;
  rule: string;
}

const wordsOf = (l: Located) => l.tokens.slice(l.decision.from, l.decision.to);
/** The run's words lower-cased, the key the document's tallies use. */
export const nameOf = (l: Located) => lowerPhrase(l.tokens, l.decision.from, l.decision.to);

/**
 * Document-level consistency. A name tagged once with good evidence lends its kind to its
 * other mentions: "Stoltenberg" after "Jens Stoltenberg" is a person, "Apple" after "Apple Inc."
 * an organization. Runs still unknown fall back to their shape, and a person's surname wins
 * over a place of the same spelling ("Valeska Paris … Paris said").
 */
export function resolveDocument(all: Located[], text: string, loneTitles: readonly LoneTitle[] = []): { mentions: Resolved[]; known: Map<string, EntityKind> } {
  const sides = tableSides(all);
  const decided = joinSpacedHyphens(joinTableSides(followDefinedAcronyms(withoutStormsAndShips(all)), sides));
  const possessiveFirms = possessiveFirmNames(decided);
  const playing = wordsPlayingSides(decided);
  const personWords = new Set<string>();
  for (const l of decided) {
    if (l.decision.kind !== 'person' || l.decision.span || namesPossessiveFirm(l, possessiveFirms)) continue;
    // "a 1-1 draw with Chelsea … Chelsea, who had led": one word that only a weak cue calls a
    // person lends no surname where a match of the document plays the same word as a side.
    if (isLoneWeakPerson(l) && playing.has(nameOf(l))) continue;
    // "Louis XIV … Chapter XIV": the number after a name is no surname.
    for (const t of wordsOf(l)) if (t.text.length > 2 && !isNameNumber(t)) personWords.add(t.lower);
    // "Li Peng … Li said": an East Asian family name comes first, and may have two letters.
    const family = l.tokens[l.decision.from];
    if (l.decision.to - l.decision.from > 1 && EAST_ASIAN_SURNAMES.has(family.lower)) personWords.add(family.lower);
  }
  const known = knownNames(decided, personWords);
  const located = namesOfKnownCompanies(decided, known);
  const played = scorelineSides(located);
  for (const name of played) if (!known.has(name)) known.set(name, 'organization');
  const votes = loneNameVotes(located);
  const heads = organizationHeads(known);
  const clubs = clubNames(located);
  const towns = cuedTownNames(located);
  const clubShorts = clubShortNames(located);
  const companies = companiesOfKind(located);
  const firmTowns = townsNamingFirms(located);
  const affiliations = affiliationsOfPeople(located);
  const slug = sportSlugWords(text);
  const motorSport = motorSportCue(text, slug);
  // "Michael Schumacher … the Japanese Grand Prix … Schumacher said": only a slug makes a team of
  // a word the document gives a person in full.
  const fullNameWords = new Set(decided.filter((l) => l.decision.kind === 'person' && l.decision.to - l.decision.from > 1).flatMap((l) => wordsOf(l).map((t) => t.lower)));
  const kinds = located.map((l) => {
    if (namesPossessiveFirm(l, possessiveFirms)) return { kind: 'organization' as const, rule: COMPANY_BY_NAME };
    if (l.decision.kind === 'unknown' && isClubShortName(l, clubShorts)) return { kind: 'organization' as const, rule: CLUB_SHORT_NAME_RULE };
    // "MOTOR RACING - … Williams have signed Frentzen": a team named by one word, not its founder.
    if (motorSport && !l.decision.span && RACING_TEAMS.has(nameOf(l)) && (motorSport === 'slug' || !fullNameWords.has(nameOf(l)))) return { kind: 'organization' as const, rule: 'organization/racing-team' };
    // "Spanish carrier Iberia … Iberia chairman": the company the document called so, not the region.
    if (l.decision.rule === 'location/gazetteer' && companies.has(nameOf(l))) return { kind: 'organization' as const, rule: 'organization/document' };
    if (l.decision.kind === 'location' && isTownFirmSubject(l, firmTowns)) return { kind: 'organization' as const, rule: 'organization/town-named-firm' };
    // "Ajax Amsterdam have signed … Ajax Amsterdam said": a club the document names so by its
    // play outweighs a person's shape that its given-name-like first word lends it elsewhere.
    if (SHAPED_PERSON_RULES.has(l.decision.rule) && clubs.has(nameOf(l))) return { kind: 'organization' as const, rule: 'organization/document' };
    // "Hartley Wood Holdings Ltd. … Hartley Wood said", "Cheung Kong (Holdings) Ltd. … Cheung Kong
    // shares": a firm's short form the document settled before outweighs a person's shape.
    if (NAME_SHAPE_RULES.has(l.decision.rule) && known.get(nameOf(l)) === 'organization') return { kind: 'organization' as const, rule: 'organization/document' };
    // "arrested in Mae Sot … Mae Sot is a border town": so does a town the document places by a cue.
    if (SHAPED_PERSON_RULES.has(l.decision.rule) && towns.has(nameOf(l))) return { kind: 'location' as const, rule: 'location/document' };
    // "Arafat's aide … Arafat would meet Rabin": a cue only people take outweighs a town's name elsewhere.
    const townAsSurname = PERSONAL_CUE_RULES.has(l.decision.rule) && known.get(nameOf(l)) === 'location';
    const overruled = (known.has(nameOf(l)) && !townAsSurname) || (l.decision.rule === SAID_IT && personWords.has(nameOf(l)));
    if (l.decision.kind === 'unknown' && !known.has(nameOf(l)) && affiliations.has(l)) return { kind: 'organization' as const, rule: 'organization/of-person' };
    if (l.decision.kind === 'unknown' || (WEAK_RULES.has(l.decision.rule) && overruled)) return fallbackKind(l, known, personWords, votes, heads);
    // "Carl Icahn … Icahn said", "Helmut Kohl … Kohl's spokesman": a surname the document gave a
    // person outweighs a company's word or belongings, and a known company's one-word name where
    // a cue only people take follows ("Mark Hanson … Hanson added that he").
    if (personWords.has(nameOf(l)) && !played.has(nameOf(l)) && yieldsToSurname(l)) return { kind: 'person' as const, rule: 'person/surname' };
    return { kind: l.decision.kind, rule: l.decision.rule };
  });
  settleLists(located, kinds);
  settleRepeatedNames(located, kinds);
  // A listed club's full name tells a story of its matches as a scoreline does.
  const reportsMatches = sides.size > 0 || played.size > 0 || slug.size > 0 || namesListedClub(located);
  const teams = new Set([...teamNames(located, kinds, reportsMatches), ...sides]);
  const surnames = new Set<string>();
  located.forEach((l, i) => {
    const kind = kinds[i];
    if (kind?.kind !== 'person') return;
    // A full name's last word, or one word a cue only people take names ("Arafat said he").
    if (l.decision.to - l.decision.from > 1 || PERSONAL_CUE_RULES.has(kind.rule)) surnames.add(l.tokens[l.decision.to - 1].lower);
  });
  const nicknames = new Set(located.filter((_, i) => kinds[i]?.rule === KNOWN_NICKNAME_RULE).map(nameOf));
  const particleNames = new Set(located.map((l, i) => (kinds[i]?.kind === 'person' ? particleSurname(l) : undefined)).filter((name) => name !== undefined));
  const mentions: Resolved[] = [];
  located.forEach((l, i) => {
    const d = l.decision;
    const kind = kinds[i];
    const span = d.span ?? { start: l.tokens[d.from].start, end: l.tokens[d.to - 1].end };
    const personSpan = d.span ?? { start: particleStart(l, particleNames), end: span.end };
    // "Arsenal won 2-0", "Chelsea held on": a side of the document's tables, whatever its word
    // means alone; and a name nothing else settles that plays in a match ("Juventus were held 1-1").
    // "Essex beat Kent … Kent lost": a town's name the lexicon gives a person is the side the document plays.
    const placeAsName = kind?.rule === PERSON_LEXICON && d.to - d.from === 1 && !!gazetteer().ambiguousPlace(l.tokens[d.from].text);
    const loose = !kind || kind.rule === GIVEN_NAME_ALONE || kind.rule === LONE_PLAYER_RULE || placeAsName;
    const playing = l.decision.kind === 'unknown' && (isCommonWordOrPlural(nameOf(l)) ? standsInScoreline(l.tokens, d.from, d.to) || comesBackToResult(l.tokens, d.to) : standsAsSide(l.tokens, d.from, d.to, reportsMatches || teams.size > 0));
    const side = placeAsName ? teams.has(nameOf(l)) : sides.has(nameOf(l));
    if (loose && !d.span && ((side && isTeamMention(l, teams)) || playing)) {
      const player = !side && (isPlayerName(wordsOf(l)) || scoresInSets(l.tokens));
      mentions.push(player ? { kind: 'person', ...span, rule: 'person/player' } : { kind: 'organization', ...span, rule: 'organization/team' });
      return;
    }
    if (!kind) return;
    // "the Indians", "the Cardinals", "the Royals": a team's nickname is also a people, a rank or a
    // family, and is the team only in a story that reports matches or names another team so; one
    // that is no English word ("the Lakers", "the Knicks") names the team anywhere.
    if (kind.rule === KNOWN_NICKNAME_RULE && !reportsMatches && teams.size === 0 && nicknames.size < 2 && isCommonWordOrPlural(nameOf(l))) return;
    // "Orlando Cepeda … Orlando thanked fans": a city's name that is a person's given name here is theirs.
    const namesPerson = surnames.has(l.tokens[d.from].lower) || (kind.rule === 'location/large-city' && personWords.has(l.tokens[d.from].lower));
    if (kind.kind === 'location' && !d.span && d.to - d.from === 1 && namesPerson) {
      mentions.push({ kind: 'person', ...personSpan, rule: 'person/surname' });
    } else if (kind.kind === 'location' && !d.span && kind.rule !== PEOPLE_PLACE_RULE && isTeamMention(l, teams, sides)) {
      mentions.push({ kind: 'organization', ...span, rule: 'organization/team' });
    } else if ((kind.rule === POSSESSIVE_NAME_RULE || namesPossessiveFirm(l, possessiveFirms)) && l.tokens[d.to - 1].possessive) {
      mentions.push({ kind: kind.kind, start: span.start, end: endWithNamePossessive(text, span.end), rule: kind.rule });
    } else mentions.push({ kind: kind.kind, ...(kind.kind === 'person' ? personSpan : span), rule: kind.rule });
  });
  // "John Major … that Major would call an election": a title word alone is the surname of a
  // person the document names in full.
  for (const t of loneTitles) if (surnames.has(t.lower)) mentions.push({ kind: 'person', start: t.start, end: t.end, rule: 'person/title-surname' });
  const settled = sidesOverWeakPeople(text, mentions);
  return { mentions: settled, known: settledNames(text, settled, known) };
}

/**
 * "a 1-1 draw with Chelsea … Chelsea, who had led …": one word that a match of the document
 * plays as a side is that side where only a weak cue ("who", "said") calls it a person.
 */
function sidesOverWeakPeople(text: string, mentions: Resolved[]): Resolved[] {
  const nameAt = (m: Resolved) => text.slice(m.start, m.end).toLowerCase();
  const sideNames = new Set(mentions.filter((m) => m.rule === TEAM_RULE).map(nameAt));
  if (sideNames.size === 0) return mentions;
  const weakSide = (m: Resolved) => m.kind === 'person' && WEAK_RULES.has(m.rule) && !/\s/.test(nameAt(m)) && sideNames.has(nameAt(m));
  return mentions.map((m) => (weakSide(m) ? { ...m, kind: 'organization', rule: TEAM_RULE } : m));
}

// Rules that make a club of a name by how it plays or whom it employs, not by its words alone.
const CLUB_RULES = new Set(['organization/place-named', 'organization/numbered-club', 'organization/results-team', TEAM_NICKNAME_RULE]);
// Rules that make a person of a name by its shape alone.
const SHAPED_PERSON_RULES = new Set(['person/given-name', 'person/generational']);
// People only by the shape of their words, an East Asian family name's too.
const NAME_SHAPE_RULES: ReadonlySet<string> = new Set([...SHAPED_PERSON_RULES, 'person/east-asian']);

// Rules that place a town of several words by a cue around it, though a given name opens it.
const CUED_TOWN_RULES = new Set(['location/cued-town', 'location/place-cue']);

/** The towns of two words or more the document places by a cue: "in Mae Sot", "Glen Ellyn, Illinois". */
const cuedTownNames = (located: Located[]): Set<string> => longNamesByRules(located, CUED_TOWN_RULES);

/** The names the document gives a club by its play: "Ajax Amsterdam", "Willem II". */
const clubNames = (located: Located[]): Set<string> => longNamesByRules(located, CLUB_RULES);

/** The names of two words or more, as the text spells them whole, that one of `rules` settled. */
function longNamesByRules(located: Located[], rules: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  for (const l of located) if (rules.has(l.decision.rule) && !l.decision.span && l.decision.to - l.decision.from > 1) names.add(nameOf(l));
  return names;
}

/**
 * "Feyenoord beat Twente 3-0 … Feyenoord said": one word no rule settled that plays in a match's
 * own clause is a side, which a cue of saying elsewhere does not make a person. Not a word the
 * document gives a person on better evidence ("Martina Hingis … Hingis beat Graf 6-2"), nor a
 * player of a match scored in sets.
 */
function scorelineSides(located: Located[]): Set<string> {
  const sides = new Set<string>();
  const people = new Set<string>();
  for (const l of located) {
    const d = l.decision;
    if (d.kind === 'person' && !WEAK_RULES.has(d.rule)) for (const t of wordsOf(l)) people.add(t.lower);
    const unsettled = d.kind === 'unknown' || d.rule === TEAM_RULE;
    if (unsettled && !d.span && d.to - d.from === 1 && standsInScoreline(l.tokens, d.from, d.to) && !scoresInSets(l.tokens)) sides.add(nameOf(l));
  }
  for (const name of people) sides.delete(name);
  return sides;
}

/**
 * An acronym's other mentions follow its definition: "WWDC 2005" in the headline is no body once
 * "World Wide Developers Conference (WWDC)" defines it, "KSC employees" a place after "Kennedy
 * Space Center (KSC)", "the SFO said" a body after "Serious Fraud Office (SFO)".
 */
function followDefinedAcronyms(located: Located[]): Located[] {
  const terms = new Set(located.filter((l) => l.decision.rule === DEFINED_TERM_RULE).map(nameOf));
  const places = new Set(located.filter((l) => l.decision.rule === DEFINED_PLACE_RULE).map(nameOf));
  const bodies = new Set(located.filter((l) => l.decision.rule === DEFINED_BODY_RULE).map(nameOf));
  if (terms.size === 0 && places.size === 0 && bodies.size === 0) return located;
  const out: Located[] = [];
  for (const l of located) {
    const acronym = l.decision.rule === ACRONYM_RULE;
    if (l.decision.rule === DEFINED_TERM_RULE || (acronym && terms.has(nameOf(l)))) continue;
    // "the Serious Fraud Office (SFO) … The SFO said": the definition outweighs the lexicon's airport.
    if (bodies.has(nameOf(l)) && !l.decision.span && l.decision.kind !== 'organization') out.push({ ...l, decision: { ...l.decision, kind: 'organization', rule: DEFINED_BODY_RULE } });
    else out.push(acronym && places.has(nameOf(l)) ? { ...l, decision: { ...l.decision, kind: 'location', rule: DEFINED_PLACE_RULE } } : l);
  }
  return out;
}

const ACRONYM_RULE = 'organization/acronym';

/**
 * Joins two names that together spell a side of the document's tables: "Bayer" (the company) and
 * "Leverkusen" (the town) make "Bayer Leverkusen went top".
 */
function joinTableSides(located: Located[], sides: ReadonlySet<string>): Located[] {
  if (sides.size === 0) return located;
  const joined: Located[] = [];
  for (let i = 0; i < located.length; i++) {
    const [a, b] = [located[i], located[i + 1]];
    const adjacent = !!b && a.tokens === b.tokens && !a.decision.span && !b.decision.span && a.decision.to === b.decision.from;
    if (adjacent && sides.has(`${nameOf(a)} ${nameOf(b)}`)) {
      joined.push({ ...a, decision: { kind: 'organization', from: a.decision.from, to: b.decision.to, rule: 'organization/team' } });
      i++;
    } else joined.push(a);
  }
  return joined;
}

/**
 * "Coca-Cola Co. … shares of Coca - Cola": tokenized copy sets apart the hyphen of a firm's name
 * the document spells whole elsewhere. Two one-word runs around a spaced hyphen that spell the
 * hyphenated word an organization's name opens with are that organization again.
 */
function joinSpacedHyphens(located: Located[]): Located[] {
  const hyphened = new Set(located.filter((l) => l.decision.kind === 'organization' && !l.decision.span && l.tokens[l.decision.from].text.includes('-')).map((l) => l.tokens[l.decision.from].lower));
  if (hyphened.size === 0) return located;
  const joined: Located[] = [];
  for (let i = 0; i < located.length; i++) {
    const [a, b] = [located[i], located[i + 1]];
    if (b && spellsAcrossHyphen(a, b, hyphened)) {
      joined.push({ ...a, decision: { kind: 'organization', from: a.decision.from, to: b.decision.to, rule: 'organization/spaced-hyphen' } });
      i++;
    } else joined.push(a);
  }
  return joined;
}

function spellsAcrossHyphen(a: Located, b: Located, hyphened: ReadonlySet<string>): boolean {
  const [d, e] = [a.decision, b.decision];
  if (a.tokens !== b.tokens || d.span || e.span || d.to - d.from !== 1 || e.to - e.from !== 1 || e.from !== d.to + 1) return false;
  const hyphen = a.tokens[d.to];
  return hyphen.text === '-' && hyphen.start > a.tokens[d.from].end && hyphened.has(`${nameOf(a)}-${nameOf(b)}`);
}

/**
 * Drops storms' names, and their later mentions alone ("Hurricane Bertha … Bertha weakened"), and
 * ships' names ("HMS Richmond"), whose words the document would otherwise read as a club or a body.
 */
function withoutStormsAndShips(located: Located[]): Located[] {
  const storms = new Set(located.filter((l) => l.decision.rule === STORM_RULE).map(nameOf));
  return located.filter((l) => l.decision.rule !== SHIP_RULE && !storms.has(nameOf(l)));
}

/**
 * Unknown names in a list take the kind of the names they are listed with: "Romelu Lukaku,
 * Yannick Carrasco, and Dries Mertens" are all people once one of them is.
 */
function settleLists(located: Located[], kinds: Array<{ kind: EntityKind; rule: string } | undefined>): void {
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 0; i < located.length; i++) {
      if (isListedPlaceName(located, kinds, i)) kinds[i] = { kind: 'location', rule: 'location/list' };
      if (isShapedPersonAmongFirms(located, kinds, i)) kinds[i] = { kind: 'organization', rule: 'organization/example' };
      if (isShapeOnlyNameAmongFirms(located, kinds, i)) kinds[i] = { kind: 'organization', rule: 'organization/list' };
      if (kinds[i]) continue;
      const nounKind = located[i].decision.kind === 'unknown' ? exampledKind(located, i) : undefined;
      if (nounKind) {
        kinds[i] = { kind: nounKind, rule: `${nounKind}/example` };
        continue;
      }
      const wordKind = listKindOfWord(located, kinds, i);
      if (wordKind) {
        kinds[i] = { kind: wordKind, rule: `${wordKind}/list` };
        continue;
      }
      // "Shell and BP shares rose": a word some firm's name is made of takes only a firm's kind.
      const firmOnly = !listable(located, i);
      if (firmOnly && !isFirmWordAlone(located[i])) continue;
      for (const j of [i - 1, i + 1]) {
        const neighbour = kinds[j];
        if (!neighbour || (firmOnly && !joinsFirms(located[Math.min(i, j)], located[Math.max(i, j)], neighbour.kind)) || !listed(located[Math.min(i, j)], located[Math.max(i, j)])) continue;
        // "Questions Wednesday, Sunak defended": a day is in no one's name.
        if (neighbour.kind === 'person' && wordsOf(located[i]).some((t) => isCalendarWord(t.lower))) continue;
        kinds[i] = { kind: neighbour.kind, rule: `${neighbour.kind}/list` };
        break;
      }
    }
  }
}

// People only by the shape of their words, initials too.
const SHAPE_ONLY_RULES: ReadonlySet<string> = new Set([...NAME_SHAPE_RULES, 'person/initial']);

/**
 * "builders such as D.R. Horton and Lennar Corp.", "lenders including Wells Fargo and John
 * Hancock": a name that only its shape makes a person, among the examples of a plural kind of
 * firm, is a firm named for its founder.
 */
function isShapedPersonAmongFirms(located: Located[], kinds: ReadonlyArray<{ kind: EntityKind; rule: string } | undefined>, i: number): boolean {
  const kind = kinds[i];
  if (kind?.kind !== 'person' || !SHAPE_ONLY_RULES.has(kind.rule)) return false;
  const first = listStart(located, i);
  return isExampleOfFirms(located[first].tokens, located[first].decision.from);
}

// The fewest other names of a list, all firms, that make a name no list knows a firm too.
const MIN_LISTED_FIRMS = 2;

/**
 * "backers Andreessen Horowitz, General Catalyst and Lightspeed Venture Partners": words no list
 * knows, which only their shape made a person, listed with nothing but firms, name a firm too;
 * so do they after shares of the first ("Shares in Vale and Itaú Unibanco rose").
 */
function isShapeOnlyNameAmongFirms(located: Located[], kinds: ReadonlyArray<{ kind: EntityKind; rule: string } | undefined>, i: number): boolean {
  if (kinds[i]?.rule !== SHAPE_ONLY_PERSON_RULE) return false;
  let end = i;
  while (listed(located[end], located[end + 1])) end++;
  const start = listStart(located, i);
  for (let j = start; j <= end; j++) if (j !== i && kinds[j]?.kind !== 'organization') return false;
  // "Shares in Vale and Itaú Unibanco rose": the shares are of every name the list holds.
  return end - start >= MIN_LISTED_FIRMS || (start !== i && kinds[start]?.rule === SHARES_OF_RULE);
}

/**
 * "investors in Surrey and Kent", "Kent and Sussex": one word that only the lexicon's given names
 * make a person, and that the gazetteer holds as a place, is a place where it is listed with one.
 */
function isListedPlaceName(located: Located[], kinds: ReadonlyArray<{ kind: EntityKind; rule: string } | undefined>, i: number): boolean {
  const l = located[i];
  if (kinds[i]?.rule !== PERSON_LEXICON || l.decision.to - l.decision.from !== 1 || !gazetteer().ambiguousPlace(l.tokens[l.decision.from].text)) return false;
  return [i - 1, i + 1].some((j) => kinds[j]?.kind === 'location' && listed(located[Math.min(i, j)], located[Math.max(i, j)]));
}

/**
 * Unknown runs that repeat a name the document settled elsewhere take its kind: "Gloria" opening
 * a sentence after "their child, Gloria", and "Dries Mertens" after a list settled it. A one-word
 * run also takes the kind of a person whose name it ends, unless only the shape settled that
 * person and the name looks like a maker's product.
 */
function settleRepeatedNames(located: Located[], kinds: Array<{ kind: EntityKind; rule: string } | undefined>): void {
  const settled = new Map<string, EntityKind>();
  const loneNames = new Set(located.filter((l, i) => kinds[i] && l.decision.to - l.decision.from === 1).map(nameOf));
  located.forEach((l, i) => {
    const kind = kinds[i];
    if (!kind || l.decision.span || kind.rule === SAID_IT) return;
    const name = nameOf(l);
    if (!settled.has(name)) settled.set(name, kind.kind);
    const lastToken = l.tokens[l.decision.to - 1];
    const last = lastToken.lower;
    // A run settled by its shape alone may be a maker's product ("Warhol Polaroids", "Mozilla
    // Firefox"): its last word counts only when its first is no name of its own in the document
    // and its last no ordinary word ("Anke Huber … Huber, ranked 10th").
    const shapeOnly = kind.rule === SHAPE_ONLY_PERSON_RULE && (isCommonWordOrPlural(last) || loneNames.has(l.tokens[l.decision.from].lower));
    const named = kind.kind === 'person' && !shapeOnly && l.decision.to - l.decision.from > 1;
    if (named && last.length > 2 && !isNameNumber(lastToken) && !settled.has(last)) settled.set(last, 'person');
    // "Dirk van der Merwe … Van der Merwe said it": a surname a particle opens is all its words.
    const particle = named ? particleSurname(l) : undefined;
    if (particle && !settled.has(particle)) settled.set(particle, 'person');
  });
  located.forEach((l, i) => {
    // "Ilkka Vaara … Vaara said it was fair": a person's surname outweighs a company's cue.
    const overruled = kinds[i]?.rule === SAID_IT && settled.get(nameOf(l)) === 'person';
    if (!overruled && (kinds[i] || l.decision.kind !== 'unknown')) return;
    const kind = settled.get(nameOf(l));
    if (!kind || isCommonWordOrPlural(nameOf(l)) || (kind === 'person' && DETERMINERS.has(l.tokens[l.decision.from - 1]?.lower ?? ''))) return;
    kinds[i] = { kind, rule: `${kind}/document` };
  });
}

/** The surname from the first particle inside a full name to its end ("van der merwe"), or undefined. */
function particleSurname(l: Located): string | undefined {
  const words = wordsOf(l);
  const k = words.findIndex((t, i) => i > 0 && i < words.length - 1 && SURNAME_PARTICLES.has(t.lower));
  return k > 0 ? words.slice(k).map((t) => t.lower).join(' ') : undefined;
}

/**
 * Where a person's mention starts: "Osama bin Laden … officials said bin Laden had": the
 * lower-case particles before a surname belong to it when the document's full name has them.
 */
function particleStart(l: Located, particleNames: ReadonlySet<string>): number {
  const { from, to } = l.decision;
  let k = from;
  while (k > 0 && SURNAME_PARTICLES.has(l.tokens[k - 1].text)) k--;
  while (k < from && !particleNames.has(lowerPhrase(l.tokens, k, to))) k++;
  return l.tokens[k].start;
}

// Words before a thing's name, not a person's: "the Polaroid camera", "their own Polaroid".
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'your', 'own']);

/**
 * A run that a list may settle: one of two words or more, or a lone word that is no ordinary word
 * in a list of three or one joined by "and" ("Ubisoft, Microsoft and Sony"; not "Members, Microsoft
 * and Sony", nor the comma of "On board the Freewinds, Paris said").
 */
function listable(located: Located[], i: number): boolean {
  const l = located[i];
  const d = l.decision;
  if (d.to - d.from >= 2) return true;
  if (d.kind !== 'unknown' || d.span || !isLoneNameWord(l.tokens, d.from)) return false;
  const before = listed(located[i - 1], l);
  const after = listed(l, located[i + 1]);
  if (before && (after || joinedByWord(located[i - 1], l) || listed(located[i - 2], located[i - 1]))) return true;
  return after && (joinedByWord(l, located[i + 1]) || listed(located[i + 1], located[i + 2]));
}

/**
 * A lone capitalized word some firm's name is made of, which a list with a firm settles though
 * it is an ordinary word where their shares follow: "Shell and BP shares rose".
 */
function isFirmWordAlone(l: Located): boolean {
  const { kind, span, from, to } = l.decision;
  const word = l.tokens[from];
  return kind === 'unknown' && !span && to - from === 1 && word.cap && !word.upper && !word.possessive && isWordOfSomeFirm(word.lower);
}

// Nouns of a listed company's stock after a list of firms: "Shell and BP shares rose".
const SHARE_NOUNS = new Set(['shares', 'stock', 'stocks']);

/**
 * The neighbour is a firm and the pair's shares follow it, which only firms have ("Microsoft and
 * Oracle report results" leaves the word alone); no article before the pair makes it one name.
 */
function joinsFirms(first: Located, last: Located, kind: EntityKind): boolean {
  const share = last.tokens[last.decision.to];
  return kind === 'organization' && !!share && SHARE_NOUNS.has(share.lower) && first.tokens[first.decision.from - 1]?.lower !== 'the';
}

/**
 * The list's first name follows "such as", "including" or "like", which introduce names of one
 * kind, or a plural kind of firm right before it: "retailers Currys and Boots".
 */
function isExemplified(l: Located): boolean {
  const kind = l.tokens[l.decision.from - 1];
  const firms = !!kind && (!kind.cap || opensSentence(l.tokens, l.decision.from - 1)) && FIRM_PLURALS_BEFORE_EXAMPLES.has(kind.lower);
  return firms || exampleKindAt(l.tokens, l.decision.from) !== undefined;
}

// Plural nouns whose examples are names of one kind: "rivals such as Foundem and Kelkoo", "cities including Tarnow".
// Within a list whose other names are settled, kinds a country may be too ("rivals") name organizations as well.
const EXAMPLED_KINDS: ReadonlyMap<string, EntityKind> = new Map([
  ...[
    ...FIRM_PLURALS_BEFORE_EXAMPLES, 'rivals', 'competitors', 'brands', 'chains', 'platforms', 'sites', 'websites', 'apps',
    'makers', 'suppliers', 'brokers', 'studios', 'labels', 'newspapers', 'outlets', 'clubs', 'charities', 'unions', 'parties',
    'exchanges', 'funds', 'operators', 'giants', 'universities', 'agencies', 'groups', 'peers',
  ].map((noun): [string, EntityKind] => [noun, 'organization']),
  ...['countries', 'nations', 'cities', 'towns', 'states', 'provinces', 'regions', 'capitals', 'villages', 'islands'].map((noun): [string, EntityKind] => [noun, 'location']),
  ...[
    'players', 'leaders', 'stars', 'artists', 'figures', 'executives', 'politicians', 'writers', 'authors', 'actors',
    'musicians', 'singers', 'athletes', 'candidates', 'lawmakers', 'senators', 'celebrities', 'directors', 'economists',
  ].map((noun): [string, EntityKind] => [noun, 'person']),
]);

/** The index of the first name of the list the name at `i` is in (`i` where it is in none). */
function listStart(located: Located[], i: number): number {
  let first = i;
  while (listed(located[first - 1], located[first])) first--;
  return first;
}

/** The kind a plural noun gives the names that "such as", "including" or "like" lists after it. */
function exampledKind(located: Located[], i: number): EntityKind | undefined {
  const first = listStart(located, i);
  const l = located[first];
  const noun = l.tokens[exampleKindAt(l.tokens, l.decision.from) ?? -1];
  return noun ? EXAMPLED_KINDS.get(noun.lower) : undefined;
}

// The fewest items of a list that lets its settled names give their kind to one that is also an English word.
const LIST_ITEMS_FOR_WORDS = 3;

/**
 * "Microsoft, Alphabet and Oracle report": a word that is also an English word, capitalized inside a
 * sentence, in a list of three or more names, or of two that "such as" introduces, is of their
 * kind when the list's settled names agree, and either one of them stands next to it or two are settled.
 */
function listKindOfWord(located: Located[], kinds: Array<{ kind: EntityKind } | undefined>, i: number): EntityKind | undefined {
  const l = located[i];
  const d = l.decision;
  const word = l.tokens[d.from];
  if (d.kind !== 'unknown' || d.span || d.to - d.from !== 1 || !word.cap || word.upper || opensSentence(l.tokens, d.from)) return undefined;
  const first = listStart(located, i);
  let last = i;
  while (listed(located[last], located[last + 1])) last++;
  if (last - first + 1 < LIST_ITEMS_FOR_WORDS && !(last > first && isExemplified(located[first]))) return undefined;
  const settled = kinds.slice(first, last + 1).filter((k): k is { kind: EntityKind } => !!k);
  const kind = settled[0]?.kind;
  if (!kind || settled.some((k) => k.kind !== kind)) return undefined;
  return settled.length >= 2 || kinds[i - 1]?.kind === kind || kinds[i + 1]?.kind === kind ? kind : undefined;
}

const joinedByWord = (a: Located, b: Located) => a.tokens.slice(a.decision.to, b.decision.from).some((t) => t.word);


export function listed(a: Located | undefined, b: Located | undefined): boolean {
  if (!a || !b || a.tokens !== b.tokens || a.decision.span || b.decision.span || ownsNextName(b)) return false;
  const between = a.tokens.slice(a.decision.to, b.decision.from);
  return between.length > 0 && between.length <= 2 && between.every((t) => LIST_SEPARATORS.has(t.lower));
}

/**
 * "Embraer and Canada's Bombardier": a possessive before a name is that name's owner or place,
 * not the next item of the list.
 */
function ownsNextName(l: Located): boolean {
  const last = l.tokens[l.decision.to - 1];
  const next = l.tokens[l.decision.to];
  return last.possessive && !!next && next.cap && next.word;
}

// Cues that a name's other mentions overrule: "Later, Zembrano said" after "Zembrano Holdings Inc.",
// "Icahn said it was fair" after "Carl Icahn", "Pennzoil's lawyer" after "Pennzoil Co.".
const SAID_IT = 'organization/said-it';
// Evidence for a company that a person's surname outweighs.
const SURNAME_YIELDING_RULES = new Set(['organization/company-name', 'organization/possession', POSSESSIVE_NAME_RULE, SAID_RESULTS_RULE]);
const GIVEN_NAME_ALONE = 'person/given-name-alone';
// What a prize named like a person is won as: "Oscar winner", "Emmy nominations", "Tony award".
const PRIZE_NOUNS = new Set(['winner', 'winners', 'winning', 'nominee', 'nominees', 'nomination', 'nominations', 'nominated', 'award', 'awards', 'statuette', 'statuettes']);
const TEAM_RULE = 'organization/team';
const MIN_HEADLINE_FIRST_NAME = 3;
const GENERATIONAL_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);
// An East Asian given name of two syllables joined by a hyphen: "Young-sam", "Ka-shing".
const HYPHENATED_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;
const PERSON_LEXICON = 'person/lexicon';

// The most words of a body a person is "of" that nothing else names: "Dean Witter".
const AFFILIATION_WORDS = 2;

/**
 * "said Elaine Garzarelli of Shearson": a short name nothing settles, right after a person's
 * name and "of", is where the person works. A town there takes its state or a cue of its own
 * ("of Fremont, Calif.") and is decided before this.
 */
function affiliationsOfPeople(located: Located[]): Set<Located> {
  const personEnds = new Map<Token[], Set<number>>();
  for (const l of located) {
    if (l.decision.kind !== 'person' || l.decision.span) continue;
    const ends = personEnds.get(l.tokens) ?? new Set<number>();
    ends.add(l.decision.to);
    personEnds.set(l.tokens, ends);
  }
  return new Set(located.filter((l) => {
    const { kind, from, to, span } = l.decision;
    // "owner Steve Rubell of Studio 54": a number after the words goes on with the name, a place's or a work's.
    if (kind !== 'unknown' || span || to - from > AFFILIATION_WORDS || l.tokens[from - 1]?.lower !== 'of' || STARTS_WITH_DIGIT.test(l.tokens[to]?.text ?? '')) return false;
    return personEnds.get(l.tokens)?.has(from - 1) ?? false;
  }));
}

/**
 * Names the document calls a kind of company somewhere ("carrier Iberia"), or puts after a firm's
 * head in another tongue ("Banco Santander … Santander shares rose"), by lower-cased text.
 */
function companiesOfKind(located: Located[]): Set<string> {
  const names = new Set(located.filter((l) => l.decision.rule === COMPANY_OF_KIND_RULE).map(nameOf));
  for (const l of located) {
    const { kind, from, to } = l.decision;
    const name = l.tokens[from + 1];
    // "Grupo México … Mexico's president": a country keeps its name.
    if (kind === 'organization' && to - from === 2 && DROPPED_FIRM_HEADS.has(l.tokens[from].lower) && gazetteer().place(name.text)?.type !== 'country') names.add(name.lower);
  }
  return names;
}

const WEAK_RULES = new Set(['person/said', 'person/who', 'person/possession', SAID_IT, COMPANY_PREDICATE_RULE]);

const isLoneWeakPerson = (l: Located) => l.decision.to - l.decision.from === 1 && WEAK_RULES.has(l.decision.rule);

/** One-word names no rule settled that a match's own clause plays as a side: "a 1-1 draw with Chelsea". */
function wordsPlayingSides(located: Located[]): Set<string> {
  const playing = located.filter((l) => l.decision.kind === 'unknown' && !l.decision.span && l.decision.to - l.decision.from === 1);
  return new Set(playing.filter((l) => standsAsSide(l.tokens, l.decision.from, l.decision.to)).map(nameOf));
}

/**
 * Company evidence that a surname the document gave a person outweighs: a company's word or
 * belongings always; a known company's one-word name only where a cue only people take follows.
 */
function yieldsToSurname(l: Located): boolean {
  if (SURNAME_YIELDING_RULES.has(l.decision.rule)) return true;
  const { rule, from, to } = l.decision;
  // "Martina Hingis … Hingis beat Graf": one word before a verb of a match that ends in -s like
  // "Rockets" is a player's name where the document names a player so.
  if (rule === TEAM_RULE && to - from === 1) return true;
  return rule === 'organization/lexicon' && to - from === 1 && personalCue(l.tokens, from, to) !== undefined;
}

// Place rules that read a name from its words alone, which the document's company outweighs.
const PLACE_GUESS_RULES = new Set(['location/hyphen-split', 'location/place-head']);

/**
 * "Georgia-Pacific Corp. … Georgia-Pacific said", "Georgia Gulf Corp. … Georgia Gulf's chairman":
 * a company's short name the document gave with its legal form stays the company where its words
 * alone read as places. The parts of a split hyphenated word join again into one name, and so do
 * a place and the name after it ("Ohio Edison Co. … Ohio Edison's chairman").
 */
function namesOfKnownCompanies(located: Located[], known: Map<string, EntityKind>): Located[] {
  const out: Located[] = [];
  for (let i = 0; i < located.length; i++) {
    const l = located[i];
    const d = l.decision;
    const next = located[i + 1];
    if (next && opensKnownCompany(l, next, known)) {
      out.push({ ...l, decision: { kind: 'organization', from: d.from, to: next.decision.to, rule: COMPANY_BY_NAME } });
      i++;
      continue;
    }
    if (!PLACE_GUESS_RULES.has(d.rule) || known.get(nameOf(l)) !== 'organization') {
      out.push(l);
      continue;
    }
    const previous = out[out.length - 1]?.decision;
    const sameWord = previous?.rule === COMPANY_BY_NAME && out[out.length - 1].tokens === l.tokens && previous.from === d.from;
    if (!sameWord) out.push({ ...l, decision: { kind: 'organization', from: d.from, to: d.to, rule: COMPANY_BY_NAME } });
  }
  return out;
}

const COMPANY_BY_NAME = 'organization/document';

/** The end of a firm's name that is a possessive, past an "'s" written right after the word. */
function endWithNamePossessive(text: string, end: number): number {
  const apostrophe = text[end];
  const s = text[end + 1];
  return (apostrophe === "'" || apostrophe === '\u2019') && (s === 's' || s === 'S') ? end + 2 : end;
}

/** A place right before another name, which together spell a company the document knows. */
function opensKnownCompany(place: Located, rest: Located, known: Map<string, EntityKind>): boolean {
  const [a, b] = [place.decision, rest.decision];
  if (a.kind !== 'location' || a.span || b.span || place.tokens !== rest.tokens || a.to !== b.from) return false;
  return known.get(`${nameOf(place)} ${nameOf(rest)}`) === 'organization';
}

/**
 * The names decided with evidence, by lower-cased text; "Apple Inc." also names "Apple". Company
 * evidence that yields to a person's surname names nothing: "Yeltsin said … Yeltsin's spokesman".
 */
function knownNames(located: Located[], personWords: Set<string>): Map<string, EntityKind> {
  const known = new Map<string, EntityKind>();
  for (const l of located) {
    const d = l.decision;
    // "Amazon said … logging in the Amazon": only the article or the landform made the river, so its bare name elsewhere is not.
    if (d.kind === 'unknown' || d.span || WEAK_RULES.has(d.rule) || d.rule === FEATURE_AFTER_ARTICLE_RULE || d.rule === FEATURE_BEFORE_LANDFORM_RULE) continue;
    const name = nameOf(l);
    if (personWords.has(name) && yieldsToSurname(l)) continue;
    if (!known.has(name)) known.set(name, d.kind);
    // "Chicago Bulls … the Bulls", "BULLS BEAT KNICKS".
    if (d.rule === TEAM_NICKNAME_RULE) {
      const start = teamNicknameStart(l.tokens, d.from, d.to);
      known.set(lowerPhrase(l.tokens, start, d.to), 'organization');
    }
    if (d.kind === 'organization' && d.rule === 'organization/suffix') {
      const end = shortFormEnd(l.tokens, d.from, d.to);
      const short = lowerPhrase(l.tokens, d.from, end);
      // "Gary Pritchard … Pritchard Hardware … Pritchard said": a shop named after someone the story
      // names leaves the bare name to its owner.
      const ownersShop = LOCAL_TRADE_HEADS.has(bare(l.tokens[d.to - 1])) && personWords.has(short);
      if (!known.has(short) && !gazetteer().place(short) && !ownersShop) known.set(short, 'organization');
      // "Hutton" after "E.F. Hutton & Co.": initials that open a founder's name are no short form.
      let opener = d.from;
      while (opener < end - 1 && isLeadingInitials(l.tokens[opener])) opener++;
      const first = l.tokens[opener];
      // "Merrill" after "Merrill Lynch & Co.": a firm named for its founders opens with a name
      // that may be a given one, which alone names the firm in that story, not a person.
      const founders = end - opener > 1 && isLexiconGivenName(first.lower);
      // "Davido Music Worldwide, the label run by singer Davido": a firm named for a person the
      // story names leaves the bare name to the person.
      if (end - d.from > 1 && isShortFormWord(first, founders) && !known.has(first.lower) && !personWords.has(first.lower)) known.set(first.lower, 'organization');
    }
    // "Cerberus Capital Management … Cerberus agreed": a headed name's first word that no list
    // knows as a word or a name ("Supreme Court", "Kennedy School" keep theirs). So too a firm's
    // or a club's whose name its trading or its play settled ("Glaxo Wellcome rose … GLAXO FIRM",
    // "Celta Vigo 1 … Celta are fifth"), and a firm's first partner ("Skadden, Arps, Slate,
    // Meagher & Flom … Skadden opened").
    const first = l.tokens[d.from];
    // "Reform UK … put Reform on 29 per cent": a branch or party named by a word and its country
    // goes by the word, though English has it too.
    const branchWord = d.rule === 'organization/place-named' && d.to - d.from === 2 && isCountryOrRegion(l.tokens[d.from + 1]);
    if (SHORT_FORM_RULES.has(d.rule) && d.to - d.from > 1 && isShortFormWord(first) && (branchWord || (!isEnglishWord(first.lower) && !isSurname(first.lower))) && !known.has(first.lower) && !namesLocalBody(l)) {
      known.set(first.lower, 'organization');
    }
  }
  return known;
}

/**
 * Where a firm's short form ends: before its legal forms and a bracket they follow ("Cheung Kong
 * (Holdings) Ltd." → "Cheung Kong", "Toyota Motor (China) Co." → "Toyota Motor").
 */
function shortFormEnd(tokens: Token[], from: number, to: number): number {
  const stripForms = (end: number) => {
    while (end > from + 1 && ORG_SUFFIXES.has(bare(tokens[end - 1]))) end--;
    return end;
  };
  const end = stripForms(to - 1);
  if (end <= from + 1 || tokens[end - 1].text !== ')') return end;
  const open = tokens.slice(from + 1, end).findIndex((t) => t.text === '(');
  return open < 0 ? end : stripForms(from + 1 + open);
}

// Heads of bodies that serve a town and take its name: "Bendigo Magistrates' Court", "Tamworth Council".
const LOCAL_BODY_HEADS: ReadonlySet<string> = new Set(['court', 'council', 'police', 'hospital', 'tribunal', 'municipality', 'constabulary']);

/** "Bendigo Magistrates' Court": a town's body, whose first word alone names the town, not the body. */
function namesLocalBody(l: Located): boolean {
  return LOCAL_BODY_HEADS.has(l.tokens[l.decision.to - 1].lower);
}

const bare = (t: Token) => t.lower.replace(/\.$/, '');
const SHORT_FORM_RULES = new Set([
  'organization/head', 'organization/head-of', 'organization/lexicon', 'organization/price-mover', SHARES_OF_RULE,
  'organization/company-name', 'organization/results-team', 'organization/place-named', 'organization/ampersand',
]);

/**
 * The first word of a company's name, which news uses for the company later: "Kidder" after
 * "Kidder Peabody & Co.", "Shearson" after "Shearson Lehman Hutton Inc.". Not a given name, a
 * place, a people's adjective or a title ("American Airlines", "General Motors Corp."); a given
 * name only where the caller lets it (`foundersName`).
 */
function isShortFormWord(t: Token, foundersName = false): boolean {
  if (!t.cap || t.text.length < 3 || (!foundersName && isLexiconGivenName(t.lower)) || isTitleWord(t) || INSTITUTION_HEADS.has(t.lower)) return false;
  return !gazetteer().place(t.text) && !gazetteer().isDemonym(t.text) && !COMPASS_WORDS.has(t.lower);
}

/**
 * The votes of every mention of each lone unknown word: the contexts first, and the spelling
 * only for a word no context speaks for.
 */
function loneNameVotes(located: Located[]): LoneNameVotes {
  const votes = new LoneNameVotes();
  const unsettled = new Map<string, Token>();
  for (const l of located) {
    const d = l.decision;
    if (d.kind !== 'unknown' || d.span || d.to - d.from !== 1 || !isLoneNameWord(l.tokens, d.from)) continue;
    const vote = loneNameContext(l.tokens, d.from);
    if (vote) votes.add(l.tokens[d.from].lower, vote);
    // "Gorbachev met …": a sentence's first word no English list knows has a name's spelling too.
    else unsettled.set(l.tokens[d.from].lower, l.tokens[d.from]);
  }
  for (const [lower, t] of unsettled) {
    const shape = votes.winner(lower) ? undefined : loneNameShape(t);
    if (shape) votes.add(lower, shape);
  }
  return votes;
}

/**
 * The words that alone after "the" name an organization the document names with two words or
 * more: an institution's head ("church" for "the Church of Scientology", "court" for "the
 * Supreme Court"), or the name of the founder or the patron it opens with ("whitney" for "the
 * Whitney Museum of American Art"), which no English word or place is.
 */
function organizationHeads(known: Map<string, EntityKind>): Set<string> {
  const heads = new Set<string>();
  for (const [name, kind] of known) {
    const words = name.split(' ');
    if (kind !== 'organization' || words.length < 2) continue;
    for (const word of words) if (INSTITUTION_HEADS.has(word)) heads.add(word);
    if (isLexiconGivenName(words[0]) && !isEnglishWord(words[0]) && !gazetteer().place(words[0])) heads.add(words[0]);
  }
  return heads;
}

/**
 * "the Church denied it" after "the Church of Scientology", "the Court ruled" after "the Supreme
 * Court", "joined the Whitney" after "the Whitney Museum of American Art": a body's head or
 * namesake alone after "the" is the short name of the one the document named with it.
 */
function isShortInstitution(l: Located, heads: ReadonlySet<string>): boolean {
  const word = l.tokens[l.decision.from];
  return !word.upper && heads.has(word.lower) && l.tokens[l.decision.from - 1]?.lower === 'the';
}

function fallbackKind(l: Located, known: Map<string, EntityKind>, personWords: Set<string>, votes: LoneNameVotes, heads: ReadonlySet<string>): { kind: EntityKind; rule: string } | undefined {
  const name = nameOf(l);
  const kind = known.get(name);
  // "The town of Meinung … the Meinung People's Association", "the Rockefeller family … Rockefeller
  // Group": a noun of a kind of place names the town in its own mention, and a family's noun the
  // family, though a body named for them lends the word to a firm elsewhere.
  const own = kind === 'organization' && l.decision.to - l.decision.from === 1 ? loneNameContext(l.tokens, l.decision.from) : undefined;
  if (own && OWN_MENTION_RULES.has(own.rule)) return own;
  if (kind) return { kind, rule: `${kind}/document` };
  const words = wordsOf(l);
  if (words.length === 1) {
    const word = words[0];
    if (isShortInstitution(l, heads)) return { kind: 'organization', rule: 'organization/short-institution' };
    if (personWords.has(name)) return { kind: 'person', rule: 'person/surname' };
    if (isVocativeName(l.tokens, l.decision.from, l.decision.to)) return { kind: 'person', rule: VOCATIVE_RULE };
    // "Daimler-Benz fell … Daimler lost 1.20 marks": a company's short name opens its hyphenated full name.
    const hyphen = word.text.indexOf('-');
    if (hyphen > 0 && known.get(word.lower.slice(0, hyphen)) === 'organization' && COMPOUND_PART.test(word.text.slice(hyphen + 1))) return { kind: 'organization', rule: 'organization/document' };
    if (isCommonWordOrPlural(word.lower) || gazetteer().isDemonym(word.text)) return undefined;
    const vote = votes.winner(name);
    // "Okonkwu scored … the Okonkwu camera": after an article the word names a thing, not the
    // person, unless the mention's own words make it one ("the Monti government").
    const thing = DETERMINERS.has(l.tokens[l.decision.from - 1]?.lower ?? '') && loneNameContext(l.tokens, l.decision.from)?.kind !== 'person';
    if (vote?.kind === 'person' && thing) return undefined;
    // "Google's Gemini", "Amazon's Alexa": a firm owns products by name, and people it employs
    // by their surnames ("Google's Pichai said"), which a context, not a spelling, tells.
    const owned = ownedByFirm(l, known);
    if (owned && (!vote || vote.rule === SURNAME_SHAPE_RULE)) return undefined;
    if (vote) return vote;
    if (l.sentenceInitial || owned) return undefined;
    // A given name alone, as in a story that calls a child or a witness by first name: "Gloria";
    // before a word of prizes it names the prize ("a two-time Oscar winner", "her Tony nomination").
    if (pairsWithListedClub(l.tokens, l.decision.from, l.decision.to)) return { kind: 'organization', rule: 'organization/club-pair' };
    if (isLexiconGivenName(word.lower) && !word.upper && !PRIZE_NOUNS.has(l.tokens[l.decision.to]?.lower ?? '')) return { kind: 'person', rule: GIVEN_NAME_ALONE };
    return undefined;
  }
  // "Obituary: Kalusha Mwanza … Kalusha Mwanza, who captained Zambia": words the document gives
  // a person, even by a weak cue, name no firm's branch though the last is a town's.
  if (isPlaceNamedCompany(words) && !words.every((t) => personWords.has(t.lower))) return { kind: 'organization', rule: 'organization/place-named' };
  // "Newt Gingrich … Gingrich said": a word before a surname the document gives a person is the
  // person's given name, though it is an English word ("Newt", "Rush").
  if (words.length === 2 && personWords.has(words[1].lower) && isPersonalRun(l.tokens, l.decision.from, l.decision.to)) {
    return { kind: 'person', rule: 'person/surname' };
  }
  // "Rio Tinto and BHP", "Quorvex Tinto": a last word that only firms' names hold, after no given name, ends a firm's name.
  if (words.length === 2 && isCompanyWord(words[1].text) && !isGivenName(words[0].lower)) return { kind: 'organization', rule: 'organization/company-name' };
  const nameLike = words.every((t) => (!isEnglishWord(t.lower) || isClearGivenName(t.lower)) && !(t.upper && t.text.length > 1) && !isWordCompound(t) && !isAcronymPlural(t));
  // "Ulf Kirsten scored twice": a player's play outweighs the shape of a firm named for its founders.
  const plays = PLAYER_VERBS.has(l.tokens[l.decision.to]?.lower ?? '');
  // "Sorbonne Abu Dhabi": a name before a place of two words is a branch's, no person's.
  const endsInPlace = words.length === 3 && isGazetteerPlace(l.tokens, l.decision.to - 2, l.decision.to);
  // "Bavarian Nordic expects": a people's adjective opens no one's name.
  // "Los Choneros said": nor does a plural article.
  const peopleOpener = gazetteer().isDemonym(words[0].text) || (isPlaceAdjective(words[0].text) && !isGivenName(words[0].lower)) || PLURAL_ARTICLES.has(words[0].lower);
  if (words.length <= 3 && nameLike && !endsInPlace && !peopleOpener && (!endsLikeNoPerson(words) || plays) && !apposedAsThing(l) && !followsThe(l.tokens, l.decision.from)) {
    // "spent the summer at Castel Gandolfo": words no list knows that are a small town's whole name
    // name the town, unless a given name opens them.
    if (words.length > 1 && !isGivenName(words[0].lower) && gazetteer().townRegions(writtenPhrase(l.tokens, l.decision.from, l.decision.to))) return { kind: 'location', rule: 'location/town-name' };
    return { kind: 'person', rule: SHAPE_ONLY_PERSON_RULE };
  }
  return undefined;
}

const SURNAME_SHAPE_RULE = 'person/surname-shape';
const SHAPE_ONLY_PERSON_RULE = 'person/name-shape';
// Cues of a lone name's own mention that outweigh a firm's short form the document settled.
const OWN_MENTION_RULES: ReadonlySet<string> = new Set([PLACE_CLASS_RULE, FAMILY_NAMED_RULE]);

/** The firm's possessive right before the word: "Google's" in "Google's Gemini". */
function ownedByFirm(l: Located, known: Map<string, EntityKind>): boolean {
  const owner = l.tokens[l.decision.from - 1];
  return !!owner?.possessive && (known.get(owner.lower) ?? lexiconKind(owner.lower)) === 'organization';
}

/**
 * "Borse Dubai", "Telekom Austria": a word no list knows, then a town or a country, names a body
 * of that place; a person's given name would come first ("Jack London").
 */
function isPlaceNamedCompany(words: Token[]): boolean {
  if (words.length !== 2) return false;
  const [first, last] = words;
  const type = gazetteer().place(last.text)?.type;
  if ((type !== 'city' && type !== 'country') || isSurname(last.lower)) return false;
  return !isEnglishWord(first.lower) && !isGivenName(first.lower) && !isSurname(first.lower) && !gazetteer().place(first.text);
}

/**
 * "Kimiko Date beat Hingis": a given name before words that name no place and end no club's name
 * is a player in a match, though its last word is an English word that no list holds as a
 * surname. "Crystal Palace", "Leicester City" and "Hertha Berlin" end in a place's or a club's word.
 */
function isPlayerName(words: Token[]): boolean {
  if (words.length < 2 || words.length > 3 || !isGivenName(words[0].lower) || gazetteer().place(words[0].text)) return false;
  const last = words[words.length - 1];
  if (CLUB_TOWN_SUFFIXES.has(last.lower) || PLACE_HEADS.has(last.lower) || ORG_SUFFIXES.has(last.lower) || gazetteer().place(last.text)) return false;
  return words.every((t) => t.cap && !t.upper);
}

// "Mozilla Firefox, its main rival": an apposition that opens with "its" speaks of a thing or a body.
const apposedAsThing = (l: Located) => l.tokens[l.decision.to]?.text === ',' && l.tokens[l.decision.to + 1]?.lower === 'its';

const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'central']);
// The capitalized second part of a hyphenated name: "Benz" in "Daimler-Benz".
const COMPOUND_PART = /^\p{Lu}\p{Ll}+$/u;

/**
 * Words no person's name opens or ends in when nothing else marks it as one: a compass point
 * ("Kowloon West", "West Indies"), a weekday, which ends a holiday's name ("Cyber Monday",
 * "Easter Monday"), or, after a word that is no given name, a given name ("Lockheed Martin", a
 * company named for its founders).
 */
function endsLikeNoPerson(words: Token[]): boolean {
  const last = words[words.length - 1].lower;
  if (COMPASS_WORDS.has(last) || COMPASS_WORDS.has(words[0].lower) || isFullWeekdayName(last)) return true;
  return words.length === 2 && isLexiconGivenName(last) && !isSurname(last) && !isGivenName(words[0].lower);
}

/**
 * The names the document settled, for matching headlines: every resolved mention's name, and a
 * person's surname alone ("STOLTENBERG URGES ALLIES").
 */
function settledNames(text: string, mentions: Resolved[], known: Map<string, EntityKind>): Map<string, EntityKind> {
  const settled = new Map(known);
  for (const m of mentions) {
    const name = text.slice(m.start, m.end).toLowerCase().replace(/\s+/g, ' ');
    // A side's name in a headline is the side: "LEICESTERSHIRE TAKE OVER AT TOP".
    if (!settled.has(name) || m.rule === 'organization/team') settled.set(name, m.kind);
    if (m.kind === 'organization') {
      for (const acronym of organizationInitials(text.slice(m.start, m.end))) {
        if (!settled.has(acronym) && !isEnglishWord(acronym) && !gazetteer().place(acronym)) settled.set(acronym, 'organization');
      }
    }
    if (m.kind !== 'person') continue;
    // "Ken Griffey Jr." is "GRIFFEY" in a headline; tokenized copy sets a name's hyphen apart ("Kim Young - sam").
    const written = text.slice(m.start, m.end).replaceAll(' - ', '-');
    const words = written.toLowerCase().split(' ');
    while (words.length > 2 && GENERATIONAL_SUFFIXES.has(words[words.length - 1])) words.pop();
    const surname = words[words.length - 1];
    if (surname.length > 2 && !settled.has(surname)) settled.set(surname, 'person');
    // "GRAF BEATS SANCHEZ VICARIO": the surname of a name of three words may be its last two.
    const tail = words.slice(1).join(' ');
    if (words.length === 3 && !settled.has(tail)) settled.set(tail, 'person');
    // "IRAQ'S SADDAM MEETS ENVOY", "JIANG TO VISIT INDIA": a name's first word that is no common
    // given name or word is how headlines call some leaders; "Kim Young-sam" puts the surname
    // first, before a hyphenated given name ("SEOUL'S KIM URGES").
    const first = words.length > 1 ? words[0] : '';
    const surnameFirst = words.length === 2 && HYPHENATED_GIVEN_NAME.test(written.split(' ')[1] ?? '');
    if (first.length > MIN_HEADLINE_FIRST_NAME - (surnameFirst ? 1 : 0) && !settled.has(first) && (surnameFirst || (!isLexiconGivenName(first) && !isCommonWordOrPlural(first)))) settled.set(first, 'person');
  }
  return settled;
}
