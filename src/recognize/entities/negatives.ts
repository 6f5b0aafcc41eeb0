import { INSTITUTION_HEADS, LEGAL_FORMS, NON_ENTITY_HEADS } from '../../lexicon/org-words';
import { englishWords } from '../../lexicon/english-words';
import { EAST_ASIAN_SURNAMES } from '../../lexicon/chinese-surnames';
import { gazetteer } from '../../lexicon/gazetteer';
import { CALENDAR_WORDS } from '../../lexicon/calendar';
import { HOLIDAYS } from '../../lexicon/holidays';
import { BRAND_NOUNS } from '../../lexicon/product-nouns';
import { DISEASE_NOUNS } from '../../lexicon/disease-nouns';
import { isCalendarWord, isLexiconGivenName, isNationalityWord, lexiconKind } from './name-words';
import { STORM_QUALIFIERS, STORM_WORDS } from '../../lexicon/storm-words';
import { TIME_ZONE_ABBREVIATIONS, ZONE_WORDS } from '../../lexicon/time-zones';
import { CRUDE_BENCHMARKS, OIL_WORDS } from '../../lexicon/contract-months';

import { followsThe, lowerPhrase, opensSentence, type Token } from './tokens';
import { isWrittenRomanNumeral } from './roman-numerals';
import { gazetteerPlaceOf } from './gazetteer-place';
import { isMembersConference } from './org-shape';
import { isModifiedNoun } from './context-cues';

const TRAILING_DOT = /\.$/;
const TIME_ZONES: ReadonlySet<string> = new Set(TIME_ZONE_ABBREVIATIONS);
const DOTS = /\./g;

/**
 * Capitalized runs that name no person, organization or place: days and months ("May",
 * "Monday"), time zones ("PDT"), events and documents ("Defence Investment Pledge", "World Cup"), and nationalities
 * ("Ukrainian", "Europeans").
 */
export function isNonEntity(tokens: Token[], from: number, to: number): boolean {
  let calendar = true;
  // In capitals only the month and day names themselves: "SEC" is no unit of time but a regulator.
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    // "5:04 p.m. PDT", "8 a.m. EST.", "6 a.m. EDT Monday": a zone is no body, and "Est" no town.
    if (isTimeZone(t) && !namesBodyByZoneLetters(tokens, from, to)) continue;
    // "July-September", "Monday-Friday": a span of months or days written as one word.
    if (!t.lower.split('-').every((part) => (t.upper && t.text.length > 1 ? CALENDAR_WORDS.has(part.replace(TRAILING_DOT, '')) : isCalendarWord(part)))) calendar = false;
  }
  if (calendar) return true;
  // "Eid al-Fitr", "Rosh Hashanah": a feast is a date, though its words look like a person's name.
  if (HOLIDAYS.has(lowerPhrase(tokens, from, to))) return true;
  // "Yahoo! Inc.": a legal form the tokens cut from its name is no name of its own.
  if (tokens.slice(from, to).every((t) => !t.upper && LEGAL_FORMS.has(t.lower.replace(DOTS, '')))) return true;
  if (to - from > 1 && NON_ENTITY_HEADS.has(tokens[to - 1].lower) && !isGivenAndSurname(tokens, from, to) && !isEastAsianThreeNames(tokens, from, to) && !opensInstitution(tokens, from, to) && !isKnownOrganization(tokens, from, to) && !isMembersConference(tokens, from, to)) return true;
  if (isNumberedEvent(tokens, from, to) || namesZoneTime(tokens, from, to)) return true;
  if (isCompetitionPool(tokens, from, to)) return true;
  if (to - from === 1 && (isTreebankBracket(tokens, from) || isCreditGrade(tokens, from) || isHashtag(tokens, from) || isLabourCompound(tokens, from) || isCrudeBenchmark(tokens, from) || GOVERNMENT_BONDS.has(tokens[from].lower) || isNamedBond(tokens, from))) return true;
  return to - from === 1 && isNationalityWord(tokens[from].text) && !gazetteer().place(tokens[from].text);
}

// Prefixes navies and registers write before a vessel's name: Her Majesty's Ship, United States Ship,
// the Australian, Canadian and New Zealand navies', the Royal Fleet Auxiliary, motor vessel.
const SHIP_PREFIXES: ReadonlySet<string> = new Set(['HMS', 'HMAS', 'HMCS', 'HMNZS', 'RFA', 'USS', 'USNS', 'USCGC', 'INS', 'MV', 'RMS']);

/**
 * "HMS Prince of Wales", "USS Gerald R. Ford", "MV Rubymar": a ship, which OntoNotes files with
 * products and CoNLL with miscellany; its name holds no body, place or person of its own.
 */
