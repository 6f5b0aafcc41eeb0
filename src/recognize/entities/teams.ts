import type { EntityKind } from '../../types';
import { gazetteer } from '../../lexicon/gazetteer';
import { isEnglishWord, isFunctionWord, isLexiconGivenName, lexiconTags } from './name-words';
import { CLUB_TOWN_SUFFIXES, PLACE_HEADS } from '../../lexicon/org-words';
import { CLUB_POSTS, ROLE_NOUNS } from '../../lexicon/titles';
import { CARDINAL_WORDS, VAGUE_QUANTITIES } from '../../lexicon/number-words';
import { MAX_SLUG_WORDS, slugNamesSport } from '../../lexicon/sport-slugs';
import { listed, nameOf, type Located } from './document';
import { gazetteerPlaceOf } from './gazetteer-place';
import { opensInningsSentence } from './results-line';
import { takesHeadlineClubVerb } from './headline-side';
import { lowerPhrase, opensSentence, type Token } from './tokens';
import { postAfter } from './context-cues';
import { TEAM_NICKNAME_RULE, teamNicknameStart } from './team-nickname';
import { reachesTablePosition } from './table-position';

// Verbs of a match that a side stands before: "Leicestershire beat Somerset", "Chicago edged Boston".
const RESULT_VERBS = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'edged', 'thrashed', 'routed', 'crushed', 'overcame', 'hammered', 'trounced',
  'downed', 'eliminated', 'outplayed', 'drew', 'tied', 'blanked', 'whipped', 'stunned', 'upset',
  // the gerund after "after" or "by": "after beating Warwickshire by an innings", "by beating Arizona"
  'beating', 'defeating', 'thrashing', 'crushing', 'edging', 'routing', 'hammering',
]);
// Verbs, and verbs with a preposition, that a side stands after: "beat Somerset", "lost to Essex",
// "drew with Kent", "held by Ajax".
const RESULT_PREPOSITIONS = new Set(['to', 'with', 'by', 'against']);
// The participles report a result in an aside or after "after": "drawing 1-1 with Torino", "after losing 2-0 to Leeds".
const RESULT_VERBS_WITH_PREPOSITION = new Set(['lost', 'lose', 'loses', 'losing', 'drew', 'draw', 'drawing', 'tied', 'held', 'beaten']);
// Only a defeat takes its winner after "to": "lost to Essex", not "tied to Detroit" or "held to ransom".
const LOSING_VERBS = new Set(['lost', 'lose', 'loses', 'losing']);
// Verbs whose side follows "against" only after a score: "won 4-0 against Forest", not "won a case against Boston".
const SCORED_AGAINST_VERBS = new Set(['won', 'lost', 'drew', 'tied']);
// "went down 24-18 to Halifax": the verb of a defeat is "went down".
const GOING_VERBS = new Set(['went', 'go', 'goes', 'going']);
// Verbs a side stands before when a score or "to" follows: "New York lost to Toronto", "Ajax won 3-1".
const SCORED_VERBS = new Set(['won', 'lost', 'drew', 'trailed', 'led', 'held', 'beaten']);
const PASSIVE_AUXILIARIES = new Set(['were', 'was']);
// Infinitives of a result after a comeback or a hope: "came from behind to beat Leeds", "fought
// back to draw 2-2". Beating names its opponent; winning or drawing gives its score.
const OPPONENT_INFINITIVES = new Set(['beat', 'defeat', 'edge', 'thrash', 'rout', 'crush', 'overcome', 'sink', 'stun', 'upset', 'down']);
const SCORED_INFINITIVES = new Set(['win', 'draw', 'lose']);
// Words between the subject and "to": "came from behind to", "battled back to".
const COMEBACK_REACH = 4;
const SCORE = /^\d+-\d+$/;
const HAS_LETTER = /\p{L}/u;
// Nouns of a one-sided win, whose loser follows "of": "a 27-0 rout of New York".
const ROUT_NOUNS = new Set(['rout', 'drubbing', 'thrashing', 'hammering', 'demolition']);
// Nouns of a match that name its sides: "a 2-1 win over Hamburg", "Lazio's victory", "the defeat by Leeds".
const MATCH_NOUNS = new Set(['win', 'victory', 'defeat', 'loss', 'draw', 'triumph', 'match', 'game', 'clash', 'derby', ...ROUT_NOUNS]);
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
export function teamNames(located: Located[], kinds: ReadonlyArray<{ kind: EntityKind; rule: string } | undefined>, reportsMatches: boolean): Set<string> {
  const teams = new Set<string>();
  addTeamNames(located, kinds, teams, false);
  // "Everton host Leeds": verbs of a fixture name sides once the document is known to report matches.
  if (reportsMatches || teams.size > 0) addTeamNames(located, kinds, teams, true);
  // "title rivals Essex, Derbyshire and Surrey": places listed with a side are sides too.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 1; i < located.length; i++) {
      const [a, b] = [located[i - 1], located[i]];
      if (!isNamedPlace(kinds[i - 1]) || !isNamedPlace(kinds[i]) || !listed(a, b) || isCityOfState(a, b)) continue;
      const [nameA, nameB] = [nameOf(a), nameOf(b)];
      if (teams.has(nameA) !== teams.has(nameB) && !isNation(nameA) && !isNation(nameB)) teams.add(teams.has(nameA) ? nameB : nameA);
    }
  }
  return teams;
}

