import type { EntityKind } from '../../types';
import { gazetteer } from '../../lexicon/gazetteer';
import { isEnglishWord, isFunctionWord, isLexiconGivenName, lexiconTags } from './name-words';
import { CLUB_TOWN_SUFFIXES, PLACE_HEADS } from '../../lexicon/org-words';
import { CLUB_POSTS } from '../../lexicon/titles';
import { listed, type Located } from './document';
import { gazetteerPlaceOf } from './gazetteer-place';
import type { Token } from './tokens';
import { TEAM_NICKNAME_RULE, teamNicknameStart } from './team-nickname';

// Verbs of a match that a side stands before: "Leicestershire beat Somerset", "Chicago edged Boston".
const RESULT_VERBS = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'thrashed', 'routed', 'crushed', 'overcame', 'hammered', 'trounced',
  'downed', 'eliminated', 'outplayed', 'drew', 'tied', 'blanked', 'whipped', 'stunned', 'upset',
]);
// Verbs, and verbs with a preposition, that a side stands after: "beat Somerset", "lost to Essex",
// "drew with Kent", "held by Ajax".
const RESULT_PREPOSITIONS = new Set(['to', 'with', 'by']);
const RESULT_VERBS_WITH_PREPOSITION = new Set(['lost', 'lose', 'loses', 'drew', 'draw', 'tied', 'held', 'beaten']);
// Verbs a side stands before when a score or "to" follows: "New York lost to Toronto", "Ajax won 3-1".
const SCORED_VERBS = new Set(['won', 'lost', 'drew', 'trailed', 'led', 'held', 'beaten']);
const PASSIVE_AUXILIARIES = new Set(['were', 'was']);
const SCORE = /^\d+-\d+$/;
// Nouns of a match that name its sides: "a 2-1 win over Hamburg", "Lazio's victory", "the defeat by Leeds".
const MATCH_NOUNS = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'triumph', 'match', 'game', 'clash', 'derby']);
const MATCH_OPPONENT_PREPOSITIONS = new Set(['over', 'against', 'by', 'to', 'with']);
// The rule of a side in a line of results or a standings row.
const TABLE_SIDE_RULE = 'organization/results-team';
// The rules of a club named with its town, whose words then name it alone: a side of the tables,
// "Ajax Amsterdam have signed", "Benetton Treviso ( Italy )".
const SIDE_RULES = new Set([TABLE_SIDE_RULE, 'organization/place-named', 'organization/club-country']);
// "1860 Munich": a club named by its founding year and its town, which its run leaves out.
const isYearNamedClub = (l: Located) => l.decision.to - l.decision.from === 1 && /^\d{4}$/.test(l.tokens[l.decision.from - 1]?.text ?? '');
// Rules that name a club by its staff: "Newcastle manager", "Bayern Munich coach"; only a club post makes the place a side.
const EMPLOYER_RULES = new Set(['organization/employer-post', 'organization/employer-title']);
// A place after these is where something happens, not who plays: "the mayor of Chicago", "played in Boston".
const PLACE_FRAMES = new Set(['in', 'at', 'near', 'outside', 'of', 'from']);

/**
 * The places that play as sides in this document: a city, county or state that beats or is
 * beaten is its club or team ("Leicestershire beat Somerset by an innings"), as is one a line of
 * results names as a club. A country stays a place: national sides are places in news
 * annotation ("Japan beat Syria").
 */