export function isShipName(tokens: Token[], from: number, to: number): boolean {
  return to - from > 1 && SHIP_PREFIXES.has(tokens[from].text) && tokens[from + 1].cap;
}

// Words between a zone's region and "time": "Pacific Standard Time", "Eastern Daylight Time".
const ZONE_TIME_WORDS = new Set(['standard', 'daylight', 'summer', 'time']);

/** "4 p.m. Pacific time", "Eastern Daylight Time": a region's word that names a time zone is no place. */
function namesZoneTime(tokens: Token[], from: number, to: number): boolean {
  if (!ZONE_WORDS.has(tokens[from].lower) || !tokens.slice(from + 1, to).every((t) => ZONE_TIME_WORDS.has(t.lower))) return false;
  return tokens[to - 1].lower === 'time' || tokens[to]?.lower === 'time';
}

// The head of a game that news numbers like an event, though alone it may name its stadium ("the Rose Bowl").
const NUMBERED_GAME_HEADS = new Set(['bowl']);

/** "World War II", "Super Bowl LIX": a roman numeral after an event's head numbers the event. */
function isNumberedEvent(tokens: Token[], from: number, to: number): boolean {
  const head = tokens[to - 2]?.lower ?? '';
  return to - from > 2 && isWrittenRomanNumeral(tokens[to - 1].text) && (NON_ENTITY_HEADS.has(head) || NUMBERED_GAME_HEADS.has(head));
}

// The letters of a credit rating's grade: "AA+", "BBB-", "CCC+".
const GRADE_LETTERS = /^(?:A{1,3}|B{1,3}|C{1,3})$/;

/** "cut the rating to AA+", "BBB- bonds": a grade with its notch sign is no body's acronym. */
function isCreditGrade(tokens: Token[], i: number): boolean {
  const sign = tokens[i + 1];
  return GRADE_LETTERS.test(tokens[i].text) && !!sign && (sign.text === '+' || sign.text === '-') && sign.start === tokens[i].end;
}

/** "the #MeToo movement": a hashtag names a slogan or a topic, not whoever uses it. */
function isHashtag(tokens: Token[], i: number): boolean {
  const hash = tokens[i - 1];
  return hash?.text === '#' && hash.end === tokens[i].start;
}

// The party's name is also the word for work, which opens compounds of the economy.
const LABOUR_WORDS: ReadonlySet<string> = new Set(['labour', 'labor']);
const LABOUR_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'cost', 'costs', 'market', 'markets', 'shortage', 'shortages', 'law', 'laws', 'union', 'unions', 'force', 'productivity',
  'supply', 'demand', 'rights', 'relations', 'dispute', 'disputes', 'camp', 'camps', 'participation', 'mobility',
  'standards', 'reform', 'reforms', 'code', 'practices', 'inspectors', 'unrest', 'income', 'share', 'pool',
]);

/** "Labour costs rose", "Labor shortages hit farms": opening a sentence, the word for work, not the party. */
function isLabourCompound(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return LABOUR_WORDS.has(tokens[i].lower) && opensSentence(tokens, i) && !!next && !next.cap && LABOUR_COMPOUND_HEADS.has(next.lower);
}

// The Penn Treebank's names of brackets, which text rebuilt from its tokens keeps: "-LRB-", "-RCB-".
const TREEBANK_BRACKETS: ReadonlySet<string> = new Set(['lrb', 'rrb', 'lcb', 'rcb', 'lsb', 'rsb']);

