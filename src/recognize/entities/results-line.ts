import { SURNAME_PARTICLES } from '../../lexicon/name-connectors';
import { gazetteerPlaceOf } from './gazetteer-place';
import type { Token } from './tokens';

const NUMBER = /^\d+(?:[.:-]\d+)*$/;
const SCORE = /^\d{1,3}$/;
// A match minute, as a figure or an ordinal: "78", "34th".
const MINUTE = /^\d{1,3}(?:st|nd|rd|th)?$/;
const CLUB_YEAR = /^1[89]\d\d$/;
// A winning percentage of one, which is written whole: "1.000".
const WHOLE_PERCENTAGE = '1.000';
const INITIAL = /^\p{Lu}\.$/u;
// A bowler's wickets and runs in a summary: "4-31".
const FIGURES = /^\d{1,2}-\d{1,3}$/;
const NAME_CONNECTORS = new Set(['and', '&', 'de', 'del', 'la', 'of', 'am', 'an', 'der']);
/** A standings row gives played, won, drawn, lost, goals and points: at least five figures. */
const STANDINGS_FIGURES = 5;
/** A baseball or basketball row gives won, lost and a winning percentage: "BALTIMORE 82 50 .621". */
const STANDINGS_FIGURES_WITH_PERCENTAGE = 3;

/**
 * A line of sports results or a standings table: several numbers and hardly any lower-case
 * words ("Bayer Leverkusen 2 Werder Bremen 0", "Bayern Munich 4 3 1 0 10 3 10").
 */
export function isResultsLine(tokens: Token[]): boolean {
  let numbers = 0;
  let lowerWords = 0;
  for (const t of tokens) {
    if (NUMBER.test(t.text)) numbers++;
    else if (t.word && !t.cap) lowerWords++;
  }
  return numbers >= 2 && lowerWords <= 2;
}

/**
 * The run [from, to) is a side in a line of match scores or a row of a standings table:
 * "Leeds 2 Derby County 0", "Newcastle 17 10 3 4 31 20 33". Wire services print a club
 * under its town's name there, so "Leeds" is a team and not the city.
 */
export function isTeamInResults(tokens: Token[], from: number, to: number): boolean {
  if (!SCORE.test(tokens[to]?.text ?? '')) return false;
  let start = from;
  while (start > 0 && !tokens[start].breakBefore) start--;
  let end = to;
  while (end < tokens.length && (end === to || !tokens[end].breakBefore)) end++;
  return isScoreLine(tokens.slice(start, end));
}

/**
 * The other side of the run's score line is a club: "Monaco 2 Lens 0", where a country's name
 * is its club's, as against "Brazil 3 Peru 0". Names in brackets are scorers, not sides.
 */
export function facesClub(tokens: Token[], from: number, to: number): boolean {
  let start = from;
  while (start > 0 && !tokens[start].breakBefore) start--;
  let lineEnd = start + 1;
  while (lineEnd < tokens.length && !tokens[lineEnd].breakBefore) lineEnd++;
  const sides = start + venueEnd(tokens.slice(start, lineEnd));
  let depth = 0;
  for (let k = sides; k < lineEnd; k++) {
    const t = tokens[k];
    if (t.text === '(' || t.text === ')') depth += t.text === '(' ? 1 : -1;
    if (depth > 0 || !t.cap || (k >= from && k < to) || (k > sides && tokens[k - 1].cap)) continue;
    let end = k + 1;
    while (tokens[end]?.cap && !tokens[end].breakBefore) end++;
    const type = gazetteerPlaceOf(tokens, k, end)?.type;
    if (type !== 'country' && type !== 'region') return true;
  }
  return false;
}

/**
 * Every line of the text is a score line or a standings row. Such a table is not a title-case
 * headline ("Crystal Palace 2 Queens Park Rangers 2") even though its words are all capitalized.
 */
export function isResultsTable(tokens: Token[]): boolean {
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i].breakBefore) continue;
    if (!isScoreLine(tokens.slice(start, i))) return false;
    start = i;
  }
  return tokens.length > 0;
}

/** The words of the sentence's lines that are score lines or standings rows. */
export function scoreLineWords(tokens: Token[]): Token[] {
  const words: Token[] = [];
  let start = 0;
  for (let i = 1; i <= tokens.length; i++) {
    if (i < tokens.length && !tokens[i].breakBefore) continue;
    const line = tokens.slice(start, i);
    if (isScoreLine(line)) words.push(...line);
    start = i;
  }
  return words;
}

