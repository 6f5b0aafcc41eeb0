import { AFFIXED_MODIFIER, CAMP_DWELLERS, CAMP_NOUNS, COMPASS_DIRECTIONS, COMPASS_REGIONS, DIVISION_HEADS, IRISH_COUNTIES, LEADING_PLACE_HEADS, NUMBERED_ROAD_WORDS, STREET_HEADS, ROMANCE_PLACE_HEADS, OF_BUILDING_HEADS, OF_PLACE_HEADS, MAX_RESOURCE_WORDS, PLACE_NOUNS_AFTER_NAME, PLURAL_DIVISION_NOUNS, PLURAL_FEATURE_NOUNS, PLACE_PART_WORDS, RESOURCE_SITE_NOUNS, RESOURCE_WORDS, SAINT_WORDS } from '../../lexicon/place-words';
import { ORDINAL_WORDS } from '../../lexicon/number-words';
import { LIST_SEPARATORS, SURNAME_PARTICLES } from '../../lexicon/name-connectors';
import { gazetteer, isUsState, LARGE_CITY_POPULATION } from '../../lexicon/gazetteer';
import { FEATURES_AFTER_ARTICLE } from '../../lexicon/gazetteer/natural-features';
import { CHANGE_VERBS } from '../../lexicon/change-verbs';
import { INSTITUTION_HEADS, NEWS_AGENCIES, OF_TOWN_NOUNS, PLACE_CLASS_NOUNS, PLACE_HEADS } from '../../lexicon/org-words';
import { isCalendarWord, isEnglishWord, isFunctionWord, isGivenName, isSurname, lexiconKind, lexiconTags } from './name-words';
import { personCue } from './context-cues';
import { standsBesideResultVerb } from './teams';
import { ADMINISTRATION_QUALIFIERS, EMPLOYER_TITLES, ROLE_NOUNS, TITLE_HEADS } from '../../lexicon/titles';
import { MONTHS } from '../../lexicon/months';
import { gazetteerPlaceOf, writtenPhrase } from './gazetteer-place';
import { hyphenParts, lowerPhrase, opensSentence, type Token } from './tokens';

/** The whole run is a place the gazetteer knows: "Brussels", "North America", "U.S.". */
export function isGazetteerPlace(tokens: Token[], from: number, to: number): boolean {
  return gazetteerPlaceOf(tokens, from, to) !== undefined;
}

// A road's number: "95", "101", "1A"; not a year ("Highway 2010 plan") or a count with a comma.
const ROAD_NUMBER = /^\d{1,3}[A-Z]?$/;

/**
 * Past the number of a road the run names: "Interstate 95", "State Highway 1", "Route 66".
 * A lower-case word may not precede it alone ("the route 66 takes"), so the run's last word,
 * capitalized, is the road's word. Returns -1 for none.
 */
export function numberedRoadEnd(tokens: Token[], from: number, to: number): number {
  const number = tokens[to];
  if (!NUMBERED_ROAD_WORDS.has(tokens[to - 1].lower) || !number || number.breakBefore || !ROAD_NUMBER.test(number.text)) return -1;
  return to - from === 1 && tokens[to - 1].lower === 'road' ? -1 : to + 1;
}

// A road's code of letters and a number: "M4", "A-7", "BR-101", "N2", "E40".
const ROAD_CODE = /^[A-Z]{1,3}-?\d{1,3}$/;

// Lower-case nouns of a road that name a coded one before them: "the M4 motorway", "the BR-101 highway".
const CODED_ROAD_NOUNS: ReadonlySet<string> = new Set(['motorway', 'highway', 'expressway', 'freeway', 'autobahn', 'autoroute', 'autostrada', 'autopista']);

export const CODED_ROAD_RULE = 'location/coded-road';

/**
 * "closed the M4 motorway", "The A-7 motorway was shut", "the BR-101 highway": a code of letters
 * and a number before a lower-case noun of a road is the road's name. The same shape before other
 * nouns names a jet, a rifle or a group ("A320 jets", "M16 rifles", "M23 rebels").
 */
export function isCodedRoad(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return ROAD_CODE.test(tokens[i].text) && !!next && !next.breakBefore && !next.cap && CODED_ROAD_NOUNS.has(next.lower);
}

// A street's number in figures, as Manhattan's grid and many US towns name streets: "39th", "14th", "2nd".
const STREET_ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

// Compass words that open a numbered street's name, capitalized: "East 14th Street", "West 4th Street".
const STREET_COMPASS = new Set(['east', 'west', 'north', 'south']);

export const NUMBERED_STREET_RULE = 'location/numbered-street';