/** "1.8 billion yen -LRB- $ 12.5 million -RRB-": a bracket written as the treebank names it, hyphens on each side. */
function isTreebankBracket(tokens: Token[], i: number): boolean {
  const [before, word, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return TREEBANK_BRACKETS.has(word.lower) && before?.text === '-' && before.end === word.start && after?.text === '-' && after.start === word.end;
}

/** "EST", "GMT.": a zone abbreviation, which no calendar word's run makes the organizer of an event. */
export function isTimeZone(token: Token): boolean {
  return TIME_ZONES.has(token.text.replace(TRAILING_DOT, ''));
}

/**
 * "Lula of the PT said": a zone's letters alone after "the" name a party or a body, as no clock
 * time takes an article; "the CT scan", "the EST zone" qualify a noun.
 */
export function namesBodyByZoneLetters(tokens: Token[], from: number, to: number): boolean {
  return to - from === 1 && tokens[from].upper && followsThe(tokens, from) && isTimeZone(tokens[from]) && !isModifiedNoun(tokens[to]);
}

// Links after an institution's head to what it is of, for or on.
const HEAD_LINKS = new Set(['of', 'for', 'on']);

/**
 * "Office of Management and Budget", "Ministry of Law", "Commission on Elections": an
 * institution's head and its link open the run, so the word that closes it is a portfolio, not
 * an event's or a document's head. So do they after the words that say whose body it is, when
 * the closing word is all they link: "State Board of Elections", "Cook County Board of Elections".
 */
const opensInstitution = (tokens: Token[], from: number, to: number) =>
  to - from > 2 && (linksHead(tokens, from) || linksHead(tokens, to - 3));

const linksHead = (tokens: Token[], at: number) => INSTITUTION_HEADS.has(tokens[at].lower) && HEAD_LINKS.has(tokens[at + 1].lower);

/** "the Conference Board", "the Chinese People's Political Consultative Conference": a body the lexicon knows. */
export const isKnownOrganization = (tokens: Token[], from: number, to: number) =>
  lexiconKind(lowerPhrase(tokens, from, to)) === 'organization';

// Words that, before one capital letter, name a pool of a competition's sides: "Group G", "Pool B".
// Not before a number: "Group 4" is a security firm's name.
const POOL_WORDS = new Set(['group', 'pool']);
const POOL_LETTER = /^[A-Z]$/;

/**
 * "the first game of Group G, Belgium faced…": a pool of sides, no place a country qualifies. In
 * "top group B" the pool word stays lower case and the run is the letter alone.
 */
const isCompetitionPool = (tokens: Token[], from: number, to: number) =>
  (to - from === 2 && POOL_WORDS.has(tokens[from].lower) && POOL_LETTER.test(tokens[from + 1].text)) ||
  (to - from === 1 && POOL_LETTER.test(tokens[from].text) && POOL_WORDS.has(tokens[from - 1]?.lower ?? ''));

// Heads of events' and documents' names that are common surnames too: "Jude Law", "Nathan Law",
// "Tom Masters", "Jason Day", "Doris Day" ("Basic Law", "Qatar Masters", "Labor Day" open with no
// given name the lexicon lists; "Victoria Day" opens with a place's). Not "Cup": "Stanley Cup".
const SURNAME_HEADS = new Set(['law', 'masters', 'derby', 'rally', 'classic', 'day']);

const isGivenAndSurname = (tokens: Token[], from: number, to: number) =>
  to - from >= 2 && SURNAME_HEADS.has(tokens[to - 1].lower) && isLexiconGivenName(tokens[to - 2].lower);

// The longest syllable of a romanized given name: "Kok", "Hsien", "Zhuang".
const MAX_SYLLABLE = 6;

/**
 * "Ng Kok Song", "Analyst Ng Kok Song": a family name and two romanized syllables that close the
 * run are a person's name, though the last is also the head of a work ("song"); the middle one is
 * no English word.
 */
const isEastAsianThreeNames = (tokens: Token[], from: number, to: number) =>
  to - from >= 3 && EAST_ASIAN_SURNAMES.has(tokens[to - 3].lower) && tokens.slice(to - 2, to).every((t) => !t.upper && t.text.length <= MAX_SYLLABLE) && !englishWords().has(tokens[to - 2].lower);

// Currency names that a country's name or code qualifies: "U.S. dollars", "Hong Kong dollar".
const CURRENCY_WORDS = new Set(['dollar', 'dollars', 'cents', 'yuan', 'pesos', 'peso', 'pounds', 'francs', 'rupees']);

/**
 * The run names a currency's country: "US$40 billion", "AU$52", "380 billion U.S. dollars". Not a
 * possessive: "Chile's peso fell" speaks of the country.
 */
export function isCurrencyPrefix(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  if (!next || tokens[to - 1].possessive) return false;
  // "NZ $ 26 million" in tokenized text: a country's code, a spaced dollar sign and a figure.
  const spacedCode = tokens[to - 1].upper && tokens[to - 1].text.length <= 3 && /^\d/.test(tokens[to + 1]?.text ?? '');
  return (next.text === '$' && (next.start === tokens[to - 1].end || spacedCode)) || CURRENCY_WORDS.has(next.lower);
}

// Works named right after the noun of their kind: "the film Jerry Maguire", "her novel Angel Catbird".
// Not "play" nor "single", which are verbs and adjectives before names too ("to play Ajax").
const WORK_NOUNS = new Set([
  'book', 'novel', 'film', 'movie', 'album', 'song', 'opera', 'sitcom', 'painting', 'poem', 'musical', 'ballet',
  'documentary', 'memoir', 'single',
]);
// What a show or a film does, which no person or place named in quotation marks does: '"Hamilton" grossed $2 million'.
const WORK_VERBS = new Set(['grossed', 'premiered', 'premieres', 'debuted', 'debuts']);

// The year a work came out, in brackets after its title: "cast in Brewster McCloud (1970)".
const RELEASE_YEAR = /^(?:1[89]|20)\d\d$/;

/**
 * The run is a work's title, whatever names it holds: after the noun of its kind ("the song
 * Billie Jean", 'the musical "Hamilton"'), or before the year it came out in brackets ("Brewster McCloud (1970)"); a
 * person's years in brackets are two ("(1928-1999)"), and a town keeps its name ("Leeds (1902)").
 */
export function isWorkTitle(tokens: Token[], from: number, to: number): boolean {
  const quoted = QUOTE_MARKS.has(tokens[from - 1]?.text ?? '') && QUOTE_MARKS.has(tokens[to]?.text ?? '');
  const before = tokens[quoted ? from - 2 : from - 1];
  if (!!before && !before.cap && WORK_NOUNS.has(before.lower)) return true;
  // 'Verdi's "Aida"', '"Hamilton" grossed': a name quoted whole after its maker's possessive, or
  // before what only a work does.
  if (quoted && ((!!before && before.cap && before.possessive) || WORK_VERBS.has(tokens[to + 1]?.lower ?? ''))) return true;
  const dated = tokens[to]?.text === '(' && RELEASE_YEAR.test(tokens[to + 1]?.text ?? '') && tokens[to + 2]?.text === ')';
  return dated && !gazetteerPlaceOf(tokens, from, to);
}

/**
 * "created The Twilight Zone", "starred in The Green Mile": a capitalized article after a word
 * inside a sentence opens a work's title; news writes the article of a place's name in lower case.
 */
export function followsTitleArticle(tokens: Token[], from: number): boolean {
  const [before, article] = [tokens[from - 2], tokens[from - 1]];
  return article?.text === 'The' && !article.breakBefore && !!before?.word && !before.cap;
}

// Heads of events named "of" or "de" a place: "the Tour of Spain", "the Tour de France", "the Battle of Britain".
const EVENT_OF_HEADS = new Set(['tour', 'battle', 'siege', 'rally', 'treaty']);
const EVENT_CONNECTORS = new Set(['of', 'de', 'du']);

/**
 * The run closes an event's name that a head and "of" open: "Spain" in "the Tour of Spain", "France"
 * in "TOUR DE FRANCE". News annotation keeps the event whole, with no place inside it.
 */
export function closesEventOfPlace(tokens: Token[], from: number): boolean {
  const connector = tokens[from - 1];
  const head = tokens[from - 2];
  return !!connector && !!head && head.cap && EVENT_CONNECTORS.has(connector.lower) && EVENT_OF_HEADS.has(head.lower);
}

/**
 * A one-word label before a colon: "Image: Nick Moreau", "Squad: …", "Source: …". Not a country
 * whose name is also a word, which a headline puts first to say where its story is ("Japan:
 * fishermen return to sea", "Turkey: …").
 */
export function isLabel(tokens: Token[], from: number, to: number): boolean {
  return to - from === 1 && tokens[to]?.text === ':' && englishWords().has(tokens[from].lower) && gazetteer().place(tokens[from].text)?.type !== 'country' && !endsPhrase(tokens, from);
}

// Words that lead a place's name: "the test at The Oval:". A caption's label may follow any
// other word, as a caption need not close with a stop ("Playstation VR demo Image: …").
const PLACE_LEADS = new Set(['at', 'in', 'from', 'near', 'outside', 'inside']);

/** "the test at The Oval:", "scores from the Park:": a word a preposition leads ends a phrase, not a label. */
function endsPhrase(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1]?.lower === 'the' ? tokens[from - 2] : tokens[from - 1];
  return PLACE_LEADS.has(before?.lower ?? '');
}