/**
 * Runs of capitalized words and scores make up the whole line, as two sides with a score each
 * or one side with a standings row's figures; a sentence with a score in it is no table.
 */
function isScoreLine(line: Token[]): boolean {
  const scores: number[] = [];
  let inName = false;
  let percentage = false;
  for (let i = venueEnd(line); i < line.length; i++) {
    const t = line[i];
    // "Feyenoord 2 (1) Vitesse 1 (0)": the half-time score in brackets after the final one.
    if (t.text === '(' && !inName && scores.length > 0 && SCORE.test(line[i + 1]?.text ?? '') && line[i + 2]?.text === ')') {
      i += 2;
      continue;
    }
    // "Newcastle 2 ( Shearer 23 , Asprilla 67 pen ) Wimbledon 0": a side's scorers with their minutes.
    const scorers = t.text === '(' && !inName && scores.length > 0 ? scorersBracketEnd(line, i) : -1;
    if (scorers > 0) {
      i = scorers;
      continue;
    }
    // "Panathinaikos 71 Real Madrid 65 ( halftime 35-30 )": a note in brackets after both sides and their scores.
    if (t.text === '(' && !inName && scores.length === 2 && scores[1] > 0) break;
    // "Derby 0 . Attendance : 39,051", "Ajax 2 . Halftime 1-0": a note after both sides and their scores.
    if (t.text === '.' && !inName && scores.length === 2 && !SCORE.test(line[i + 1]?.text ?? '')) break;
    // "BALTIMORE 82 50 .621 -", "NEW YORK 76 57 .571 6 1/2": a standings row's percentage,
    // fraction of games behind, and the dash of the leader.
    if (!inName && scores.length > 0 && isFigurePunctuation(line, i)) {
      percentage ||= t.text === '.';
      continue;
    }
    // "MIAMI 3 0 1.000 -": the percentage of a side that has won every game.
    if (!inName && scores.length > 0 && t.text === WHOLE_PERCENTAGE) {
      percentage = true;
      scores[scores.length - 1]++;
      continue;
    }
    // "NEW YORK 010 003 00X - 4 9 0": a box score's innings in threes, where an x marks the
    // home side's last innings that was not needed.
    if (!inName && scores.length > 0 && UNPLAYED_INNINGS.test(t.text)) {
      scores[scores.length - 1]++;
      continue;
    }
    // "Villarreal 2 Valencia 0, Celta Vigo 3 Osasuna 2": a comma after a whole result opens the
    // next result of the same line.
    if (t.text === ',' && !inName && scores.length === 2 && scores[0] === 1 && scores[1] === 1 && line[i + 1]?.cap) {
      scores.length = 0;
      continue;
    }
    // "Brighton and Hove Albion 1", "Sporting de Gijon 2": a small word inside a side's name.
    if (inName && NAME_CONNECTORS.has(t.text) && line[i + 1]?.cap) continue;
    if (SCORE.test(t.text)) {
      if (scores.length === 0) return false;
      scores[scores.length - 1]++;
      inName = false;
    } else if ((t.word && t.cap) || (CLUB_YEAR.test(t.text) && !inName && !!line[i + 1]?.cap)) {
      // "1860 Munich 2 St Pauli 2": a club's founding year opens its name.
      if (!inName) scores.push(0);
      inName = true;
    } else {
      return false;
    }
  }
  if (scores.length === 2) return scores[0] === 1 && scores[1] === 1;
  return scores.length === 1 && scores[0] >= (percentage ? STANDINGS_FIGURES_WITH_PERCENTAGE : STANDINGS_FIGURES);
}

// A box score's three innings that end with one the home side did not bat: "00X", "1x".
const UNPLAYED_INNINGS = /^\d{1,2}[Xx]$/;

// The venue that opens a line of cup results: "In Lyon :", "At Tel Aviv :".
const VENUE_WORDS = new Set(['in', 'at']);
const MAX_VENUE_WORDS = 3;

/**
 * The index after a venue or a league's label and its colon that open the line ("In Lisbon :
 * Benfica 0 Ruch Chorzow 0", "Spain : Villarreal 2 Valencia 0", "Serie A : Inter 1 Roma 1"), or 0.
 */