// A line that opens with a slug of capitalized words and a dash: "MOTOR RACING - HILL WINS".
const SLUG_LINE = new RegExp(String.raw`^([A-Z]+(?: [A-Z]+){0,${MAX_SLUG_WORDS - 1}}) - `, 'gm');

/**
 * The words, lower-cased, of the slug of a sport that opens a headline: "soccer" for "SOCCER -
 * JUVENTUS BEAT UDINESE", "motor" and "racing" for "MOTOR RACING - HILL WINS"; none for a story
 * with no such slug.
 */
export function sportSlugWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(SLUG_LINE)) {
    const slug = m[1].toLowerCase().split(' ');
    if (slugNamesSport(slug)) for (const w of slug) words.add(w);
  }
  return words;
}

function addTeamNames(located: Located[], kinds: ReadonlyArray<{ kind: EntityKind; rule: string } | undefined>, teams: Set<string>, reportsMatches: boolean): void {
  located.forEach((l, i) => {
    const kind = kinds[i];
    const d = l.decision;
    if (!kind || d.span) return;
    const name = nameOf(l);
    // "Newcastle manager Kevin Keegan … scored for Newcastle": a place that employs a manager is its club.
    const clubPost = EMPLOYER_RULES.has(kind.rule) && CLUB_POSTS.has(l.tokens[postAfter(l.tokens, d.to)]?.lower ?? '') && gazetteerPlaceOf(l.tokens, d.from, d.to);
    if ((kind.rule === TABLE_SIDE_RULE && !isYearNamedClub(l)) || clubPost) teams.add(name);
    // "the New York Knicks … 25 points for New York", "the Utah Jazz … 31 for Utah": the city or
    // state of a team named with its nickname; a state after a city's comma stays a place
    // ("Arlington, Texas"), which isTeamMention sees.
    const city = d.rule === TEAM_NICKNAME_RULE ? teamNicknameStart(l.tokens, d.from, d.to) : -1;
    const home = city > 0 ? gazetteerPlaceOf(l.tokens, d.from, city)?.type : undefined;
    if (home === 'city' || home === 'state') teams.add(l.tokens.slice(d.from, city).map((t) => t.lower).join(' '));
    if (kind.kind !== 'location' || isNation(name)) return;
    if (standsAsSide(l.tokens, d.from, d.to, reportsMatches)) teams.add(name);
  });
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

// Verbs of a result that also tell of crowds, feelings or force: "drew 7 million visitors",
// "stunned the world", "crushed protests", "eliminated 300 jobs", "downed a drone".
const OTHER_SENSE_RESULT_VERBS = new Set(['drew', 'tied', 'stunned', 'upset', 'crushed', 'eliminated', 'whipped', 'hammered', 'downed', 'routed', 'blanked']);

/**
 * After a result verb at `verb`, its object is a side or a score, or the verb tells of the match
 * alone: "drew 1-1", "drew with Kent", "stunned Arsenal", "stunned the Lakers", "drew." A verb of
 * only one sense needs none of them ("beat Kent").
 */
function namesOpponentOrScore(tokens: Token[], verb: number): boolean {
  if (!OTHER_SENSE_RESULT_VERBS.has(tokens[verb].lower)) return true;
  const next = tokens[verb + 1];
  if (!next || next.breakBefore) return false;
  if (next.cap || SCORE.test(next.text) || INTRANSITIVE_RESULT_AFTER.has(next.lower) || !next.word) return true;
  // "Kerry and Mayo drew in the semi-final", not "drew in crowds".
  if (next.lower === 'in' && ARTICLES.has(tokens[verb + 2]?.lower ?? '')) return true;
  return next.lower === 'the' && !!tokens[verb + 2]?.cap;
}

// Words after a result verb used of the match alone: "drew with Kent", "drew level", "tied again".
const INTRANSITIVE_RESULT_AFTER = new Set(['with', 'level', 'at', 'away', 'again']);
const ARTICLES = new Set(['the', 'a', 'their', 'its']);

// Heads of buildings that name no side, whatever the town before them: "Buckingham Palace", "Windsor Castle".
const BUILDING_HEADS: ReadonlySet<string> = new Set(['palace', 'castle', 'abbey', 'minster', 'cathedral', 'basilica', 'chapel', 'mosque', 'temple', 'shrine', 'synagogue', 'monastery']);

/**
 * The run plays in a match the sentence reports: it beats or is beaten ("Essex beat Kent",
 * "lost 2-1 to Feyenoord", "drew 0-0 with Parma"), wins or is held by a score ("Juventus were
 * held 1-1"), is where a side won by a score ("won 3-1 at Valencia"), or a noun of a match names
 * it ("a 2-1 win over Hamburg", "Lazio's victory").
 */
export function standsAsSide(tokens: Token[], from: number, to: number, reportsMatches = false): boolean {
  const before = tokens[from - 1];
  // "Middlesbrough, who paid … for Ravanelli, lost 2-1": the verb after a relative clause is the subject's.
  const end = afterRelativeClause(tokens, to);
  // "were held 1-1", "was beaten 2-0": the passive of a match verb.
  const verb = PASSIVE_AUXILIARIES.has(tokens[end]?.lower ?? '') ? end + 1 : end;
  const after = tokens[verb];
  const next = tokens[verb + 1];
  // "lost at home to Bochum", "went down 24-18 to Halifax".
  const home = next?.lower === 'at' && tokens[verb + 2]?.lower === 'home';
  const wentDown = !!after && GOING_VERBS.has(after.lower) && next?.lower === 'down' && (tokens[verb + 2]?.lower === 'to' || SCORE.test(tokens[verb + 2]?.text ?? ''));
  const scored = (!!after && SCORED_VERBS.has(after.lower) && !!next && (next.lower === 'to' || SCORE.test(next.text) || home)) || wentDown;
  if (after && !tokens[to - 1].possessive && ((RESULT_VERBS.has(after.lower) && namesOpponentOrScore(tokens, verb)) || scored || isFixtureWord(tokens, verb) || reachesResult(tokens, end))) return true;
  if (isPluralSubject(tokens, from, to) || ownsScoredResult(tokens, from, to) || standsInStandings(tokens, from, to, end)) return true;
  // "travelled to Buckingham Palace": a palace, a castle or a house of worship plays no fixture.
  const building = to - from > 1 && BUILDING_HEADS.has(tokens[to - 1].lower);
  if (reportsMatches && !building && !tokens[to - 1].possessive && (playsFixture(tokens, from, end) || opensInningsSentence(tokens, from, to) || takesWho(tokens, to))) return true;
  if (!before) return isMatchSide(tokens, from, to);
  // "held Liverpool 1-1", "led Rovers 2-0": a verb of a result, then the side and the score.
  const scoredOver = SCORED_VERBS.has(before.lower) && SCORE.test(tokens[to]?.text ?? '');
  if (RESULT_VERBS.has(before.lower) || scoredOver || isFixtureWord(tokens, from - 1) || playsFor(tokens, from, to) || isHeldToDraw(tokens, from, to)) return true;
  if (followsResultPreposition(tokens, from, false)) return true;
  return isAwayGround(tokens, from, to) || isMatchSide(tokens, from, to);
}

/**
 * "Arsenal came from behind to beat Chelsea": the run's own verb reaches the infinitive of a
 * result, which names a side even by an English word, as a scoreline does. Not a plural, which
 * is more often a group of people ("Workers rallied to beat Acme in court").
 */
export const comesBackToResult = (tokens: Token[], to: number): boolean =>
  !tokens[to - 1].lower.endsWith('s') && reachesResult(tokens, afterRelativeClause(tokens, to));

/**
 * "Boston came from behind to beat Toronto", "Leeds fought back to draw 2-2": a few lower-case
 * words from the subject's verb reach the infinitive of a result, with its opponent or its score.
 */
function reachesResult(tokens: Token[], end: number): boolean {
  for (let k = end + 1; k <= end + COMEBACK_REACH && tokens[k]?.word && !tokens[k].cap && tokens[k - 1].word && !tokens[k - 1].cap; k++) {
    if (tokens[k].lower !== 'to') continue;
    const [verb, next] = [tokens[k + 1]?.lower ?? '', tokens[k + 2]];
    return (OPPONENT_INFINITIVES.has(verb) && !!next?.cap) || (SCORED_INFINITIVES.has(verb) && SCORE.test(next?.text ?? ''));
  }
  return false;
}

// Words a relative clause after a subject may run to its closing comma: "Newcastle, who paid a
// world record 15 million pounds for Alan Shearer in July, beat".
const RELATIVE_CLAUSE_REACH = 20;

// Words that open an aside between a side and its verb: "Newcastle, who paid …,", "Newcastle,
// without Alan Shearer,", "Leeds, missing three defenders,".
const ASIDE_OPENERS = new Set(['who', 'without', 'missing', 'minus', 'still', 'already']);

/** The token after ", who … ," or another aside that follows the run, or the run's end where none does. */
function afterRelativeClause(tokens: Token[], to: number): number {
  if (tokens[to]?.text !== ',' || !ASIDE_OPENERS.has(tokens[to + 1]?.lower ?? '')) return to;
  // "Lancashire, who beat Northamptonshire in the final,", "Sporting, who won 3-0 at Braga,": the
  // clause reports the match itself, a score's with its ground or opponent ("Trump, who won 10-8
  // in the final," is a player).
  const verb = tokens[to + 2]?.lower ?? '';
  if (RESULT_VERBS.has(verb) || (SCORED_VERBS.has(verb) && SCORE.test(tokens[to + 3]?.text ?? '') && namesMatchSide(tokens, to + 4))) return to + 2;
  for (let k = to + 2; k < Math.min(tokens.length, to + RELATIVE_CLAUSE_REACH); k++) {
    if (tokens[k].text === ',') return k + 1;
    if (CLAUSE_ENDS.has(tokens[k].lower) || tokens[k].text === '.') break;
  }
  return to;
}

// Prepositions after a score that name the ground or the other side: "won 3-0 at Braga", "lost 2-1 against Porto".
const SIDE_AFTER_SCORE = new Set(['at', 'against', 'over', 'to']);

/** The words at `k` name the ground or the other side of a scored match: "at Braga", "against Porto". */
const namesMatchSide = (tokens: Token[], k: number): boolean => SIDE_AFTER_SCORE.has(tokens[k]?.lower ?? '') && !!tokens[k + 1]?.cap;

/** "for Colorado, who lead the league": a town the story refers to by "who" is its side, as a town takes "which". */
const takesWho = (tokens: Token[], to: number) => tokens[to]?.text === ',' && tokens[to + 1]?.lower === 'who';

// Verbs of a fixture, whose subject and object are sides where the document reports matches:
// "Everton host Leeds", "face Gloucester on Sunday", "Cologne meet Hansa Rostock". A state
// visit or a summit host is no fixture, so they need the document's other matches.
const FIXTURE_VERBS = new Set([
  'host', 'hosts', 'hosted', 'meet', 'meets', 'face', 'faces', 'faced', 'visit', 'visits', 'entertain', 'entertains',
  'entertained', 'play', 'plays', 'played', 'swamped', 'outclassed', 'humbled', 'sank', 'sink', 'sinks',
]);
// Verbs British copy gives a town's club in the plural: "Leeds travel to Coventry", "Los Angeles lead San Diego".
const PLURAL_FIXTURE_VERBS = new Set(['travel', 'lead', 'trail', 'top', 'need', 'go']);
// Verbs of the man in charge of a side: "Miami, coached by Jimmy Johnson".
const COACHING_VERBS = new Set(['coached', 'managed', 'captained', 'skippered']);
// Words a verb may have before the "their" of its plural subject: "rebounded from their opening loss".
const THEIR_REACH = 3;

/** A verb at `verb` that goes on with "their" within a few plain words: "rebounded from their", "extended their". */
function takesTheir(tokens: Token[], verb: number): boolean {
  const v = tokens[verb];
  if (!v?.word || v.cap || isFunctionWord(v.lower)) return false;
  for (let k = verb + 1; k <= verb + THEIR_REACH && tokens[k]?.word && !tokens[k].cap; k++) if (tokens[k].lower === 'their') return true;
  return false;
}

// Verbs of a win that take "past": "swept past Reggiana", "edged past Vicenza 1-0".
const PASSING_VERBS = new Set(['swept', 'edged', 'eased', 'cruised', 'squeezed', 'stormed', 'romped', 'sweep', 'edge', 'ease', 'cruise']);
// Verbs of a journey to a fixture: "travel to Coventry".
const AWAY_TRIP_WORDS = new Set(['travel', 'travels', 'travelled', 'traveled']);
// Nouns a side is named after: "his old club Blackburn", "city rivals Espanyol", "champions Juventus".
const SIDE_NOUNS = new Set(['club', 'rivals', 'champions', 'leaders', 'holders', 'visitors', 'hosts', 'opponents', 'side', 'outfit']);
// Words of a match before "against" and its other side: "his comeback against Liverpool", "play against Leeds".
const PLAYED_AGAINST_WORDS = new Set(['play', 'plays', 'played', 'playing', 'match', 'game', 'comeback', 'debut', 'clash', 'tie', 'fixture', 'final', 'friendly', 'opener', 'derby']);
// Verbs of a transfer, whose player comes "from" a club: "signed Crespo from River Plate".
const TRANSFER_VERBS = new Set(['signed', 'signs', 'sign', 'signing', 'bought', 'buys', 'recruited', 'acquired']);
// Words a transfer's player's name may run between its verb and "from".
const TRANSFER_REACH = 6;

/**
 * Where the document reports matches, the run plays a fixture: a verb of one stands before it
 * or after it in the plural ("Everton host Leeds", "Leeds travel to Coventry"), it is passed
 * ("swept past Reggiana"), travelled to, named a club or rival ("city rivals Espanyol"), played
 * against ("his debut against Leeds"), or a player is signed from it ("signed Crespo from River Plate"). `end` is where the subject's verb
 * may stand, after any relative clause.
 */
function playsFixture(tokens: Token[], from: number, end: number): boolean {
  const after = tokens[end];
  const object = tokens[end + 1];
  // "Los Angeles lead San Diego by one game": a plural verb before a name or a preposition.
  if (after && (FIXTURE_VERBS.has(after.lower) || PLURAL_FIXTURE_VERBS.has(after.lower)) && !after.breakBefore && (object?.cap || object?.lower === 'to')) return true;
  // "Miami, coached by Jimmy Johnson,": a coach's side; "Dallas rebounded from their opening
  // loss": a town that opens the sentence and takes "their" is its team, as a place takes "its".
  if (tokens[end]?.text === ',' && COACHING_VERBS.has(object?.lower ?? '') && tokens[end + 2]?.lower === 'by') return true;
  if (opensSentence(tokens, from) && takesTheir(tokens, end)) return true;
  // "Colorado swept past Florida"; "Derby signed Igor Stimac".
  if (after && PASSING_VERBS.has(after.lower) && object?.lower === 'past') return true;
  if (after && TRANSFER_VERBS.has(after.lower) && !after.breakBefore && object?.cap && !object.breakBefore) return true;
  const before = tokens[from - 1];
  if (!before || before.cap) return false;
  // "host Leeds on Monday", not "visited Chicago voters": a noun after the name is what it
  // qualifies; a verb in the plural is the side's own ("champions Olympiakos have signed").
  const qualifies = !!after && HAS_LETTER.test(after.text) && !after.cap && !isFunctionWord(after.lower) && !PLURAL_FIXTURE_VERBS.has(after.lower) && !PLURAL_VERBS.has(after.lower);
  if (FIXTURE_VERBS.has(before.lower) || SIDE_NOUNS.has(before.lower)) return !qualifies;
  // "Los Angeles lead San Diego by one game": the object of a plural verb a side stands before.
  if (PLURAL_FIXTURE_VERBS.has(before.lower) && tokens[from - 2]?.cap) return !qualifies;
  if (before.lower === 'past') return PASSING_VERBS.has(tokens[from - 2]?.lower ?? '');
  if (before.lower === 'to') return AWAY_TRIP_WORDS.has(tokens[from - 2]?.lower ?? '');
  if (before.lower === 'against') return PLAYED_AGAINST_WORDS.has(tokens[from - 2]?.lower ?? '') && !qualifies;
  return isTransferSource(tokens, from);
}

/** "signed Crespo from River Plate": the club a player's name and "from" after a verb of a transfer leave. */
function isTransferSource(tokens: Token[], from: number): boolean {
  if (tokens[from - 1]?.lower !== 'from') return false;
  // "signed Australian forward Terry O'Connor from Canberra": the player's position may stand before his name.
  const inTransfer = (t: Token) => t.cap || TRANSFER_VERBS.has(t.lower) || ROLE_NOUNS.has(t.lower);
  for (let k = from - 2; k >= Math.max(0, from - 2 - TRANSFER_REACH) && inTransfer(tokens[k]); k--) {
    if (TRANSFER_VERBS.has(tokens[k].lower)) return k < from - 2;
  }
  return false;
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
  // one of them, counted or ranked: "his first goal for Derby", "his 17th game for New York"
  'goal', 'game', 'start',
]);
// Words of when after the club a player served: "played for St Louis last season".
const SERVICE_TIMES = new Set(['last', 'next', 'earlier', 'previously', 'before', 'since', 'until']);
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
  if (after?.word && !after.cap && !isFunctionWord(after.lower) && !SERVICE_TIMES.has(after.lower)) return false;
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
  // "lost at home to Bochum", "held 1-1 at home by Verona": where the match was is no part of it.
  const home = tokens[from - 2]?.lower === 'home' && tokens[from - 3]?.lower === 'at' ? 2 : 0;
  const scoreBefore = SCORE.test(tokens[from - 2 - home]?.text ?? '');
  const scoreNeeded = needsScore || before?.lower === 'by' || before?.lower === 'against';
  if (!before || !RESULT_PREPOSITIONS.has(before.lower) || (scoreNeeded && !scoreBefore)) return false;
  const verbBefore = (scoreBefore ? tokens[from - 3 - home] : tokens[from - 2 - home])?.lower ?? '';
  if (before.lower === 'against') return SCORED_AGAINST_VERBS.has(verbBefore);
  if (verbBefore === 'down') return before.lower === 'to' && GOING_VERBS.has(tokens[from - (scoreBefore ? 4 : 3) - home]?.lower ?? '');
  if (before.lower === 'to') return LOSING_VERBS.has(verbBefore);
  return RESULT_VERBS_WITH_PREPOSITION.has(verbBefore);
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
  // "Ajax won 3-1", "Sporting, who won 3-0 at Braga,": the verb and its score, after any aside.
  const end = afterRelativeClause(tokens, to);
  if (SCORED_VERBS.has(tokens[end]?.lower ?? '') && scoreAt(end + 1)) return true;
  // "Wolves were held 0-0 by Brentford", "Hearts were beaten 2-1": the passive of a result and its score.
  if (after && PASSIVE_AUXILIARIES.has(after.lower) && SCORED_VERBS.has(tokens[to + 1]?.lower ?? '') && scoreAt(to + 2)) return true;
  if (before && RESULT_VERBS.has(before.lower) && scoreAt(to)) return true;
  if (followsResultPreposition(tokens, from, true) || ownsScoredResult(tokens, from, to)) return true;
  return isHeldToDraw(tokens, from, to) || standsInStandings(tokens, from, to, afterRelativeClause(tokens, to));
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