/**
 * Where a street named by its number starts: "south of 39th Street", "on East 14th Street". The
 * figures are no name's word, so the run holds the street's word alone, and the number (with a
 * capitalized compass word before it) opens the name. Returns -1 for none.
 */
export function numberedStreetStart(tokens: Token[], from: number, to: number): number {
  const number = tokens[from - 1];
  if (to - from !== 1 || !STREET_HEADS.has(tokens[from].lower.replace(/\.$/, '')) || !number || tokens[from].breakBefore || !STREET_ORDINAL.test(number.text)) return -1;
  const compass = tokens[from - 2];
  return compass?.cap && !number.breakBefore && STREET_COMPASS.has(compass.lower) ? from - 2 : from - 1;
}

/**
 * Place words written in capitals only: China's special administrative regions ("Hong Kong SAR");
 * "Sar" in a name is a surname ("Edwin van der Sar").
 */
const CAPITALS_PLACE_HEADS = new Set(['SAR']);

/** The run ends in a place word: "Changi Airport", "Hong Kong Island", "Fifth Avenue". */
export function hasPlaceHead(tokens: Token[], from: number, to: number): boolean {
  const head = tokens[to - 1];
  return to - from > 1 && (PLACE_HEADS.has(head.lower.replace(/\.$/, '')) || CAPITALS_PLACE_HEADS.has(head.text)) && !isCourtCircuit(tokens, to);
}

// What numbers a circuit of the courts: "the Eleventh Circuit", "the 9th Circuit", "the Federal Circuit".
const NUMBERED_ORDINAL = /^\d+(?:st|nd|rd|th)$/;
const COURT_CIRCUIT_NAMES: ReadonlySet<string> = new Set(['federal', 'd.c.']);

/** "the Court of Appeals for the Eleventh Circuit": a circuit an ordinal numbers is the court's, not a racing track. */
function isCourtCircuit(tokens: Token[], to: number): boolean {
  const before = tokens[to - 2]?.lower ?? '';
  return tokens[to - 1].lower === 'circuit' && (ORDINAL_WORDS.has(before) || NUMBERED_ORDINAL.test(before) || COURT_CIRCUIT_NAMES.has(before));
}

/**
 * The run opens with a place word: "Lake Chad", "Mt. Fuji", "Gulf of Aden", "Strait of Hormuz".
 * The caller rules out organizations first ("Lake Forest College", "Port Authority").
 */
export function hasLeadingPlaceHead(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const head = tokens[from].lower.replace(/\.$/, '');
  if (tokens[from + 1].lower === 'of') return to - from > 2 && OF_PLACE_HEADS.has(head) && !namesBodyOfPlace(tokens, from, to);
  if (head === COUNTY) return isCountyName(tokens, from, to);
  if (head === COUNTY_ABBREVIATION) return to - from === 2 && tokens[from + 1].cap && IRISH_COUNTIES.has(tokens[from + 1].lower);
  return LEADING_PLACE_HEADS.has(head) && tokens[from + 1].cap;
}

const COUNTY = 'county';
const COUNTY_ABBREVIATION = 'co';

/**
 * "County Kerry", "County Durham": Ireland's and Britain's counties put the word first, before one
 * word that is no body's or post's ("County Council", "County Commissioner" are bodies and posts).
 */
function isCountyName(tokens: Token[], from: number, to: number): boolean {
  const name = tokens[from + 1];
  return to - from === 2 && name.cap && !name.upper && !INSTITUTION_HEADS.has(name.lower) && !PLACE_HEADS.has(name.lower) && !TITLE_HEADS.has(name.lower) && !ROLE_NOUNS.has(name.lower);
}

/**
 * "the Port of London Authority", "the Gulf of Mexico Alliance": a place that "of" names, then a
 * body's head, is the body's name.
 */
export function namesBodyOfPlace(tokens: Token[], from: number, to: number): boolean {
  return to - from > 3 && tokens[from + 1].lower === 'of' && OF_PLACE_HEADS.has(tokens[from].lower) && INSTITUTION_HEADS.has(tokens[to - 1].lower);
}

// The most words of the town that closes a campus's name: "Abu Dhabi", "New York City".
export const MAX_CAMPUS_TOWN_WORDS = 3;

/**
 * "Imperial College London", "New York University Abu Dhabi": an institution's head, then the
 * town or country its campus is in, close the run, which is the institution's name. The head
 * needs a word of the name before it, so "College London" alone names nothing.
 */
export function namesCampusOfPlace(tokens: Token[], from: number, to: number): boolean {
  for (let k = to - 1; k >= Math.max(from + 2, to - MAX_CAMPUS_TOWN_WORDS); k--) {
    if (INSTITUTION_HEADS.has(tokens[k - 1].lower) && gazetteerPlaceOf(tokens, k, to)) return true;
  }
  return false;
}