function venueEnd(line: Token[]): number {
  const venue = VENUE_WORDS.has(line[0]?.lower ?? '');
  let k = venue ? 1 : 0;
  if (!line[k]?.cap) return 0;
  while (k <= MAX_VENUE_WORDS && line[k]?.cap) k++;
  return line[k]?.text === ':' ? k + 1 : 0;
}

/**
 * The index of the ")" that closes a bracket of scorers opened at `open`: names with minutes,
 * commas and marks of a penalty or an own goal ("( Nilis 15 , Cocu 78 pen )"); -1 for any other bracket.
 */
function scorersBracketEnd(line: Token[], open: number): number {
  let named = false;
  for (let k = open + 1; k < line.length; k++) {
    const t = line[k];
    if (t.text === ')') return named ? k : -1;
    named ||= t.word && t.cap;
    if (!(t.cap || MINUTE.test(t.text) || t.text === ',' || t.text === '.' || SCORER_MARKS.has(t.lower))) return -1;
  }
  return -1;
}

function isFigurePunctuation(line: Token[], i: number): boolean {
  const t = line[i];
  const next = line[i + 1];
  const digitsNext = !!next && next.start === t.end && SCORE.test(next.text);
  if (t.text === '.') return digitsNext;
  if (t.text === '/') return digitsNext && SCORE.test(line[i - 1].text) && line[i - 1].end === t.start;
  const before = line[i - 1].text;
  return t.text === '-' && (SCORE.test(before) || before === WHOLE_PERCENTAGE || UNPLAYED_INNINGS.test(before));
}

/**
 * The run is a rider's or driver's team, between his country and his time in a ranked list:
 * "2. Jan Ullrich ( Germany ) Telekom 1:41", "1. Damon Hill ( Britain ) Williams 1:28:15.125",
 * "3. Erik Zabel ( Germany ) Telekom same time", "… Mapei + 0:12", "… TVM s.t.".
 */
export function isTeamAfterCountry(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.text !== ')' || !(opensTime(tokens, to) || closesRankedLine(tokens, from, to))) return false;
  let open = from - 2;
  while (open > 0 && from - open <= MAX_COUNTRY_WORDS + 1 && tokens[open].text !== '(') open--;
  if (tokens[open]?.text !== '(' || !tokens[open - 1]?.cap) return false;
  return gazetteerPlaceOf(tokens, open + 1, from - 1)?.type === 'country';
}

/**
 * "3. Luca Cadalora ( Italy ) Honda": a ranked line may end with the team, its time left out
 * for those who finished with the one before.
 */
function closesRankedLine(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to] && !tokens[to].breakBefore) return false;
  let start = from;
  while (start > 0 && !tokens[start].breakBefore) start--;
  const dot = tokens[start + 1];
  return RANK.test(tokens[start].text) && dot?.text === '.' && dot.start === tokens[start].end;
}

const LEADING_DIGIT = /^\d/;
// A rider who finished with the one before him: "same time", "s.t.", "st".
const SAME_TIME_MARKS = new Set(['s.t.', 'st']);

/** A finishing time, a gap behind the winner or a mark of the same time opens at `k`. */
function opensTime(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (LEADING_DIGIT.test(t.text) || SAME_TIME_MARKS.has(t.lower)) return true;
  if (t.text === '+') return LEADING_DIGIT.test(tokens[k + 1]?.text ?? '');
  return t.lower === 'same' && tokens[k + 1]?.lower === 'time';
}

const MAX_COUNTRY_WORDS = 4;
const MAX_PARTNER_WORDS = 3;

// Words of a result or a draw between two sides: "Guy Forget ( France ) beat ...", "Ajax ( Netherlands ) v Auxerre ( France )".
const MATCH_LINE_WORDS = new Set(['beat', 'bt', 'beats', 'defeated', 'def', 'def.', 'v', 'v.', 'vs', 'vs.']);

/**
 * The run is a side before its country in a line of results or a draw: a player ("Guy Forget
 * ( France ) beat Jonas Bjorkman ( Sweden ) 6-3 6-4") or a club ("Bayern Munich ( Germany ) 2",
 * a draw's "Group A : Olympiakos ( Greece ) , Benetton Treviso ( Italy )").
 */