/** "Karlsruhe held Stuttgart to a 2-2 draw": the side a draw holds. */
function isHeldToDraw(tokens: Token[], from: number, to: number): boolean {
  return tokens[from - 1]?.lower === 'held' && tokens[to]?.lower === 'to' && tokens.slice(to + 1, to + 1 + DRAW_WORDS).some((t) => t.lower === 'draw');
}

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
  // "The Polaroids were ready": only a town's name takes the plural by being a club; the lexicon
  // knows some towns the gazetteer lacks ("Everton have appointed").
  const type = gazetteerPlaceOf(tokens, from, to)?.type ?? (lexiconTags(lowerPhrase(tokens, from, to)).includes('Place') ? 'city' : undefined);
  // "The Alps are": no club is named by a river or a range.
  if (type) return type !== 'country' && type !== 'region' && type !== 'feature' && (takesPluralVerb(tokens, from, to) || opensWithClubVerb(tokens, from, to));
  return isGivenNameClub(tokens, from, to) && takesPluralVerb(tokens, from, to);
}

/**
 * "Chelsea have signed", "Fiorentina were relegated": a given name alone that no list holds as a
 * place takes the plural only as a club named for a district or a woman's name; a woman called
 * so would take the singular ("Chelsea has signed"). A plural word ("the Jacksons were") is no one.
 */