export function teamNames(located: Located[], kinds: ReadonlyArray<{ kind: EntityKind; rule: string } | undefined>): Set<string> {
  const teams = new Set<string>();
  located.forEach((l, i) => {
    const kind = kinds[i];
    const d = l.decision;
    if (!kind || d.span) return;
    const name = nameOf(l);
    // "Newcastle manager Kevin Keegan … scored for Newcastle": a place that employs a manager is its club.
    const clubPost = EMPLOYER_RULES.has(kind.rule) && CLUB_POSTS.has(l.tokens[d.to]?.lower ?? '') && gazetteerPlaceOf(l.tokens, d.from, d.to);
    if ((kind.rule === TABLE_SIDE_RULE && !isYearNamedClub(l)) || clubPost) teams.add(name);
    // "the New York Knicks … 25 points for New York": the city of a team named with its nickname.
    // Not a state, which qualifies a city as often ("Arlington, Texas").
    const city = d.rule === TEAM_NICKNAME_RULE ? teamNicknameStart(l.tokens, d.from, d.to) : -1;
    if (city > 0 && gazetteerPlaceOf(l.tokens, d.from, city)?.type === 'city') teams.add(l.tokens.slice(d.from, city).map((t) => t.lower).join(' '));
    if (kind.kind !== 'location' || isNation(name)) return;
    if (standsAsSide(l.tokens, d.from, d.to)) teams.add(name);
  });
  // "title rivals Essex, Derbyshire and Surrey": places listed with a side are sides too.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 1; i < located.length; i++) {
      const [a, b] = [located[i - 1], located[i]];
      if (!isNamedPlace(kinds[i - 1]) || !isNamedPlace(kinds[i]) || !listed(a, b)) continue;
      const [nameA, nameB] = [nameOf(a), nameOf(b)];
      if (teams.has(nameA) !== teams.has(nameB) && !isNation(nameA) && !isNation(nameB)) teams.add(teams.has(nameA) ? nameB : nameA);
    }
  }
  return teams;
}


/**
 * The sides a line of results or a standings row names in this document ("Bayer Leverkusen",
 * "Arsenal"), with the short form a one-word place of a side's name gives it: "Leverkusen" for
 * "Bayer Leverkusen", "Derby" for "Derby County". A place that two sides share ("Bayern Munich",
 * "1860 Munich") stays the place.
 */
export function tableSides(located: Located[]): Set<string> {
  const sides = new Set<string>();
  const shortForms = new Map<string, number>();
  for (const l of located) {
    const d = l.decision;
    if (!SIDE_RULES.has(d.rule) || d.span) continue;
    // The town of "1860 Munich" is shared with the club it is not.
    if (isYearNamedClub(l)) {
      shortForms.set(l.tokens[d.from].lower, (shortForms.get(l.tokens[d.from].lower) ?? 0) + 2);
      continue;
    }
    const name = nameOf(l);
    if (sides.has(name)) continue;
    sides.add(name);
    if (d.to - d.from !== 2) continue;
    const town = CLUB_TOWN_SUFFIXES.has(l.tokens[d.from + 1].lower) ? d.from : -1;
    // "Ajax Amsterdam … AJAX SIGN DEFENDER": the word before a city names the club alone too.
    const club = gazetteerPlaceOf(l.tokens, d.from + 1, d.to)?.type === 'city' && isClubWord(l.tokens[d.from]) ? d.from : -1;
    for (const k of [d.from, d.from + 1]) {
      if ((k !== town && k !== club && !gazetteerPlaceOf(l.tokens, k, k + 1)) || isNation(l.tokens[k].lower)) continue;
      shortForms.set(l.tokens[k].lower, (shortForms.get(l.tokens[k].lower) ?? 0) + 1);
    }
  }
  for (const [word, count] of shortForms) if (count === 1 && !sides.has(word)) sides.add(word);
  // "Derby 1 … Derby County were held": a town's side under its club's full name.
  for (const side of [...sides]) if (!side.includes(' ')) for (const suffix of CLUB_TOWN_SUFFIXES) sides.add(`${side} ${suffix}`);
  for (const [word, count] of shortForms) if (count > 1) sides.delete(word);
  return sides;
}

/** A club's own word before its town, no English word nor a common given name: "Ajax", "Werder", not "Real". */
const isClubWord = (t: Token) => t.cap && !t.upper && !isEnglishWord(t.lower) && !isLexiconGivenName(t.lower);

/**
 * The run plays in a match the sentence reports: it beats or is beaten ("Essex beat Kent",
 * "lost 2-1 to Feyenoord", "drew 0-0 with Parma"), wins or is held by a score ("Juventus were
 * held 1-1"), is where a side won by a score ("won 3-1 at Valencia"), or a noun of a match names
 * it ("a 2-1 win over Hamburg", "Lazio's victory").
 */