export function isSideBeforeCountry(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  // "Guy Forget / Guillaume Raoux ( France )": a doubles pair shares its country.
  let open = to;
  if (tokens[open]?.text === '/') {
    open++;
    while (tokens[open]?.cap && open - to <= MAX_PARTNER_WORDS) open++;
  }
  if (tokens[open]?.text !== '(') return false;
  let close = open + 1;
  while (close < tokens.length && close - open <= MAX_COUNTRY_WORDS + 1 && tokens[close].text !== ')') close++;
  if (tokens[close]?.text !== ')' || gazetteerPlaceOf(tokens, open + 1, close)?.type !== 'country') return false;
  // "Barcelona ( Spain ) 2 AEK Larnaca ( Cyprus ) 0": the side's score follows its country.
  if (SCORE.test(tokens[close + 1]?.text ?? '')) return true;
  let start = from;
  while (start > 0 && !tokens[start].breakBefore) start--;
  let brackets = 0;
  let lowerWords = 0;
  for (let k = start; k < tokens.length && (k === start || !tokens[k].breakBefore); k++) {
    if (MATCH_LINE_WORDS.has(tokens[k].lower)) return true;
    if (tokens[k].text === '(') brackets++;
    else if (tokens[k].word && !tokens[k].cap) lowerWords++;
  }
  // "Group A : Panathinaikos ( Greece ) , Benetton Treviso ( Italy ) , …": a draw's line lists
  // sides with their countries and no word of prose.
  return brackets >= 2 && lowerWords === 0;
}

// Labels of a line that lists who scored: "Scorers: Shearer (23rd minute), Ferdinand (45)",
// and a rugby side's scorers by kind: "Tries : …", "Conversions : Mehrtens ( 2 )".
const SCORER_LABELS = new Set([
  'scorer', 'scorers', 'goalscorer', 'goalscorers', 'goals', 'try', 'tries', 'conversion', 'conversions', 'penalties',
  'penalty', 'drop-goal', 'drop-goals',
]);
// The label may follow the side: "South Africa - Tries : …".
const MAX_LABEL_AT = 6;

/**
 * The run is a name in a line of scorers, which names players only (and their countries); or a
 * name before its minutes in brackets, after its side's dash or another scorer's bracket, in a
 * line with no label of its own: "Hamburg - Spoerl ( 80th )", "… , Scholl ( 55th )".
 */
export function isScorerName(tokens: Token[], from: number, to: number): boolean {
  const inLine = inScorersLine(tokens, from) && !isScorersSide(tokens, to);
  if (!inLine && !(opensMinuteBracket(tokens, to) && followsSideOrScorer(tokens, from))) return false;
  return gazetteerPlaceOf(tokens, from, to)?.type !== 'country';
}

// A minute written as an ordinal: "80th", "3rd". A figure alone may be a score or a count.
const ORDINAL_MINUTE = /^\d{1,3}(?:st|nd|rd|th)$/;

/** A scorer's minutes in brackets open at `at`: "( 80th )", "( 12th , 67th )". */
const opensMinuteBracket = (tokens: Token[], at: number) => tokens[at]?.text === '(' && ORDINAL_MINUTE.test(tokens[at + 1]?.text ?? '');

/** The run comes after its side's dash ("Hamburg - Spoerl") or after a comma that closes a scorer's minutes ("( 12th ) , Scholl"). */
function followsSideOrScorer(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1];
  if (!before || tokens[from].breakBefore) return false;
  if (before.text === '-') return !!tokens[from - 2]?.cap;
  return before.text === ',' && tokens[from - 2]?.text === ')';
}

/** The run opens a line and its dash leads to a scorer with minutes: "Hamburg - Spoerl ( 80th )". */
function headsMinuteScorers(tokens: Token[], from: number, to: number): boolean {
  if ((from > 0 && !tokens[from].breakBefore) || !isScorersSide(tokens, to)) return false;
  let end = to + 1;
  while (tokens[end]?.cap && !tokens[end].breakBefore) end++;
  return opensMinuteBracket(tokens, end);
}

// A cricket side's innings: its runs, and its wickets down if not all out ("412", "135-4").
const INNINGS_TOTAL = /^\d{1,3}(?:-\d{1,2})?$/;
// Words only a cricket report uses beside its sides' names.
const CRICKET_WORDS = new Set(['wickets', 'wicket', 'innings', 'declared', 'overs']);
// What may follow an innings total: its second innings, its overs, "all out", the other side.
const AFTER_TOTAL = new Set(['and', 'for', 'all', 'v', 'declared', 'dec']);