function isGivenNameClub(tokens: Token[], from: number, to: number): boolean {
  const word = tokens[from];
  return to - from === 1 && !word.upper && !word.lower.endsWith('s') && isLexiconGivenName(word.lower);
}

/** A plural verb follows the run, which no list or preposition before it makes plural or an object. */
function takesPluralVerb(tokens: Token[], from: number, to: number): boolean {
  const verb = tokens[to];
  const next = tokens[to + 1];
  const before = tokens[from - 1];
  if (!verb || !PLURAL_VERBS.has(verb.lower) || verb.breakBefore || tokens[to - 1].possessive || !next?.word || next.cap) return false;
  // "the Outer Hebrides have waited", "the Niagara Falls were": a club goes by its town's bare name, so
  // a name that takes the article is the place itself.
  if (before?.lower === 'the') return false;
  return !before || before.breakBefore || (!LIST_WORDS.has(before.lower) && !PLACE_FRAMES.has(before.lower) && !MOTION_PREPOSITIONS.has(before.lower) && !lexiconTags(before.lower).includes('Preposition'));
}

// Verbs in the bare plural that a town's name opening a sentence or a headline takes only as its
// club, a town being one place: "Leverkusen stay unbeaten", "Surrey crush Somerset", "Wrexham
// seal promotion". Words that are nouns after a town as often ("march", "share", "storm", "lead") are left out.
const OPENING_CLUB_VERBS = new Set([
  'sign', 'sack', 'appoint', 'clinch', 'extend', 'stretch', 'edge', 'snatch', 'grab', 'sink', 'stun', 'thrash', 'rout',
  'hammer', 'crush', 'overpower', 'outclass', 'squeeze', 'scrape', 'cruise', 'romp', 'slump', 'stay', 'survive', 'seal',
  'regain', 'retain', 'avoid', 'bounce', 'tumble', 'struggle',
]);