/**
 * "Costa del Sol", "Santiago de Compostela", "Puerto de la Cruz": a Romance place word and a
 * particle open a place's name, not a person's ("Juan de la Cruz" opens with a given name);
 * after "the", two words are enough ("the Costa Brava", "the Rio Grande").
 */
export function isRomancePlaceName(tokens: Token[], from: number, to: number): boolean {
  const head = tokens[from].lower;
  if (to - from < 2 || tokens[from].upper || !tokens[to - 1].cap) return false;
  if (SURNAME_PARTICLES.has(tokens[from + 1].text)) return ROMANCE_PLACE_HEADS.has(head) || LEADING_PLACE_HEADS.has(head);
  return to - from === 2 && tokens[from - 1]?.lower === 'the' && ROMANCE_PLACE_HEADS.has(head) && tokens[from + 1].cap;
}

/**
 * A building's head before "of" and what it holds or serves, all one name: "the Metropolitan
 * Museum of Art", "the National Museum of Cambodia"; a town after "of" only says where the
 * building stands ("the Aviation Museum of McMinnville, Oregon").
 */
export function namesBuildingOf(tokens: Token[], from: number, to: number): boolean {
  const of = ofIndex(tokens, from, to);
  if (of <= from || of >= to - 1 || !OF_BUILDING_HEADS.has(tokens[of - 1].lower) || !tokens.slice(from, of).every((t) => t.cap)) return false;
  return gazetteerPlaceOf(tokens, of + 1, to)?.type !== 'city';
}

/** The "of" after a division's name that the larger place follows: "the Pudong New Area of Shanghai"; -1 if none. */
export function divisionOfIndex(tokens: Token[], from: number, to: number): number {
  const of = ofIndex(tokens, from, to);
  return of > from + 1 && of < to - 1 && DIVISION_HEADS.has(tokens[of - 1].lower) && hasPlaceHead(tokens, from, of) ? of : -1;
}

function ofIndex(tokens: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (tokens[k].lower === 'of') return k;
  return -1;
}

export const FEATURE_AFTER_ARTICLE_RULE = 'location/feature-after-article';

/**
 * "logging in the Amazon", "the Jordan's west bank", "the Amazon rainforest": a river or forest
 * after "the", where no noun follows that the name would qualify ("the Amazon warehouse"). A
 * country's possessive stands for the article ("Deforestation in Brazil's Amazon fell").
 */
export function isFeatureAfterArticle(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  // "Brazil's Amazon rainforest" is the landform's rule's own.
  const owned = !!before && (before.lower === 'the' || (before.possessive && isCountryOrRegion(before) && !isFeatureBeforeLandform(tokens, from, to)));
  if (to - from !== 1 || !owned || !FEATURES_AFTER_ARTICLE.has(tokens[from].lower)) return false;
  const next = tokens[to];
  if (tokens[from].possessive || !next?.word || next.breakBefore) return true;
  // "the Amazon is burning", "the Amazon basin", "the Amazon last year", "logging in the Amazon
  // rose" (a verb of change the lexicon also reads as a noun); not "the Amazon founder", a noun
  // the lexicon may not know.
  const dated = isCalendarWord(tokens[to + 1]?.lower ?? '');
  return !next.cap && (PLACE_NOUNS_AFTER_NAME.has(next.lower) || isFunctionWord(next.lower) || isVerbOnly(next.lower) || CHANGE_VERBS.has(next.lower) || dated);
}

export const FEATURE_BEFORE_LANDFORM_RULE = 'location/feature-before-landform';

/**
 * "Brazil's Amazon rainforest", "Congo basin countries", "ships on the Hudson river": a river or
 * forest before a lower-case word for land or water is that place, also with no article and though
 * a firm bears its name; "Amazon warehouse workers" names the firm.
 */
export function isFeatureBeforeLandform(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  return to - from === 1 && !tokens[from].possessive && FEATURES_AFTER_ARTICLE.has(tokens[from].lower) &&
    !!next?.word && !next.cap && !next.breakBefore && LANDFORM_NOUNS.has(next.lower);
}

// Words for the land or water a river or a forest names; not "area" or "region", which a firm's
// market takes too ("Amazon region manager").
const LANDFORM_NOUNS = new Set(['river', 'basin', 'rainforest', 'jungle', 'delta', 'estuary', 'valley', 'forest', 'forests', 'headwaters', 'floodplain']);