export function standsAsSide(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  // "were held 1-1", "was beaten 2-0": the passive of a match verb.
  const verb = PASSIVE_AUXILIARIES.has(tokens[to]?.lower ?? '') ? to + 1 : to;
  const after = tokens[verb];
  const next = tokens[verb + 1];
  const scored = !!after && SCORED_VERBS.has(after.lower) && !!next && (next.lower === 'to' || SCORE.test(next.text));
  if (after && !tokens[to - 1].possessive && (RESULT_VERBS.has(after.lower) || scored || isFixtureWord(tokens, verb))) return true;
  if (isPluralSubject(tokens, from, to) || ownsScoredResult(tokens, from, to)) return true;
  if (!before) return isMatchSide(tokens, from, to);
  if (RESULT_VERBS.has(before.lower) || isFixtureWord(tokens, from - 1) || playsFor(tokens, from, to)) return true;
  if (followsResultPreposition(tokens, from, false)) return true;
  return isAwayGround(tokens, from, to) || isMatchSide(tokens, from, to);
}

// Verbs and nouns of a player's service to a club, which a "for" after them names: "play for
// Boland", "scored 54 goals in 57 games for PSV", "20 appearances for Leeds".
const SERVICE_WORDS = new Set([
  'play', 'plays', 'played', 'playing', 'score', 'scores', 'scored', 'scoring', 'appeared', 'appearances', 'debut',
  'homered', 'pitched', 'netted',
  // what a player piles up for his side: "35 points for the Knicks", "three touchdown passes for the Packers"
  'points', 'rebounds', 'assists', 'goals', 'passes', 'saves', 'touchdowns', 'yards', 'strikeouts', 'wickets', 'tries',
  // a pitcher's or a batter's line: "allowed three runs over seven innings for Seattle", "two hits for Boston"
  'innings', 'hits', 'homers', 'runs',
]);
// Verbs of signing, which name the club only right before its "for": "signed for Leeds", not "signed the bill for Texas".
const SIGNING_VERBS = new Set(['sign', 'signs', 'signed', 'signing']);
// Words before "with" that name a club a player signs with: "a contract with Barcelona", "signed with Ajax".
const SIGNING_WORDS = new Set(['contract', 'sign', 'signs', 'signed']);
// Words a player's service may stand from its "for": "scored 54 goals in 57 league games for".
const SERVICE_REACH = 8;

/**
 * "signed to play for Boland", "scored twice for Leeds", "a contract with Barcelona", "28 points
 * for the Lakers": the run is the club a player serves. The verb stands in the same clause, before the "for".
 */
export function playsFor(tokens: Token[], from: number, to: number): boolean {
  // A nickname takes its article: "for the Packers".
  const start = tokens[from - 1]?.lower === 'the' ? from - 1 : from;
  const before = tokens[start - 1]?.lower;
  // "played for Chicago fans": a name that qualifies a noun after it is no club.
  const after = tokens[to];
  if (after?.word && !after.cap && !isFunctionWord(after.lower)) return false;
  if (before === 'with') return SIGNING_WORDS.has(tokens[start - 2]?.lower ?? '');
  if (before !== 'for') return false;
  if (SIGNING_VERBS.has(tokens[start - 2]?.lower ?? '')) return true;
  for (let k = start - 2; k >= Math.max(0, start - 1 - SERVICE_REACH) && tokens[k].word; k--) if (SERVICE_WORDS.has(tokens[k].lower)) return true;
  return false;
}

/**
 * "drew with Kent", "lost 2-1 to Feyenoord": the run follows a match verb's preposition, a score
 * perhaps between them. "held 1-1 by Maribor" needs its score ("a record held by Smith" is no
 * match), and so does any side when `needsScore` is set.
 */
function followsResultPreposition(tokens: Token[], from: number, needsScore: boolean): boolean {
  const before = tokens[from - 1];
  const scoreBefore = SCORE.test(tokens[from - 2]?.text ?? '');
  if (!before || !RESULT_PREPOSITIONS.has(before.lower) || ((needsScore || before.lower === 'by') && !scoreBefore)) return false;
  const verbBefore = scoreBefore ? tokens[from - 3] : tokens[from - 2];
  return RESULT_VERBS_WITH_PREPOSITION.has(verbBefore?.lower ?? '');
}

/**
 * "Arsenal beat Feyenoord 3-1", "drew 1-1 with Rangers", "held Arsenal to a goalless draw": a
 * word of English names a side only in a match's own clause, where a score or a draw says so.
 */