// Verbs after the word, which make a noun of it: "a Paris stay is cheaper", "the Hollywood sign was repainted".
const PREDICATE_OPENERS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should']);

/** The run opens the sentence, and a club's verb in the bare plural follows it: "Leverkusen stay unbeaten". */
function opensWithClubVerb(tokens: Token[], from: number, to: number): boolean {
  const verb = tokens[to];
  if (!opensSentence(tokens, from) || !verb || verb.cap || verb.breakBefore || !OPENING_CLUB_VERBS.has(verb.lower)) return false;
  return !PREDICATE_OPENERS.has(tokens[to + 1]?.lower ?? '');
}

// Prepositions of where a thing goes, which the lexicon tags as none: "ferries to Rotterdam were cancelled".
const MOTION_PREPOSITIONS = new Set(['to', 'into', 'via', 'toward', 'towards']);

/**
 * "Derby have signed Asanovic", "Bradford were favourites": a town whose name is also a word or a
 * given name takes the plural only as its club; a person or a word would take the singular.
 */
export function isPluralTownSide(tokens: Token[], from: number, to: number): boolean {
  const word = tokens[from];
  if (to - from !== 1 || word.upper || gazetteer().ambiguousPlace(word.text)?.type !== 'city') return false;
  return takesPluralVerb(tokens, from, to);
}