/**
 * "At Taunton : Essex 412 ( N. Hussain 120 ) v Somerset 135-4", "Kent 210 and 188 ( M. Walker
 * 60 ) , Sussex 301": in a cricket summary a side stands before its innings total, and wire
 * services name a county's or a state's side by the county or state. The line must read as
 * cricket: a "v" between sides, a word of the game, or a batsman's initial and surname before
 * his runs or a bowler's figures in brackets.
 */
export function isInningsSide(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to + 1];
  if (!INNINGS_TOTAL.test(tokens[to]?.text ?? '') || (next?.word && !AFTER_TOTAL.has(next.lower)) || next?.text === '-' || next?.text === '%') return false;
  // "( Ijaz Ahmed 87 , Saeed Anwar 45 )": inside brackets stand the batsmen of an innings, not sides.
  if (insideBrackets(tokens, from)) return false;
  // "M. Atherton b Waqar Younis 31": after a scorecard's mark of dismissal stands the bowler or
  // fielder, and the runs are the batsman's.
  if (DISMISSAL_MARKS.has(tokens[from - 1]?.lower ?? '')) return false;
  return readsAsCricket(tokens);
}

/**
 * "Lancashire 42-1 .", "Yorkshire 255 and 101-3 .": a side's innings that opens a sentence of its
 * own in a close-of-play summary, whose other side and venue the sentence before gave. Alone it
 * reads as no cricket, so only a document that reports matches takes it as a side.
 */
export function opensInningsSentence(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to + 1];
  return from === 0 && INNINGS_TOTAL.test(tokens[to]?.text ?? '') && (!next || next.text === '.' || next.text === '(' || AFTER_TOTAL.has(next.lower));
}

/** An opening bracket before `from` in the sentence is not yet closed. */
function insideBrackets(tokens: Token[], from: number): boolean {
  let depth = 0;
  for (let k = from - 1; k >= 0; k--) {
    if (tokens[k].text === ')') depth++;
    else if (tokens[k].text === '(' && depth-- === 0) return true;
  }
  return false;
}

// Marks after which the side after "v" has no innings of its own yet: the line's end, a semicolon.
const VERSUS_ENDS = new Set([';', ',', '.']);

/**
 * "At Hove : Sussex 302-7 ( … ) v Warwickshire": the side after "v" in a cricket summary that
 * has not batted yet closes the line with no total of its own, and is still a county's side.
 * The other side's innings before the "v" tells it from a case at law ("Roe v Wade").
 */
export function isSideAfterVersus(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.lower;
  if ((before !== 'v' && before !== 'v.') || !closesInnings(tokens[from - 2])) return false;
  const next = tokens[to];
  return (!next || next.breakBefore || VERSUS_ENDS.has(next.text)) && readsAsCricket(tokens);
}

/** The other side's innings closes before the "v": its total, "declared", or the bracket of its scorers. */
function closesInnings(t: Token | undefined): boolean {
  return !!t && (INNINGS_TOTAL.test(t.text) || t.text === ')' || t.lower === 'declared' || t.lower === 'dec');
}

/**
 * "At Worcester : Worcestershire beat Glamorgan", "In Lyon : Lyon 1 Metz 0": a line that opens
 * with where the match is played and a colon, as summaries of county and cup matches do.
 */
export function isVenueLabel(tokens: Token[], from: number, to: number): boolean {
  let at = from - 1;
  if (tokens[at]?.lower === 'the') at--;
  const opener = tokens[at];
  return VENUE_WORDS.has(opener?.lower ?? '') && (at === 0 || opener.breakBefore) && tokens[to]?.text === ':' && to - from <= MAX_VENUE_WORDS;
}

/**
 * The line reads as cricket: a "v" between sides, a word of the game, a batsman's initial and
 * surname before his runs or a bowler's figures in brackets, or a venue's label and a total.
 */
function readsAsCricket(tokens: Token[]): boolean {
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text === '(' || t.text === ')') depth += t.text === '(' ? 1 : -1;
    else if ((t.text === 'v' && tokens[k + 1]?.cap) || CRICKET_WORDS.has(t.lower)) return true;
    else if (depth > 0 && INITIAL.test(t.text) && tokens[k + 1]?.cap && INNINGS_TOTAL.test(tokens[k + 2]?.text ?? '')) return true;
  }
  const colon = tokens.findIndex((t) => t.text === ':');
  return colon > 1 && isVenueLabel(tokens, tokens[1].lower === 'the' ? 2 : 1, colon) && tokens.slice(colon).some((t) => WICKETS_DOWN.test(t.text));
}