const VERB_TAGS = new Set(['Verb', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Participle', 'Adverb']);
const NOUN_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Adjective']);

/** A word the lexicon knows as a verb or adverb and never as a noun: "flows", "burned", "quickly". */
function isVerbOnly(lower: string): boolean {
  const tags = lexiconTags(lower);
  return tags.some((t) => VERB_TAGS.has(t)) && !tags.some((t) => NOUN_TAGS.has(t));
}

/** "prices in the Southeast", "rain across the Northwest": a compass region after "the". */
export function isCompassRegion(tokens: Token[], from: number, to: number): boolean {
  return to - from === 1 && COMPASS_REGIONS.has(tokens[from].lower) && tokens[from - 1]?.lower === 'the' && !tokens[to]?.cap;
}

// Compass words after a place name a district or constituency of it.
const TRAILING_COMPASS = new Set(['north', 'south', 'east', 'west', 'central']);

// Words before a compass point that place a city's side further: "the Upper East Side", "the Near North Side".
const SIDE_QUALIFIERS = new Set(['upper', 'lower', 'near', 'far']);

/** "the Upper East Side", "the Lower East Side", "the West Side": a city's side named by its compass point. */
function isCitySide(tokens: Token[], from: number, to: number): boolean {
  const qualified = SIDE_QUALIFIERS.has(tokens[from].lower) ? 1 : 0;
  return to - from === 2 + qualified && tokens[to - 1].text === 'Side' && COMPASS_DIRECTIONS.has(tokens[from + qualified].lower);
}

/**
 * A compass or part word before a known place: "Southern California", "East Jerusalem",
 * "Greater London"; or a compass point after it: "Kowloon West", "Dublin Central"; or a city's
 * side ("the Upper East Side").
 */
export function isPlacePart(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  if (isCitySide(tokens, from, to)) return true;
  if (PLACE_PART_WORDS.has(tokens[from].lower) && isGazetteerPlace(tokens, from + 1, to)) return true;
  return to - from === 2 && TRAILING_COMPASS.has(tokens[from + 1].lower) && isGazetteerPlace(tokens, from, from + 1);
}

/**
 * The end of the longest gazetteer place that opens the run, if a name follows it:
 * "United States Barack Obama" → after "United States". Returns -1 when none does.
 */
export function placePrefixEnd(tokens: Token[], from: number, to: number): number {
  const max = Math.min(to - 1, from + gazetteer().maxWords);
  for (let end = max; end > from; end--) if (isGazetteerPlace(tokens, from, end)) return end;
  return -1;
}

/**
 * The places a hyphenated word joins, when every part is one: "Russia-Ukraine" → Russia,
 * Ukraine. Returns offsets into the text; [] when a part is not a place ("Coca-Cola").
 */
export function hyphenatedPlaces(t: Token): Array<{ start: number; end: number }> {
  return hyphenParts(t, (part) => !!gazetteer().place(part) && !gazetteer().isDemonym(part));
}

// A party's letter glued to a lawmaker's state: "Sen. Jane Roe (D-Calif.)", "Rep. John Doe, R-N.Y.,".
const PARTY_STATE = /^[DRI]-(.+)$/;

/** The state in a party's letter and state ("D-Calif." → "Calif.", its dot a token of its own), or undefined. */
export function partyState(tokens: Token[], i: number): { start: number; end: number } | undefined {
  const t = tokens[i];
  const state = PARTY_STATE.exec(t.text)?.[1];
  if (!state) return undefined;
  const dot = tokens[i + 1]?.text === '.' && tokens[i + 1].start === t.end;
  const written = [dot ? `${state}.` : state, state].find((s) => gazetteer().place(s)?.type === 'state');
  if (!written) return undefined;
  return { start: t.end - state.length, end: t.end - state.length + written.length };
}

/**
 * A country or region, not a city or a state: "Canada", "Europe". A name before one is a branch
 * ("Ford Australia"); before a state it is mostly a place ("Baja California").
 */
export function isCountryOrRegion(t: Token): boolean {
  const type = gazetteer().place(t.text)?.type;
  return type === 'country' || type === 'region';
}

// Oceans whose names also name railways, airlines and shipping lines after a people's word: "Canadian Pacific".
const FIRM_NAMING_OCEANS: ReadonlySet<string> = new Set(['pacific', 'atlantic']);

/**
 * "Pakistani Kashmir", "Iraqi Kurdistan", "Turkish Cyprus", "the Canadian Arctic": a people's
 * adjective before a region or a country names the part of that place the people hold or live
 * in, not a firm's branch there, as a name before a country does ("Ford Australia").
 */
export function isPeoplesPartOfPlace(tokens: Token[], from: number, to: number): boolean {
  return to - from === 2 && gazetteer().isDemonym(tokens[from].text) && isCountryOrRegion(tokens[from + 1]) && !FIRM_NAMING_OCEANS.has(tokens[from + 1].lower);
}

/**
 * A comma and a country or state follow the run: "Irving, Texas", "Kanata, Ontario", and as a
 * modifier, "the Kent, Washington-based firm".
 */
export function isPlaceQualified(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== ',') return false;
  const max = Math.min(tokens.length, to + 1 + gazetteer().maxWords);
  for (let end = max; end > to + 1; end--) {
    const last = tokens[end - 1].text;
    const affixed = AFFIXED_MODIFIER.test(last);
    const name = affixed ? `${writtenPhrase(tokens, to + 1, end - 1)} ${last.replace(AFFIXED_MODIFIER, '')}`.trim() : writtenPhrase(tokens, to + 1, end);
    const place = gazetteer().place(name);
    // "Clay, New York": a state that shares its name with its city qualifies as the state.
    const qualifies = place && (place.type === 'country' || place.type === 'state' || isUsState(place.canonical));
    // The place must end there: in "Air China, China Eastern Airlines" it opens a longer name, and
    // in "Safaricom, Kenya's largest telecoms company" it owns the apposition.
    if (qualifies) return !tokens[end - 1].possessive && (affixed || !tokens[end]?.cap);
  }
  return false;
}

/**
 * "Long Grove, Ill.,", "Princeton , N.J. ,": a comma and a state abbreviated in the AP's dotted
 * style follow the run, which only a city or town takes, whatever else its words could name.
 */
export function isStateAbbreviated(tokens: Token[], to: number): boolean {
  const state = tokens[to + 1];
  if (tokens[to]?.text !== ',' || !state?.text.endsWith('.') || gazetteer().place(state.text)?.type !== 'state') return false;
  const after = tokens[to + 2];
  return !after || after.breakBefore || !after.word;
}

// Prepositions of place and movement before a city: "in Austin", "flew to Charlotte", "from Darwin".
const CITY_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout', 'from', 'to', 'into', 'toward', 'towards', 'via', 'around']);

// Prepositions of where something is, which a firm's name takes less often than a town's: "rebels in Meta".
const TOWN_ONLY_PREPOSITIONS = new Set(['in', 'near', 'outside', 'around']);

// What a city is the place "of": "the mayor of Orlando", "the streets of Charlotte".
const OF_CITY_NOUNS = new Set([...PLACE_CLASS_NOUNS, ...OF_TOWN_NOUNS]);

/**
 * A city or county whose name is also a given name or a word, where a preposition of place comes
 * before it or its state follows: "flew from Austin to Phoenix", "protests in Charlotte", "ORLANDO,
 * Fla.", "the mayor of Orlando"; or a verb of a match, which makes it a side: "Essex beat Kent".
 */
export function isCuedAmbiguousPlace(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to - 1].possessive || gazetteer().ambiguousPlace(writtenPhrase(tokens, from, to)) === undefined) return false;
  const before = tokens[from - 1];
  // "demand from Meta", "suppliers to Toyota": a firm the lexicon knows is meant, unless a
  // preposition only places take ("rebels in Meta") or a state follows the name.
  if (lexiconKind(lowerPhrase(tokens, from, to)) === 'organization') return (!!before && TOWN_ONLY_PREPOSITIONS.has(before.lower)) || isPlaceQualified(tokens, to);
  if (before?.lower === 'of' && OF_CITY_NOUNS.has(tokens[from - 2]?.lower ?? '')) return true;
  if (standsBesideResultVerb(tokens, from, to)) return true;
  return (!!before && CITY_PREPOSITIONS.has(before.lower)) || isPlaceQualified(tokens, to) || isListedWithPlace(tokens, from, to);
}