export function standsInScoreline(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  const after = tokens[to];
  const scoreAt = (k: number) => SCORE.test(tokens[k]?.text ?? '');
  if (after && RESULT_VERBS.has(after.lower) && tokens[to + 1]?.cap && [to + 2, to + 3, to + 4].some(scoreAt)) return true;
  if (after && SCORED_VERBS.has(after.lower) && scoreAt(to + 1)) return true;
  if (before && RESULT_VERBS.has(before.lower) && scoreAt(to)) return true;
  if (followsResultPreposition(tokens, from, true) || ownsScoredResult(tokens, from, to)) return true;
  return before?.lower === 'held' && after?.lower === 'to' && tokens.slice(to + 1, to + 1 + DRAW_WORDS).some((t) => t.lower === 'draw');
}

// How far the clause may run from its subject to the score it reports: "Liverpool went top of the table after a 3-0 win".
const RESULT_REACH = 14;
// Words that end the subject's clause: "…, while Celtic were held".
const CLAUSE_ENDS = new Set([';', 'while', 'whereas', 'but']);

/**
 * "Liverpool went top of the table after a 3-0 win over Southampton", "Rangers stayed top with
 * a 2-0 win": the subject that opens the sentence owns the result a score and a noun of a match
 * report later in its clause.
 */
function ownsScoredResult(tokens: Token[], from: number, to: number): boolean {
  if (tokens.slice(0, from).some((t) => t.word) || tokens[to - 1].possessive) return false;
  for (let k = to; k < Math.min(tokens.length - 1, to + RESULT_REACH) && !CLAUSE_ENDS.has(tokens[k].lower); k++) {
    if (SCORE.test(tokens[k].text) && MATCH_NOUNS.has(tokens[k + 1].lower)) return true;
  }
  return false;
}

// "to a goalless draw", "to a 1-1 draw": the words that may come between "to" and "draw".
const DRAW_WORDS = 4;

// Verbs in the plural that British sports writing gives a club named by its town: "Barcelona have signed".
const PLURAL_VERBS = new Set(['have', 'are', 'were']);
// Words before a subject that make the verb plural through a list: "Paris and London are".
const LIST_WORDS = new Set(['and', ',', '&', 'or', 'nor', 'both']);

/**
 * "Barcelona have signed Ronaldo", "Leeds were held": a town's name that takes a plural verb
 * is its club, as a place takes the singular ("London has"). Not after a preposition or in a
 * list ("prices in London are", "Paris and London are").
 */
function isPluralSubject(tokens: Token[], from: number, to: number): boolean {
  const verb = tokens[to];
  const next = tokens[to + 1];
  const before = tokens[from - 1];
  if (!verb || !PLURAL_VERBS.has(verb.lower) || verb.breakBefore || tokens[to - 1].possessive || !next?.word || next.cap) return false;
  // "The Polaroids were ready": only a town's name takes the plural by being a club.
  const type = gazetteerPlaceOf(tokens, from, to)?.type;
  if (!type || type === 'country' || type === 'region') return false;
  return !before || before.breakBefore || (!LIST_WORDS.has(before.lower) && !PLACE_FRAMES.has(before.lower) && !lexiconTags(before.lower).includes('Preposition'));
}

// Words between the sides of a fixture: "Kent v Sussex", "Rangers vs Celtic".
const FIXTURE_WORDS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/** A fixture's word between two capitalized names: "Kent v Sussex". */
function isFixtureWord(tokens: Token[], i: number): boolean {
  return FIXTURE_WORDS.has(tokens[i]?.lower ?? '') && !!tokens[i - 1]?.cap && !!tokens[i + 1]?.cap;
}

/** "won 3-1 at Valencia", "held 1-1 at Udinese": where a score was made is the home side, not the town. */
function isAwayGround(tokens: Token[], from: number, to: number): boolean {
  // "24-10 at ANZ Stadium", "6-1 at Flushing Meadows": a ground, named as one or known, is where they played.
  if (PLACE_HEADS.has(tokens[to - 1].lower) || gazetteerPlaceOf(tokens, from, to)?.type === 'site') return false;
  return tokens[from - 1]?.lower === 'at' && SCORE.test(tokens[from - 2]?.text ?? '');
}

/**
 * A city or county in a headline next to a verb of a match is its side: "LEICESTERSHIRE BEAT
 * SOMERSET", "DURHAM CRUSHED BY KENT". A country stays a place ("JAPAN BEAT SYRIA").
 */