// A total with the wickets down, which only cricket writes: "101-2", "350-9".
const WICKETS_DOWN = /^\d{2,3}-\d$/;

/** The run heads its side's scorers: "Scorers: Feyenoord - Cruz (20th), Vos (77th)". */
export function isScorersTeam(tokens: Token[], from: number, to: number): boolean {
  return (inScorersLine(tokens, from) && isScorersSide(tokens, to)) || headsMinuteScorers(tokens, from, to);
}

function inScorersLine(tokens: Token[], from: number): boolean {
  return from > scorersLabelEnd(tokens);
}

/**
 * The sentence lists who scored after its label ("New Zealand - Tries : Jonah Lomu , Christian
 * Cullen"), which is no title-case headline though nearly all its words are capitalized.
 */
export function isScorersList(tokens: Token[]): boolean {
  const colon = scorersLabelEnd(tokens);
  // A label in capitals heads a headline: "SOCCER - SCORERS : SHEARER SCORES AGAIN".
  return colon < tokens.length && !tokens[colon - 1].upper;
}

/** The index of the colon after a scorers label near the sentence's start, or the sentence's length. */
function scorersLabelEnd(tokens: Token[]): number {
  const colon = tokens.findIndex((t) => t.text === ':');
  return colon >= 1 && colon <= MAX_LABEL_AT && SCORER_LABELS.has(tokens[colon - 1].lower) ? colon : tokens.length;
}

const isScorersSide = (tokens: Token[], to: number) => tokens[to]?.text === '-' && !!tokens[to + 1]?.cap;
// Marks of how a batsman was out, before the fielder's or bowler's name: "c Inzamam-ul-Haq b Mushtaq Ahmed".
const DISMISSAL_MARKS = new Set(['b', 'c', 'st', 'lbw', '&']);
// Two-word marks of a batsman's innings that name no fielder: "not out", "run out", "retired hurt".
const DISMISSAL_PHRASES = new Set(['not out', 'run out', 'retired hurt', 'hit wicket']);
// A bowler's overs, maidens, runs and wickets: "20-5-54-1", "18.2-3-66-2".
const BOWLING_FIGURES = /^\d{1,3}(?:\.\d)?-\d{1,3}-\d{1,3}-\d{1,2}$/;

/**
 * The run is a player in a cricket scorecard: the batsman who opens a line that ends with his
 * runs ("N. Knight not out 12"), a fielder or bowler after a dismissal mark ("c Moin Khan
 * b Wasim Akram 31"), or a bowler before his figures ("Waqar Younis 18-3-66-2").
 */
export function isScorecardName(tokens: Token[], from: number, to: number): boolean {
  if (BOWLING_FIGURES.test(tokens[to]?.text ?? '')) return true;
  // "( P. Bowler 62 ; V. Wells 4-31 )": an initial and a surname before runs or figures, in a summary.
  if (to - from === 2 && INITIAL.test(tokens[from].text) && (SCORE.test(tokens[to]?.text ?? '') || FIGURES.test(tokens[to]?.text ?? ''))) return true;
  if (isInlineDismissal(tokens, from, to)) return true;
  let start = from;
  while (start > 0 && !tokens[start].breakBefore) start--;
  let end = to;
  while (end < tokens.length && !tokens[end].breakBefore) end++;
  if (!SCORE.test(tokens[end - 1].text)) return false;
  let marked = false;
  for (let k = start; k < end - 1; k++) {
    const t = tokens[k];
    if (DISMISSAL_MARKS.has(t.text) || DISMISSAL_PHRASES.has(`${t.text} ${tokens[k + 1].text}`)) marked = true;
  }
  return marked && (from === start || DISMISSAL_MARKS.has(tokens[from - 1].text));
}

// How many tokens a batsman's entry written inside a sentence runs on after a name to its runs.
const ENTRY_REACH = 6;

/**
 * "England first innings M. Atherton b Waqar Younis 31, A. Stewart c Moin Khan b Mushtaq Ahmed
 * 44": a scorecard written inside a sentence, whose entries commas part. After a dismissal mark
 * that follows a name stands a fielder or bowler, when the entry ends in the batsman's runs.
 */