/**
 * "Kent, Essex and Sussex", "Devon and Cornwall": a name listed next to a place the gazetteer
 * knows outright, with nothing but a comma or "and" between, is a place of the same list. An
 * English word ("Paris, Nice and Lyon") takes the list's kind from the document's list rule.
 */
function isListedWithPlace(tokens: Token[], from: number, to: number): boolean {
  if (to - from === 1 && isEnglishWord(tokens[from].lower)) return false;
  const next = tokens[to + 1];
  if (LIST_SEPARATORS.has(tokens[to]?.lower ?? '') && next?.cap && !next.breakBefore && isOutrightPlace(tokens[to + 1])) return true;
  const previous = tokens[from - 2];
  return LIST_SEPARATORS.has(tokens[from - 1]?.lower ?? '') && !!previous?.cap && !tokens[from - 1].breakBefore && isOutrightPlace(previous);
}

/** One word the gazetteer holds as a place with no cue needed, and no word after it goes on with: "Essex", "York". */
const isOutrightPlace = (t: Token) => !t.upper && !!gazetteer().place(t.text);

/**
 * A large city whose name is a given name, standing alone with no cue for a person: "storms hit
 * Orlando", "Adelaide beat Perth". News calls people by surname, so the given name alone is the city.
 */
export function isUncuedLargeCity(tokens: Token[], from: number, to: number): boolean {
  const t = tokens[from];
  if (to - from !== 1 || t.possessive || t.upper) return false;
  const city = gazetteer().ambiguousPlace(t.text);
  if (!city || (city.population ?? 0) < LARGE_CITY_POPULATION || isEnglishWord(t.lower) || isSurname(t.lower)) return false;
  return !personCue(tokens, from, to);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// The most words a dateline's place takes: "RIO DE JANEIRO", "ST. KITTS AND NEVIS".
const MAX_DATELINE_WORDS = 4;

/**
 * The name opens a dateline: "NEW YORK 1996-08-23", "LONDON, Feb. 15", "ISLAMABAD (Reuters) -".
 * There it is the place the story was filed from, even where the story calls a club by the same name.
 */
export function opensDateline(tokens: Token[], i: number, matched: number): boolean {
  return (i === 0 || tokens[i].breakBefore) && (isDateAfter(tokens, i + matched) || isWireSourceAfter(tokens, i + matched));
}

/** The agency that files the story, in brackets: "(Reuters)", "(AP)". */
function isWireSourceAfter(tokens: Token[], at: number): boolean {
  return tokens[at]?.text === '(' && NEWS_AGENCIES.has(tokens[at + 1]?.lower ?? '') && tokens[at + 2]?.text === ')';
}

// The dash that ends a modern dateline before the story: "MARAWI, Philippines -", "GOMA, Congo —".
const DATELINE_DASHES = new Set(['-', '—', '–']);

/** A date follows, maybe after a comma: "1996-08-23", ", Feb. 15". */
function isDateAfter(tokens: Token[], at: number): boolean {
  let next = tokens[at];
  if (next?.text === ',') next = tokens[at + 1];
  if (!next || next.breakBefore) return false;
  return ISO_DATE.test(next.text) || MONTHS.has(next.lower.replace(/\.$/, ''));
}

/**
 * The end of a place in capitals that opens a dateline, whether or not a list knows it:
 * "GROZNY 1996-08-22", "SREBRENICA, Bosnia 1996-08-22". Wire services file every story from a
 * place, so the capitals there name one. Returns -1 when the line opens no dateline.
 */
export function datelinePlaceEnd(tokens: Token[], from: number): number {
  for (let end = from + 1; end <= from + MAX_DATELINE_WORDS && isDatelineWord(tokens[end - 1]); end++) {
    // "SATURDAY , SEPTEMBER 14TH SCHEDULE": a schedule's day heads the line, where no place is.
    if ((end > from + 1 && tokens[end - 1].breakBefore) || isCalendarWord(tokens[end - 1].lower)) return -1;
    if (opensDateline(tokens, from, end - from) || isQualifiedDateline(tokens, from, end)) return end;
  }
  return -1;
}

/** A word in capitals without digits: a wire file's id before its date ("ABC19980108.1830.0711 NEWS STORY") names no place. */
function isDatelineWord(token: Token | undefined): boolean {
  return !!token?.upper && token.word && !/\d/.test(token.text);
}

/**
 * "SREBRENICA, Bosnia 1996-08-22", "MARAWI, Philippines (Reuters) -", "GOMA, Congo —": the place,
 * a comma, the country or state, then the date, the agency or the dash that ends the dateline.
 */
function isQualifiedDateline(tokens: Token[], from: number, end: number): boolean {
  if ((from > 0 && !tokens[from].breakBefore) || tokens[end]?.text !== ',') return false;
  const max = Math.min(tokens.length, end + 1 + gazetteer().maxWords);
  for (let stop = max; stop > end + 1; stop--) {
    if (!tokens[stop - 1].breakBefore && gazetteerPlaceOf(tokens, end + 1, stop) && (isDateAfter(tokens, stop) || isWireSourceAfter(tokens, stop) || DATELINE_DASHES.has(tokens[stop]?.text ?? ''))) return true;
  }
  return false;
}

// Features of land and water that a capitalized English word before them names: "the Swat
// river", "the Snake river", "the Red river delta".
const NAMED_FEATURE_NOUNS: ReadonlySet<string> = new Set(['river', 'valley', 'glacier', 'canal', 'delta', 'gorge', 'estuary', 'lagoon', 'volcano']);

/**
 * "the Zamzam camp", "the Kakuma refugee camp": a camp after a name that is no one's, which a
 * campaign's camp would be ("the Haley camp", "the Biden camp said").
 */
function isCampOfName(tokens: Token[], from: number, to: number): boolean {
  const noun = CAMP_DWELLERS.has(tokens[to].lower) ? tokens[to + 1] : tokens[to];
  if (!noun || !CAMP_NOUNS.has(noun.lower)) return false;
  return tokens.slice(from, to).every((t) => !isGivenName(t.lower) && !isSurname(t.lower)) && !lexiconKind(lowerPhrase(tokens, from, to));
}

/**
 * The index of the site's noun after what it yields ("the Tara zinc mine", "the Rosebank oil
 * field"), or `to` itself when no resource word follows the run.
 */
function siteNounIndex(tokens: Token[], to: number): number {
  let i = to;
  while (i < to + MAX_RESOURCE_WORDS && tokens[i] && !tokens[i].cap && RESOURCE_WORDS.has(tokens[i].lower)) i++;
  return i > to && tokens[i] && !tokens[i].cap && RESOURCE_SITE_NOUNS.has(tokens[i].lower) ? i : to;
}

/**
 * A lower-case noun of a kind of place follows the run, maybe after what the site yields: "the
 * Erez checkpoint", "the Drina valley", "the Tara zinc mine". Not when a post follows the noun,
 * which makes the run a company's: "Smith area manager".
 */
export function isNamedByPlaceNoun(tokens: Token[], from: number, to: number): boolean {
  const nounAt = siteNounIndex(tokens, to);
  const after = tokens[nounAt];
  if (!after || !after.word || after.cap || tokens[to - 1].possessive) return false;
  const closesList = LIST_SEPARATORS.has(tokens[from - 1]?.lower ?? '');
  const listedFeature = PLURAL_FEATURE_NOUNS.has(after.lower) && closesList;
  const listed = (PLURAL_DIVISION_NOUNS.has(after.lower) && closesList) || listedFeature;
  if (nounAt === to && !(PLACE_NOUNS_AFTER_NAME.has(after.lower) || listed || isCampOfName(tokens, from, to))) return false;
  // "the Euro area", "the Syrian-Lebanese border", "the Kurdish region": a word, a compound or an
  // adjective; an Arabic article's hyphen is the name's own ("the Rabaa al-Adawiya mosque").
  // A foreign word before an English one still makes a name ("Mae Rim district", "Nam Co lake"),
  // and before a feature of land or water an English word capitalized inside a sentence names it
  // ("the Swat river", "the Snake river"), where a division would not ("the Euro area").
  const last = tokens[to - 1];
  // A list's last river may join two names, none a people's ("the Sacobia and Pasig-Potrero rivers").
  const joinedNames = listedFeature && last.text.split('-').every((part) => !gazetteer().isDemonym(part) && !isPlaceAdjective(part));
  const compound = last.text.includes('-') && !SURNAME_PARTICLES.has(last.lower.slice(0, last.lower.indexOf('-'))) && !joinedNames;
  const namedFeature = (NAMED_FEATURE_NOUNS.has(after.lower) || listedFeature) && !opensSentence(tokens, from);
  const english = tokens.slice(from, to).every((t) => isEnglishWord(t.lower)) && !namedFeature;
  if (compound || last.lower.endsWith('ish') || english || isPlaceAdjective(last.text)) return false;
  // "the Tory ward", "the Labour constituency": a party or a level of government holds the
  // division and names none; "Shiu Ka-chun of the Social Welfare constituency": a run held
  // together by "of the" is a person's or a body's, not the division's name.
  if (ADMINISTRATION_QUALIFIERS.has(last.lower) || tokens.slice(from, to).some((t) => !t.cap && isFunctionWord(t.lower))) return false;
  const post = tokens[nounAt + 1]?.lower ?? '';
  return !TITLE_HEADS.has(post) && !EMPLOYER_TITLES.has(post) && !ROLE_NOUNS.has(post);
}

// The endings that make a people's adjective of a place's name: "Dagestani", "Bosnian", "Bavarian", "Sudanese".
const ADJECTIVE_ENDINGS = ['i', 'ian', 'n', 'an', 'ese'];

/** A place's name with an adjective's ending, which no list of demonyms has: "Dagestani", "Kosovan", "Bavarian". */
export function isPlaceAdjective(word: string): boolean {
  if (gazetteer().place(word)) return false;
  return ADJECTIVE_ENDINGS.some((ending) => {
    const stem = word.endsWith(ending) ? word.slice(0, -ending.length) : '';
    return stem.length > 2 && ['', 'a', 'o', 'e'].some((vowel) => gazetteer().place(stem + vowel) !== undefined);
  });
}

/**
 * The possessive at `j` is inside a place's name the run opens: "the People's Republic of China";
 * or a saint's, before the head of what is named for the saint: "St. Patrick's Cathedral", "St
 * Mary's Hospital".
 */
export function isPossessiveInPlaceName(tokens: Token[], from: number, j: number): boolean {
  const next = tokens[j + 1];
  if (!next?.cap) return false;
  const saint = j > from && SAINT_WORDS.has(tokens[j - 1].lower.replace(/\.$/, ''));
  if (saint && !next.breakBefore && (PLACE_HEADS.has(next.lower) || INSTITUTION_HEADS.has(next.lower))) return true;
  for (let start = Math.max(from, j - gazetteer().maxWords); start <= j; start++) {
    const max = Math.min(tokens.length, start + gazetteer().maxWords);
    for (let end = j + 2; end <= max; end++) if (isGazetteerPlace(tokens, start, end)) return true;
  }
  return false;
}

/**
 * A state or region's name right before a city's, with no comma between, names a club from the
 * city: "Bayern Munich", "Lazio Rome". Prose writes a place and its region with a comma.
 */
export function isClubOfTwoPlaces(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 2 || tokens[from].possessive) return false;
  const [region, city] = [gazetteer().place(tokens[from].text), gazetteer().place(tokens[from + 1].text)];
  return city?.type === 'city' && (region?.type === 'state' || region?.type === 'division');
}