/**
 * Where the name of a storm begins in the run, or -1: "Hurricane Bertha" → "Bertha", "Tropical
 * Storm Dolly" → "Dolly"; also when the storm word stands before the run ("hurricane Bertha", or
 * a sentence opener the run lost), when a storm noun was "named" so, or when the name makes landfall.
 */
export function stormNameStart(tokens: Token[], from: number, to: number): number {
  let k = from;
  while (k + 1 < to && STORM_QUALIFIERS.has(tokens[k].lower) && STORM_WORDS.has(tokens[k + 1].lower)) k++;
  if (STORM_WORDS.has(tokens[k].lower)) return k + 1 < to ? k + 1 : -1;
  return stormWordBefore(tokens, from) || isNamedStorm(tokens, from) || makesLandfall(tokens, to) ? from : -1;
}

/**
 * A storm word right before the run, unless the run opens with a country: no storm is named for
 * one, so "storm" is the verb there ("Police storm Mexico embassy", "Troops storm Syria border post").
 */
function stormWordBefore(tokens: Token[], from: number): boolean {
  return STORM_WORDS.has(tokens[from - 1]?.lower ?? '') && gazetteer().place(tokens[from].text)?.type !== 'country';
}

// Words between a storm noun and "named" before the name: "a storm, named Goretti", "the cyclone was named Zelia".
const NAMED_GAP = 3;
const LANDFALL_VERBS = new Set(['made', 'make', 'makes', 'making']);