function isInlineDismissal(tokens: Token[], from: number, to: number): boolean {
  if (!DISMISSAL_MARKS.has(tokens[from - 1]?.text ?? '') || !(tokens[from - 2]?.cap || DISMISSAL_MARKS.has(tokens[from - 2]?.text ?? ''))) return false;
  for (let k = to; k < Math.min(tokens.length, to + ENTRY_REACH); k++) {
    const t = tokens[k];
    if (SCORE.test(t.text)) return !tokens[k + 1] || tokens[k + 1].text === ',' || tokens[k + 1].text === '.' || tokens[k + 1].breakBefore;
    if (t.breakBefore || !(t.cap || DISMISSAL_MARKS.has(t.text))) return false;
  }
  return false;
}

// What may follow a scorer's minute: a penalty, an own goal.
const SCORER_MARKS = new Set(['pen', 'penalty', 'og', 'o.g', 'o.g.']);

// The last minute a match can run to, extra time and stoppages included.
const LAST_MINUTE = 130;

/**
 * The run is a scorer in brackets after his side's score, each name with its minute, written as
 * a figure or an ordinal: "PSV 3 (Nilis 15, Cocu 78 pen) Vitesse 1 (Gillhaus 34)", "Dortmund 2
 * ( Riedle 34th , Moeller 70th )".
 */
export function isMinuteScorer(tokens: Token[], from: number, to: number): boolean {
  const minute = tokens[to];
  if (!minute || !MINUTE.test(minute.text) || parseInt(minute.text, 10) > LAST_MINUTE) return false;
  let k = from - 1;
  while (k >= 0 && !tokens[k + 1].breakBefore && tokens[k].text !== '(') {
    const t = tokens[k];
    if (t.text === ')' || !(t.cap || MINUTE.test(t.text) || t.text === ',' || t.text === '.' || SCORER_MARKS.has(t.lower))) return false;
    k--;
  }
  // The bracket follows a side and its score: "Rovers 2 (".
  return k > 1 && tokens[k].text === '(' && !tokens[k].breakBefore && SCORE.test(tokens[k - 1].text) && tokens[k - 2].cap;
}

const RANK = /^\d{1,3}$/;

/**
 * The run is the entrant of a ranked line, between its rank and a bracket: "4. Zuelle
 * ( Switzerland ) 4:12:33", "2. Hill ( Williams ) 1:30:07", also where one line lists several
 * ("9.93 2. Frankie Fredericks ( Namibia ) 9.95"). Wire services rank people so; a bracket
 * that holds no place holds the entrant's team.
 */
export function isRankedEntrant(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3 || tokens[from - 1]?.text !== '.' || !RANK.test(tokens[from - 2]?.text ?? '') || tokens[from - 1].start !== tokens[from - 2].end) return false;
  const before = tokens[from - 3];
  if (before && !tokens[from - 2].breakBefore && before.text !== ':' && !NUMBER.test(before.text)) return false;
  if (tokens[to]?.text !== '(') return false;
  const close = bracketEnd(tokens, to);
  return close > to + 1 && tokens.slice(to + 1, close).every((t) => t.cap);
}

// A time, a distance or a height: "19.68", "2.05"; not a match's score ("2").
const MEASURE = /^\d+[.:]\d/;
const MAX_TEAM_WORDS = 3;

/**
 * The run opens a line, or an entry after a colon or a comma, and a country in brackets and a
 * time or a distance follow it, maybe after the entrant's team: "Fredericks ( Namibia ) 19.68",
 * "Corser ( Australia ) Ducati 35:12.4". Clubs' lines give scores, which are no measures.
 */
export function isTimedEntrant(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3 || tokens[to]?.text !== '(') return false;
  const before = tokens[from - 1];
  if (before && !tokens[from].breakBefore && before.text !== ':' && before.text !== ',') return false;
  const close = bracketEnd(tokens, to);
  if (close < 0 || gazetteerPlaceOf(tokens, to + 1, close)?.type !== 'country') return false;
  let k = close + 1;
  while (k < close + 1 + MAX_TEAM_WORDS && tokens[k]?.cap && !tokens[k].breakBefore) k++;
  const figure = tokens[k];
  if (!figure || figure.breakBefore) return false;
  // "35:12.4" comes as "35", ":", "12.4".
  const clock = tokens[k + 1]?.text === ':' && tokens[k + 1].start === figure.end && NUMBER.test(figure.text);
  return clock || MEASURE.test(figure.text);
}

/** The run fills the bracket after a ranked entrant and is no place: his team ("Hill ( Williams )"). */
export function isRankedEntrantsTeam(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.text !== '(' || tokens[to]?.text !== ')' || gazetteerPlaceOf(tokens, from, to)) return false;
  let start = from - 2;
  while (start > 0 && tokens[start - 1].cap && !tokens[start].breakBefore) start--;
  return start >= 0 && isRankedEntrant(tokens, start, from - 1);
}