// A side's record of wins and losses (and ties): "50-38", "8-2-1".
const WIN_LOSS_RECORD = /^\d{1,3}-\d{1,3}(?:-\d{1,2})?$/;

/**
 * "Milwaukee (50-38) has won seven straight": a town or a state with a record of wins and losses
 * in brackets right after it is its side; a pitcher's record follows a person ("Burnes (8-4)").
 */
export function isSideWithRecord(tokens: Token[], from: number, to: number): boolean {
  const [open, record, close] = [tokens[to], tokens[to + 1], tokens[to + 2]];
  if (open?.text !== '(' || !WIN_LOSS_RECORD.test(record?.text ?? '') || close?.text !== ')') return false;
  const place = gazetteer().place(tokens.slice(from, to).map((t) => t.text).join(' '));
  return place?.type === 'city' || place?.type === 'state';
}

// Verbs of a run of results, their auxiliaries, and the words that close the run's count.
const STREAK_VERBS = new Set(['won', 'lost']);
const STREAK_AUXILIARIES = new Set(['has', 'have', 'had']);
const STREAK_CLOSERS = new Set(['straight', 'consecutive', 'row', 'successive']);
const STREAK_REACH = 3;

/**
 * "Kansas City has won 15 straight", "Boston had lost four in a row": a town or a state that wins
 * or loses a count of games running is its side; "Paris won the bid" stays a place.
 */