/** "the storm, named Goretti by forecasters": a name given right after a storm noun is the storm's. */
function isNamedStorm(tokens: Token[], from: number): boolean {
  if (tokens[from - 1]?.lower !== 'named') return false;
  for (let k = from - 2; k >= Math.max(0, from - 2 - NAMED_GAP); k--) if (STORM_WORDS.has(tokens[k].lower) && !tokens[k].cap) return true;
  return false;
}

/** "Goretti made landfall in Normandy": only a storm makes landfall. */
const makesLandfall = (tokens: Token[], to: number): boolean => LANDFALL_VERBS.has(tokens[to]?.lower ?? '') && tokens[to + 1]?.lower === 'landfall';

/** One name before goods sold by brand names the brand: "Kent cigarettes", not the county or a person (the caller keeps known places: "Texas beer"). */
export function isBrandBeforeGoods(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  return to - from === 1 && !!next && !next.cap && !tokens[from].possessive && BRAND_NOUNS.has(next.lower);
}

/** The run names an illness by the place it was found: "West Nile virus", "Rift Valley fever". */
export function namesDisease(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  return !!next && !next.cap && !tokens[to - 1].possessive && DISEASE_NOUNS.has(next.lower);
}

const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201C', '\u201D']);
// How many words a title in quotation marks may have around a name inside it.
const QUOTED_TITLE_WORDS = 8;
// Small words a title leaves in lower case: "Born in the U.S.A.", "Gone with the Wind".
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'with', 'by', 'from']);

const isTitleCaseWord = (t: Token | undefined) => !!t && t.word && (t.cap || TITLE_SMALL_WORDS.has(t.lower));

/**
 * The run is part, not all, of a title in quotation marks: "America" in "This Is America", "China"
 * in "Made in China". A work's title is no place or body; a name quoted whole stays one ("Islamic State").
 */
export function isInsideQuotedTitle(tokens: Token[], from: number, to: number): boolean {
  let open = from - 1;
  while (open >= 0 && from - open <= QUOTED_TITLE_WORDS && isTitleCaseWord(tokens[open])) open--;
  let close = to;
  while (close < tokens.length && close - to < QUOTED_TITLE_WORDS && isTitleCaseWord(tokens[close])) close++;
  if (!QUOTE_MARKS.has(tokens[open]?.text ?? '') || !QUOTE_MARKS.has(tokens[close]?.text ?? '')) return false;
  return open + 1 < from || close > to;
}

// Governments' bonds, as market reports call them by the plural of their issuer's or their own
// name: "investors bought Treasuries", "Bunds rallied", "BTPs slipped", Russia's "GKO" and "OFZ"
// bills and bonds ("yields on GKOs fell"). A security, no body.
const GOVERNMENT_BONDS: ReadonlySet<string> = new Set(['treasuries', 'bunds', 'gilts', 'jgbs', 'btps', 'bonos', 'gko', 'gkos', 'ofz', 'ofzs']);
// Bonds named for the man whose plan made them, a surname only before the noun of the bond:
// "Argentine Brady bonds rose" (Nicholas Brady, where "Brady said" is the man).
const NAMED_BONDS: ReadonlySet<string> = new Set(['brady']);
const BOND_NOUNS: ReadonlySet<string> = new Set(['bond', 'bonds', 'debt', 'paper']);

/** "Brady bonds": a bond named for a plan's author, before the noun of the bond. */
function isNamedBond(tokens: Token[], at: number): boolean {
  return NAMED_BONDS.has(tokens[at].lower) && BOND_NOUNS.has(tokens[at + 1]?.lower ?? '');
}

/** "Brent crude", "WTI rose to $88 a barrel": an oil benchmark in an oil report, not a man or a firm. */
function isCrudeBenchmark(tokens: Token[], at: number): boolean {
  return CRUDE_BENCHMARKS.has(tokens[at].lower) && tokens.some((t) => OIL_WORDS.has(t.lower));
}