// Heads of a university system whose campuses are named with "at".
const CAMPUS_HEADS = new Set(['university', 'college']);
// How many words the state before the campus may have: "University of North Carolina at".
const STATE_WORDS = 3;

/**
 * "the University of North Carolina at Chapel Hill", "University of Texas at Arlington": the
 * words after a state university's "at" name the town of its campus, though no list knows it.
 */
export function isCampusTown(tokens: Token[], from: number): boolean {
  if (tokens[from - 1]?.lower !== 'at' || tokens[from].breakBefore) return false;
  for (let of = from - 3; of >= Math.max(1, from - 2 - STATE_WORDS); of--) {
    if (tokens[of].lower !== 'of') continue;
    return CAMPUS_HEADS.has(tokens[of - 1].lower) && isGazetteerPlace(tokens, of + 1, from - 1);
  }
  return false;
}

// English towns named with their river or their place by a linking word: "Stratford-upon-Avon",
// "Henley-on-Thames", "Barrow-in-Furness", "Weston-super-Mare".
const LINKED_TOWN = /^\p{Lu}\p{Ll}+-(?:upon|on|under|in|by|super)-\p{Lu}\p{Ll}+$/u;

// A word of such a town's name, spaced: "Burton upon Trent", "Frankfurt am Main".
const TOWN_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * "Burton upon Trent", "Kingston upon Hull", "Frankfurt am Main", "Offenbach am Main": a town
 * linked to its river by a spaced word, "upon" in England, "am" in Germany. "am" is also English
 * ("I am Sam"), so its town must be one the gazetteer knows.
 */