export function isSideOnStreak(tokens: Token[], from: number, to: number): boolean {
  const place = gazetteerPlaceOf(tokens, from, to)?.type;
  if (place !== 'city' && place !== 'state') return false;
  const verb = STREAK_AUXILIARIES.has(tokens[to]?.lower ?? '') ? to + 1 : to;
  const count = tokens[verb + 1];
  if (!STREAK_VERBS.has(tokens[verb]?.lower ?? '') || !count || !(/^\d{1,3}$/.test(count.text) || CARDINAL_WORDS.has(count.lower))) return false;
  return tokens.slice(verb + 2, verb + 2 + STREAK_REACH).some((t) => STREAK_CLOSERS.has(t.lower));
}

// Words between the sides of a fixture: "Kent v Sussex", "Rangers vs Celtic".
const FIXTURE_WORDS = new Set(['v', 'v.', 'vs', 'vs.', 'versus']);

/** A fixture's word between two capitalized names: "Kent v Sussex". */
function isFixtureWord(tokens: Token[], i: number): boolean {
  return FIXTURE_WORDS.has(tokens[i]?.lower ?? '') && !!tokens[i - 1]?.cap && !!tokens[i + 1]?.cap;
}

/** "won 3-1 at Valencia", "held 1-1 at Udinese": where a score was made is the home side, not the town, unless the other side was named before the score. */
function isAwayGround(tokens: Token[], from: number, to: number): boolean {
  // "24-10 at ANZ Stadium", "6-1 at Flushing Meadows": a ground, named as one or known, is where they played.
  // "drew 1-1 at Luton Town": a town and a club's word name the home side, not a ground.
  const club = to - from === 2 && CLUB_TOWN_SUFFIXES.has(tokens[from + 1].lower) && !!gazetteerPlaceOf(tokens, from, from + 1);
  if ((PLACE_HEADS.has(tokens[to - 1].lower) && !club) || gazetteerPlaceOf(tokens, from, to)?.type === 'site') return false;
  if (tokens[from - 1]?.lower !== 'at') return false;
  // "a 3-0 win at Groningen": a noun of the match may stand between the score and "at".
  const scoreAt = MATCH_NOUNS.has(tokens[from - 2]?.lower ?? '') ? from - 3 : from - 2;
  return SCORE.test(tokens[scoreAt]?.text ?? '') && !namesOpponentBefore(tokens, scoreAt);
}

/**
 * "Cornwall beat Yorkshire 24-13 at Redruth", "drew 1-1 with Leeds at Wembley": the result's verb
 * named the other side before the score, so "at" names the ground, not a home side.
 */
function namesOpponentBefore(tokens: Token[], scoreAt: number): boolean {
  let k = scoreAt - 1;
  while (k >= 0 && tokens[k].cap && tokens[k].word) k--;
  const verb = tokens[k]?.lower ?? '';
  return k < scoreAt - 1 && (RESULT_VERBS.has(verb) || RESULT_PREPOSITIONS.has(verb));
}

/**
 * A city or county in a headline next to a verb of a match is its side: "LEICESTERSHIRE BEAT
 * SOMERSET", "DURHAM CRUSHED BY KENT", as is one a sports headline gives a club's plural verb
 * ("SOCCER - COVENTRY SACK MANAGER"). A country stays a place ("JAPAN BEAT SYRIA").
 */
export function isShoutedSide(tokens: Token[], from: number, to: number): boolean {
  return !isNation(lowerPhrase(tokens, from, to)) && (standsBesideResultVerb(tokens, from, to) || takesHeadlineClubVerb(tokens, from, to));
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
  const { from, to } = l.decision;
  const framed = PLACE_FRAMES.has(l.tokens[from - 1]?.lower ?? '') && !isAwayGround(l.tokens, from, to) && !isStandingsRival(l.tokens, from) && !isTransferSource(l.tokens, from) && !isRoutLoser(l.tokens, from);
  if (words.every((t) => t.upper) || framed || followsCityComma(l.tokens, from)) return false;
  return teams.has(nameOf(l)) && (!isNation(nameOf(l)) || tableClubs.has(nameOf(l)));
}

/** "Alexandria, Virginia": the run follows a city and its comma, so it is the state the city is in. */
function followsCityComma(tokens: Token[], from: number): boolean {
  if (tokens[from - 1]?.text !== ',') return false;
  let k = from - 1;
  while (k > 0 && tokens[k - 1].cap && tokens[k - 1].word) k--;
  return k < from - 1 && gazetteerPlaceOf(tokens, k, from - 1)?.type === 'city';
}