/** The index of the ")" that closes the bracket opened at `open` within a few words, or -1. */
function bracketEnd(tokens: Token[], open: number): number {
  for (let k = open + 1; k <= open + MAX_COUNTRY_WORDS + 1 && k < tokens.length; k++) if (tokens[k].text === ')') return k;
  return -1;
}

// What a line-up holds besides names: separators, brackets of substitutes and their minutes ("( Fuser 75th )").
const LINEUP_MARKS = new Set([',', ';', '(', ')', '.', '-']);
const MIN_LINEUP_NAMES = 4;

/**
 * The run at `from` is a player in a team's line-up: after the side's name and a colon, names only, the
 * lines of the formation parted by semicolons ("Italy : Peruzzi ; Ferrara , Maldini , Carboni ;
 * Albertini , Di Matteo ; Zola , Casiraghi").
 */
export function isLineupName(tokens: Token[], from: number): boolean {
  let colon = 0;
  while (colon < tokens.length && tokens[colon].cap && (colon === 0 || !tokens[colon].breakBefore)) colon++;
  if (colon === 0 || colon > MAX_COUNTRY_WORDS || tokens[colon]?.text !== ':' || from <= colon) return false;
  let names = 0;
  let semicolon = false;
  for (let k = colon + 1; k < tokens.length && !tokens[k].breakBefore; k++) {
    const t = tokens[k];
    if (t.cap) names += tokens[k - 1].cap ? 0 : 1;
    else if (t.text === ';') semicolon = true;
    else if (!LINEUP_MARKS.has(t.text) && !SURNAME_PARTICLES.has(t.lower) && !MINUTE.test(t.text)) return false;
  }
  return semicolon && names >= MIN_LINEUP_NAMES;
}

// Labels of a box score's notes: the winning and losing pitchers, the save, the home runs.
const BOX_SCORE_LABELS = new Set(['W', 'L', 'S', 'Sv', 'HR', 'HRs']);
// A pitcher's wins and losses: "19-7".
const WON_LOST = /^\d{1,2}-\d{1,2}$/;

/**
 * The run is a player in a note under a box score, after its label and dash, before his record
 * or his season's count in brackets: "W - Pettitte 19-7", "Sv - Wetteland ( 40 )", "HRs -
 * Seattle , Buhner ( 37 )".
 */
export function isBoxScoreNote(tokens: Token[], from: number, to: number): boolean {
  if (!BOX_SCORE_LABELS.has(tokens[0]?.text ?? '') || tokens[1]?.text !== '-' || from < 2) return false;
  const before = tokens[from - 1].text;
  if (before !== '-' && before !== ',') return false;
  const next = tokens[to]?.text ?? '';
  return WON_LOST.test(next) || (next === '(' && SCORE.test(tokens[to + 1]?.text ?? '') && tokens[to + 2]?.text === ')');
}

// What a battery line holds besides names: separators and the inning a pitcher came in ("( 7 )").
const BATTERY_MARKS = new Set([',', '(', ')', 'and']);
const MIN_BATTERY_NAMES = 4;

/**
 * The run is a pitcher or catcher in a box score's battery line, which names each side's
 * pitchers with the inning each came in and, after "and", its catcher, the sides parted by a
 * semicolon: "Hitchcock , Charlton ( 7 ) and Wilson ; Pettitte , Rivera ( 8 ) and Girardi".
 */
export function isBatteryName(tokens: Token[], from: number): boolean {
  let start = from;
  while (start > 0 && !tokens[start].breakBefore && tokens[start - 1].text !== '.') start--;
  let names = 0;
  let semicolons = 0;
  let catchers = 0;
  for (let k = start; k < tokens.length && (k === start || !tokens[k].breakBefore) && tokens[k].text !== '.'; k++) {
    const t = tokens[k];
    if (t.cap) names += k > start && tokens[k - 1].cap ? 0 : 1;
    else if (t.text === ';') semicolons++;
    else if (t.text === 'and') catchers++;
    else if (!BATTERY_MARKS.has(t.text) && !(SCORE.test(t.text) && tokens[k - 1]?.text === '(')) return false;
  }
  return semicolons === 1 && catchers >= 2 && names >= MIN_BATTERY_NAMES;
}