export function isShoutedSide(tokens: Token[], from: number, to: number): boolean {
  const name = tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join(' ');
  return !isNation(name) && standsBesideResultVerb(tokens, from, to);
}

/** A verb of a match stands right before or after the run: "Essex beat Kent", "CRUSHED BY KENT". */
export function standsBesideResultVerb(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.lower === 'by' ? tokens[from - 2] : tokens[from - 1];
  return RESULT_VERBS.has(tokens[to]?.lower ?? '') || RESULT_VERBS.has(before?.lower ?? '');
}

/**
 * A mention of a side. Mentions in capitals stay places, "BARCELONA 1996-08-22" being a
 * dateline, and so do mentions in a frame of place ("the mayor of Chicago"). A country is a side
 * only where its tables name it as a club's ("Monaco 2 Lens 0 … Monaco extended their lead").
 */
export function isTeamMention(l: Located, teams: ReadonlySet<string>, tableClubs: ReadonlySet<string> = new Set()): boolean {
  const words = l.tokens.slice(l.decision.from, l.decision.to);
  const framed = PLACE_FRAMES.has(l.tokens[l.decision.from - 1]?.lower ?? '') && !isAwayGround(l.tokens, l.decision.from, l.decision.to) && !isStandingsRival(l.tokens, l.decision.from);
  if (words.every((t) => t.upper) || framed) return false;
  return teams.has(nameOf(l)) && (!isNation(nameOf(l)) || tableClubs.has(nameOf(l)));
}

/** A place by its name alone, not a facility ("Grace Road") that a side plays at. */
function isNamedPlace(kind: { kind: EntityKind; rule: string } | undefined): boolean {
  return !!kind && NAMED_PLACE_RULES.has(kind.rule);
}

const NAMED_PLACE_RULES = new Set(['location/gazetteer', 'location/lexicon', 'location/cued-city', 'location/list']);

function isNation(name: string): boolean {
  const type = gazetteer().place(name)?.type;
  return type === 'country' || type === 'region';
}

const nameOf = (l: Located) =>
  l.tokens
    .slice(l.decision.from, l.decision.to)
    .map((t) => t.lower)
    .join(' ');

/**
 * A noun of a match names the run as a side: its opponent ("a 2-1 win over Hamburg", "the
 * defeat by Leeds") or its owner ("Lazio's victory", "Parma's 3-0 win").
 */
function isMatchSide(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (before && MATCH_OPPONENT_PREPOSITIONS.has(before.lower) && MATCH_NOUNS.has(tokens[from - 2]?.lower ?? '')) return true;
  if (isStandingsRival(tokens, from)) return true;
  if (!tokens[to - 1].possessive) return false;
  const noun = SCORE.test(tokens[to]?.text ?? '') ? tokens[to + 1] : tokens[to];
  return !!noun && MATCH_NOUNS.has(noun.lower);
}

/**
 * "moved within two games of Texas", "three games behind Baltimore", "a four-game lead over
 * Baltimore": a rival in the standings, which only a side has.
 */
function isStandingsRival(tokens: Token[], from: number): boolean {
  const [before, noun] = [tokens[from - 1]?.lower, tokens[from - 2]?.lower ?? ''];
  if (before === 'over') return STANDINGS_LEADS.has(noun);
  if (before === 'behind') return noun === 'games';
  return before === 'of' && noun === 'games' && tokens[from - 4]?.lower === 'within';
}

// What a side holds over another in the standings: "a four-game lead over", "their advantage over".
const STANDINGS_LEADS = new Set(['lead', 'advantage', 'cushion']);

// A set's score: "6-3", "7-6", "15-11"; tennis, squash and badminton count in sets.
const SET_SCORE = /^\d{1,2}-\d{1,2}$/;

/**
 * The sentence scores its match in sets, two or more in a row: "Sampras beat Henman 6-3 6-4",
 * "won 7-6 (7-4) 6-2". Players, not clubs, win matches in sets.
 */
export function scoresInSets(tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!SET_SCORE.test(tokens[i].text)) continue;
    let k = i + 1;
    // "7-6 (7-4) 6-2": a tie-break in brackets between two sets.
    if (tokens[k]?.text === '(' && SET_SCORE.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')') k += 3;
    if (SET_SCORE.test(tokens[k]?.text ?? '')) return true;
  }
  return false;
}