/** "GREEN BAY , Wisconsin": a city and the state after its comma, where the city is, not a list of sides. */
function isCityOfState(a: Located, b: Located): boolean {
  const comma = b.decision.from === a.decision.to + 1 && a.tokens[a.decision.to].text === ',';
  return comma && gazetteerPlaceOf(a.tokens, a.decision.from, a.decision.to)?.type === 'city' && gazetteer().place(nameOf(b))?.type === 'state';
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

/**
 * A noun of a match names the run as a side: its opponent ("a 2-1 win over Hamburg", "the
 * defeat by Leeds") or its owner ("Lazio's victory", "Parma's 3-0 win").
 */
function isMatchSide(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (before && MATCH_OPPONENT_PREPOSITIONS.has(before.lower) && MATCH_NOUNS.has(tokens[from - 2]?.lower ?? '')) return true;
  if (isRoutLoser(tokens, from)) return true;
  if (isStandingsRival(tokens, from)) return true;
  if (!tokens[to - 1].possessive) return false;
  const noun = SCORE.test(tokens[to]?.text ?? '') ? tokens[to + 1] : tokens[to];
  return !!noun && MATCH_NOUNS.has(noun.lower);
}

/** "a 27-0 rout of New York": the loser of a one-sided win. */
const isRoutLoser = (tokens: Token[], from: number) => tokens[from - 1]?.lower === 'of' && ROUT_NOUNS.has(tokens[from - 2]?.lower ?? '');

/**
 * "moved within two games of Texas", "three games behind Baltimore", "a four-game lead over
 * Baltimore": a rival in the standings, which only a side has.
 */
function isStandingsRival(tokens: Token[], from: number): boolean {
  const [before, noun] = [tokens[from - 1]?.lower, tokens[from - 2]?.lower ?? ''];
  if (before === 'over') return STANDINGS_LEADS.has(noun);
  // "four games ahead of Baltimore", "two points clear of Rangers", "six points adrift of Fulham".
  if (before === 'of' && STANDINGS_GAPS.has(noun)) return STANDINGS_UNITS.has(tokens[from - 3]?.lower ?? '');
  // "three points behind Motherwell", "two points off Arsenal".
  if (before === 'behind' || before === 'off') return STANDINGS_UNITS.has(noun);
  // "level on points with Everton".
  if (before === 'with') return noun === 'points' && tokens[from - 3]?.lower === 'on' && tokens[from - 4]?.lower === 'level';
  return before === 'of' && noun === 'games' && tokens[from - 4]?.lower === 'within';
}

// Verbs of where a side stands in the table, in the plural British copy gives a club or in the
// past: "Chelsea sit two points behind", "Leeds moved level on points with". Not "is", which a
// candidate in a poll takes as often ("Harris is two points behind").
const STANDING_VERBS = new Set([
  'are', 'were', 'sit', 'sat', 'remain', 'remained', 'stay', 'stayed', 'lie', 'lay', 'moved', 'move', 'climbed', 'climb',
  'dropped', 'drop', 'slipped', 'slip', 'fell', 'finished', 'finish', 'trail', 'trailed',
]);
// The verbs of standing a single name takes in the plural only as a club: "Leeds climb", "Everton sit".
const PLURAL_STANDING_VERBS = new Set(['sit', 'remain', 'stay', 'move', 'climb', 'drop', 'slip', 'finish', 'trail']);
// Words between the verb and the gap: "are now five points clear", "sit just two points behind".
const STANDING_REACH = 3;
// Words of a gap in the table that follow its count and unit: "five points clear", "three games behind".
const SUBJECT_GAPS = new Set(['behind', 'adrift', 'off', 'above', 'below', 'ahead', 'clear']);

/**
 * "Chelsea sit two points behind Liverpool", "Arsenal are five points clear", "Leeds moved level
 * on points with Everton": the subject that a verb of standing puts a count of points or games
 * from another side, or at a place in a table ("Everton sit 16th in the table"), is a side. `end` is where the subject's verb stands, after any aside.
 */
function standsInStandings(tokens: Token[], from: number, to: number, end: number): boolean {
  if (tokens[to - 1].possessive || !STANDING_VERBS.has(tokens[end]?.lower ?? '') || tokens[end].breakBefore) return false;
  // "Paris and London are two points ahead": a list or a place's preposition before the subject.
  const before = tokens[from - 1]?.lower ?? '';
  if (LIST_WORDS.has(before) || PLACE_FRAMES.has(before)) return false;
  // "Tottenham move up to fifth": a town that takes a verb of standing in the plural is its club,
  // so the place it reaches needs no table named after it.
  if (reachesTablePosition(tokens, end, !PLURAL_STANDING_VERBS.has(tokens[end].lower))) return true;
  for (let k = end + 1; k <= end + 1 + STANDING_REACH && tokens[k]?.word && !tokens[k].cap; k++) {
    const unit = tokens[k + 1]?.lower ?? '';
    if (tokens[k].lower === 'level' && tokens[k + 1]?.lower === 'on' && tokens[k + 2]?.lower === 'points') return true;
    if (isCount(tokens[k]) && STANDINGS_UNITS.has(unit) && SUBJECT_GAPS.has(tokens[k + 2]?.lower ?? '')) return true;
  }
  return false;
}

/** A count of points or games, in figures or words: "5", "five", "a few". */
const isCount = (t: Token) => DIGITS.test(t.text) || CARDINAL_WORDS.has(t.lower) || VAGUE_QUANTITIES.has(t.lower);
const DIGITS = /^\d+$/;

// What a side holds over another in the standings: "a four-game lead over", "their advantage over".
const STANDINGS_LEADS = new Set(['lead', 'advantage', 'cushion']);
const STANDINGS_GAPS = new Set(['ahead', 'clear', 'adrift']);
const STANDINGS_UNITS = new Set(['games', 'points', 'game', 'point']);

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