function linksTownToRiver(tokens: Token[], k: number): boolean {
  const [town, link, river] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (!town || !river || river.breakBefore || link.breakBefore || !TOWN_WORD.test(town.text) || !TOWN_WORD.test(river.text)) return false;
  return link.text === 'upon' || (link.text === 'am' && !!gazetteer().place(town.text));
}

// German links of a town to its river with the river's article: "an der", "ob der".
const ARTICLED_RIVER_LINKS: ReadonlySet<string> = new Set(['an', 'ob']);

/**
 * How many words at `k` link a town to its river: one ("Burton upon Trent", "Frankfurt am
 * Main"), two where German writes the river's article ("Frankfurt an der Oder", "Halle an der
 * Saale", "Rothenburg ob der Tauber"), or 0 for none.
 */
export function townRiverLinkLength(tokens: Token[], k: number): number {
  if (linksTownToRiver(tokens, k)) return 1;
  const [town, link, article, river] = [tokens[k - 1], tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!town || !article || !river || link.breakBefore || article.breakBefore || river.breakBefore) return 0;
  const linked = ARTICLED_RIVER_LINKS.has(link.text) && article.text === 'der';
  // "Jan an der Berg": a given name no list holds as a place opens a Dutch or German person's name ("Halle" is both).
  const personal = isGivenName(town.lower) && !gazetteer().place(town.text);
  return linked && TOWN_WORD.test(town.text) && TOWN_WORD.test(river.text) && !personal ? 2 : 0;
}

/** A town linked to its river or its place, which no person's or firm's name is shaped as. */
export function isLinkedTownName(tokens: Token[], from: number, to: number): boolean {
  return (to - from === 1 && LINKED_TOWN.test(tokens[from].text)) || (to - from > 2 && townRiverLinkLength(tokens, from + 1) === to - from - 2);
}
