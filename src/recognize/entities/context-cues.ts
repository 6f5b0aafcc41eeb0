import { isGoodsMaker } from './goods-maker';
import { LIST_SEPARATORS, SURNAME_PARTICLES } from '../../lexicon/name-connectors';
import { APPOSITIVE_ORG_NOUNS, BODY_KIND_MODIFIERS, BODY_KIND_NOUNS, COMPANY_KIND_NOUNS, FIRM_PLURALS_BEFORE_EXAMPLES, INSTITUTION_HEADS, OF_TOWN_NOUNS, ORG_POSSESSIONS, POLITICAL_CREED_WORDS, ORG_ROLE_NOUNS, PLACE_CLASS_NOUNS, SETTLEMENT_CLASS_NOUNS } from '../../lexicon/org-words';
import { gazetteer } from '../../lexicon/gazetteer';
import { APPOSITIVE_PERSON_NOUNS, AUTHORED_WORKS, EMPLOYER_TITLES, GROUP_SPEAKERS, KIN_NOUNS, PERSONAL_POSSESSIONS, isPostNoun, ROLE_NOUNS, TITLE_HEADS } from '../../lexicon/titles';
import { englishWords } from '../../lexicon/english-words';
import { COMPASS_DIRECTIONS, JOURNEY_VERBS, PLACE_AT_WORDS, TURNED_BACK_VERBS } from '../../lexicon/place-words';
import { isCalendarWord, isClearGivenName, isCommonWord, isCommonWordOrPlural, isEnglishWord, isFunctionWord, isGivenName, isLexiconGivenName, isSurname, isWordOfSomeFirm, lexiconKind, lexiconTags } from './name-words';
import { PUBLIC_FIGURES } from '../../lexicon/public-figures';
import { PLAIN_PERSON_NOUNS } from '../../lexicon/people-nouns';
import { couldBeNicknamedPerson, couldBePersonName, personRule } from './person-shape';
import { isTitleWord } from './titles';
import { placeApposition } from './place-apposition';
import { isNonOrgAcronym, isPercentMover, isPlaceOfMover, isShareIssuer } from './price-mover';
import { opensSentence, type Token } from './tokens';
import { COMPANY_PREDICATE_RULE, SAID_RESULTS_RULE } from './cue-rules';
import { CHANGE_VERBS } from '../../lexicon/change-verbs';

// Verbs of saying that follow a person's name: "Paul Nesbit said", "Smith told reporters".
export const SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'explained', 'stated', 'noted', 'wrote', 'argued', 'asked', 'insisted', 'recalled', 'testified', 'tweeted']);
// Verbs in the plural after ", who", which no one person takes: "Saracens, who have signed Lynagh".
const PLURAL_RELATIVE_VERBS = new Set(['have', 'are', 'were']);

/** ", who" follows the run, and a verb in the singular or the past after it: "Smith, who has", not "Saracens, who have". */
export function opensPersonalRelative(tokens: Token[], to: number): boolean {
  return tokens[to]?.text === ',' && tokens[to + 1]?.lower === 'who' && !PLURAL_RELATIVE_VERBS.has(tokens[to + 2]?.lower ?? '');
}
// Places follow these: "in Kabul", "near Aceh".
const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'throughout']);
const JOURNEY_PREPOSITIONS = new Set(['to', 'from', 'into', 'toward', 'towards']);

/**
 * A person cue next to the run: a lower-case role noun before it ("analyst Chris Weafer",
 * "editor: Peng Yukai"), a verb of saying or ", who" after it ("John Smith said").
 */
export function personCue(tokens: Token[], from: number, to: number): string | undefined {
  if (to - from > 4 || tokens.slice(from, to).some((t) => !t.cap && !SURNAME_PARTICLES.has(t.lower))) return undefined;
  const colon = tokens[from - 1]?.text === ':';
  const before = tokens[colon ? from - 2 : from - 1];
  // "Goaltender Tarvo Gill stopped 40 shots": the role noun may open the sentence, capitalized.
  const roleAt = colon ? from - 2 : from - 1;
  const plainRole = !!before && (!before.cap || (!before.upper && opensSentence(tokens, roleAt)));
  const afterRole = plainRole && before.word && ROLE_NOUNS.has(before.lower) && !isBodysPartner(tokens, roleAt);
  if (afterRole && (couldBeNicknamedPerson(tokens, from, to) || isGivenNameAndWord(tokens, from, to))) return 'person/role-noun';
  if (isKinApposition(tokens, from, to)) return KIN_APPOSITION_RULE;
  if (!couldBePersonName(tokens, from, to)) return undefined;
  if (afterRole) return 'person/role-noun';
  const after = tokens[to];
  // "Residents in Grozny said": after a preposition of place the name is no speaker, nor is the
  // last of a list of places ("Residents of Round Rock and Pflugerville said").
  if (!after || tokens[to - 1].possessive || placeCue(tokens, from, to) || isListedAfterPlace(tokens, from)) return undefined;
  // "the Whitney said": a person's name takes no article; the body that speaks is read below.
  // "Analyst Ann Lee of Quorvex said", "a spokesman for Quorvex said": the speaker came before the preposition.
  if (SPEECH_VERBS.has(after.lower)) return speaksAsFirm(tokens, from, to) || !isSubjectPosition(tokens, from) ? undefined : 'person/said';
  if (opensPersonalRelative(tokens, to)) return 'person/who';
  return undefined;
}

const KIN_APPOSITION_RULE = 'person/kin-apposition';
/** The rule of a name whose shares trade: "Shares in Vale rose". */
export const SHARES_OF_RULE = 'organization/shares-of';
// What may close a relative's name set off by commas: "his wife, Patty, and", "a son, Mark; and".
const APPOSITION_CLOSERS = new Set([',', ';', '.', ')']);

/**
 * "survived by his wife, Patty, and a son, Mark": a relative's name set off by commas after the
 * kin noun is a person, though the given name is also an English word.
 */
function isKinApposition(tokens: Token[], from: number, to: number): boolean {
  const kin = tokens[from - 2];
  if (tokens[from - 1]?.text !== ',' || !kin || kin.cap || !KIN_NOUNS.has(kin.lower)) return false;
  const closer = tokens[to];
  if (closer && !APPOSITION_CLOSERS.has(closer.text)) return false;
  return isGivenName(tokens[from].lower) && tokens.slice(from, to).every((t) => !t.upper && !t.possessive);
}

// How many words may stand between "its" and "partner": "its junior coalition partner".
const PARTNER_REACH = 3;

/**
 * "its junior partner Komeito", "their partner Renault": a body's partner is a body, though a
 * person's ("his partner Ann") is a person.
 */
function isBodysPartner(tokens: Token[], role: number): boolean {
  if (tokens[role]?.lower !== 'partner') return false;
  for (let k = role - 1; k >= Math.max(0, role - PARTNER_REACH); k--) {
    if (tokens[k].lower === 'its' || tokens[k].lower === 'their') return true;
    if (!tokens[k].word || tokens[k].cap) return false;
  }
  return false;
}

/**
 * "manager Dusty Baker", "comedian Rich Little": a given name and one more word, though both are
 * English words. "forward Regi Blinker": so is a first word no dictionary holds, unless the last
 * is a body's head.
 */
function isGivenNameAndWord(tokens: Token[], from: number, to: number): boolean {
  const [first, last] = [tokens[from], tokens[to - 1]];
  const opener = isGivenName(first.lower) || (!englishWords().has(first.lower) && !INSTITUTION_HEADS.has(last.lower));
  return to - from === 2 && opener && !first.upper && !last.upper && !gazetteer().place(first.text) && !lexiconKind(`${first.lower} ${last.lower}`);
}

// Words before a name that make it no subject of the verb after it: "the", "of", "at", "for".
const NO_SPEAKER_BEFORE = new Set(['the', 'of', 'at', 'for', 'from']);

/** The name at `from` may be the subject of a verb after it: no article or preposition comes before it. */
export const isSubjectPosition = (tokens: Token[], from: number): boolean => !NO_SPEAKER_BEFORE.has(tokens[from - 1]?.lower ?? '');

// How many words the place before a list's "and" may have: "Round Rock", "New York City".
const LISTED_PLACE_WORDS = 3;

/**
 * The run follows a preposition, a place and "and", "or" or a comma: "(residents) of Round Rock
 * and Pflugerville"; the list is the preposition's object, not the subject ("Britain and Kinnock said").
 * The place before may be one that a noun of its kind introduces: "the villages of Shali and Samashki",
 * or that only a town has ("residents of Sleman and Bantul");
 * not one that ends a body's name ("the Bank of England and Quorvex").
 */
export function isListedAfterPlace(tokens: Token[], from: number): boolean {
  const joiner = tokens[from - 1];
  if (!joiner || (joiner.lower !== 'and' && joiner.lower !== 'or' && joiner.text !== ',')) return false;
  const end = from - 1;
  for (let start = end - 1; start >= Math.max(1, end - LISTED_PLACE_WORDS) && tokens[start].cap; start--) {
    const preposition = tokens[start - 1];
    if (gazetteer().place(tokens.slice(start, end).map((t) => t.text).join(' '))) return !preposition.cap && lexiconTags(preposition.lower).includes('Preposition') && !closesBodyName(tokens, start);
    if (placeClassCue(tokens, start, end) || townOfCue(tokens, start, end)) return true;
  }
  return false;
}

/** "the University of Tokyo and Riken": the place at `start` ends a body's name, an institution's head and "of" before it. */
function closesBodyName(tokens: Token[], start: number): boolean {
  const head = tokens[start - 2];
  return tokens[start - 1].lower === 'of' && !!head?.cap && INSTITUTION_HEADS.has(head.lower);
}

/**
 * A preposition of place before the run, or a verb of travel and its preposition: "in Aceh",
 * "near Kanata", "flew to Zvornik", "the camps at Mugunga". Not when a noun follows that
 * the name modifies, which makes it the noun's kind, not a place: "dead in Hajj stampede".
 */
export function placeCue(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (!before || isModifiedNoun(tokens[to]) || opensSubtitle(tokens, to)) return false;
  return PLACE_PREPOSITIONS.has(before.lower) || isJourneyEnd(tokens, from) || (before.lower === 'at' && isPlaceBeforeAt(tokens, from - 2)) || (isCompassOf(tokens, from) && !tokens[to - 1].possessive);
}

/** "10 km south of Zvornik", "just north of Sarajevo": a compass direction and "of" put what follows on the map. */
function isCompassOf(tokens: Token[], from: number): boolean {
  const direction = tokens[from - 2];
  return tokens[from - 1].lower === 'of' && !!direction && !direction.cap && COMPASS_DIRECTIONS.has(direction.lower);
}

/**
 * A cue that only a place takes, which names a town though its name is an English word: "the
 * village of Pale", "10 km south of Zvornik", "Sake, 25 km west of Goma", "residents of Lakes
 * Entrance".
 */
export function strongPlaceCue(tokens: Token[], from: number, to: number): boolean {
  // "west of Obama's rally", "south of Sterling levels": what the name owns or qualifies is the place.
  if (tokens[to - 1].possessive || isModifiedNoun(tokens[to])) return false;
  const settlement = tokens[from - 1]?.lower === 'of' && SETTLEMENT_CLASS_NOUNS.has(tokens[from - 2]?.lower ?? '');
  return (!!tokens[from - 1] && isCompassOf(tokens, from)) || settlement || placeApposition(tokens, to) || townOfCue(tokens, from, to);
}

// Nouns of a stop on a railway, which a stop's name comes before in lower case: "at Hakata station".
const STOP_NOUNS = new Set(['station', 'stations']);
// Words before a stop's name: where a journey is, starts, ends or passes, or the next of a list.
const STOP_LEADS = new Set([...JOURNEY_PREPOSITIONS, 'at', 'between', 'near', 'outside', 'via', 'past', 'and']);

/**
 * "trains between Hakata and Kagoshima-Chuo stations", "arrested at Angel station": a name after
 * a preposition, before a lower-case station noun, names the stop, which is a place; so does the
 * first of two names that "stations" follows. "the Fox station" has an article, not a preposition.
 */
export function namesStation(tokens: Token[], from: number, to: number): boolean {
  if (!STOP_LEADS.has(tokens[from - 1]?.lower ?? '') || tokens[to - 1].possessive) return false;
  let k = to;
  if (tokens[k]?.lower === 'and' && tokens[from - 1].lower !== 'and') {
    k++;
    while (tokens[k]?.cap && !tokens[k].breakBefore && !tokens[k].possessive) k++;
    return k > to + 1 && tokens[k]?.lower === 'stations';
  }
  return STOP_NOUNS.has(tokens[k]?.lower ?? '') && !tokens[k].cap;
}

/** "the camps at", "turned back at": the words before "at" (ending at `i`) put what follows on the map. */
function isPlaceBeforeAt(tokens: Token[], i: number): boolean {
  const word = tokens[i]?.lower ?? '';
  return PLACE_AT_WORDS.has(word) || (word === 'back' && TURNED_BACK_VERBS.has(tokens[i - 1]?.lower ?? ''));
}

/** A colon and a capitalized word follow: the run names a work by its title ("in Counter-Strike: Global Offensive"). */
function opensSubtitle(tokens: Token[], to: number): boolean {
  return tokens[to]?.text === ':' && !tokens[to].breakBefore && !!tokens[to + 1]?.cap && !tokens[to + 1].breakBefore;
}

/** A verb of travel and its preposition before the run: "flew to Zvornik", "fled from Zepa". */
function isJourneyEnd(tokens: Token[], from: number): boolean {
  if (!JOURNEY_PREPOSITIONS.has(tokens[from - 1].lower)) return false;
  // "fled back to Zepa", "fled south towards Urus-Martan": the way between the verb and its end.
  const way = tokens[from - 2]?.lower ?? '';
  const verb = way === 'back' || COMPASS_DIRECTIONS.has(way) ? tokens[from - 3] : tokens[from - 2];
  return !!verb && JOURNEY_VERBS.has(verb.lower);
}

// Events that are held at a ground or a course: "the second test at Loftus Versfeld", "the race at Road America".
const SPORTING_EVENT_NOUNS = new Set(['test', 'match', 'race', 'game', 'final', 'semifinal', 'tournament', 'championship', 'championships', 'rally', 'regatta', 'fixture', 'tie']);

/** "in the second test at Loftus Versfeld", "Sunday 's IndyCar race at Road America": where a sporting event is held. */
export function isEventVenue(tokens: Token[], from: number): boolean {
  return tokens[from - 1]?.lower === 'at' && SPORTING_EVENT_NOUNS.has(tokens[from - 2]?.lower ?? '');
}

// Prepositions before a ground that is gone to or played at: "at Soldier Field", "back to Citi Field".
const GROUND_PREPOSITIONS = new Set(['at', 'to', 'from', 'outside', 'inside', 'into']);

/**
 * "at Soldier Field", "to Globe Life Field": a name that "Field" ends, after a preposition of
 * place, is a ground, as "Park" ends a park; "Field" alone is a surname ("actress Sally Field").
 */
export function isFieldGround(tokens: Token[], from: number, to: number): boolean {
  return to - from > 1 && tokens[to - 1].text === 'Field' && GROUND_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '');
}

/**
 * A noun of a kind of place and "of" before the run: "the town of Yeoncheon", "the port of Umm
 * Qasr". Not where the name qualifies a noun after it ("a settlement of Johnson claims").
 */
export function placeClassCue(tokens: Token[], from: number, to: number): boolean {
  return tokens[from - 1]?.lower === 'of' && PLACE_CLASS_NOUNS.has(tokens[from - 2]?.lower ?? '') && !isModifiedNoun(tokens[to]);
}

// Nouns of a town that a name may follow with no "of": "the new capital Nusantara", "the port city Berdyansk".
// Narrower than SETTLEMENT_CLASS_NOUNS: "the neighborhood Starbucks", "the borough Council" name no place.
const APPOSED_TOWN_NOUNS = new Set(['town', 'city', 'village', 'hamlet', 'capital', 'port', 'suburb', 'resort']);
// Words that may stand between "the" and a town's noun: "the coastal town", "the Ukrainian port city".
const TOWN_NOUN_REACH = 3;

/**
 * "the new capital Nusantara", "the port city Berdyansk", "the coastal town Trouville": a noun of
 * a town after "the" and perhaps its adjectives, and the name right after it. Not a name that
 * qualifies a noun after it ("the city Council vote"), nor one a possessive follows.
 */
export function townNounApposition(tokens: Token[], from: number, to: number): boolean {
  const noun = tokens[from - 1];
  if (!noun || noun.cap || !APPOSED_TOWN_NOUNS.has(noun.lower) || tokens[to - 1].possessive || isModifiedNoun(tokens[to])) return false;
  for (let k = from - 2; k >= Math.max(0, from - 2 - TOWN_NOUN_REACH) && tokens[k].word; k--) {
    if (tokens[k].lower === 'the') return true;
    if (isFunctionWord(tokens[k].lower)) return false;
  }
  return false;
}

/**
 * "residents of Wendlebury", "the mayor of Tamworth": what only a town has, "of" the name at
 * [i, to), one word unless `to` is given ("residents of Zafferana Etnea").
 */
export function townOfCue(tokens: Token[], i: number, to = i + 1): boolean {
  const noun = tokens[i - 2];
  if (tokens[i - 1]?.lower !== 'of' || !noun || !OF_TOWN_NOUNS.has(noun.lower) || tokens[to - 1].possessive || isModifiedNoun(tokens[to])) return false;
  // "the seat of Government", "the heart of Parliament": an institution's head alone is no town.
  if (to - i === 1 && INSTITUTION_HEADS.has(tokens[i].lower)) return false;
  return !noun.cap || opensSentence(tokens, i - 2);
}

// Tags of words that may follow a place: "in Kabul yesterday", "in Kabul last week", "in Kabul killed".
const NOT_NOUN_TAGS = new Set([
  'Adverb', 'Date', 'Duration', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Adjective', 'Verb', 'PastTense',
  'PresentTense', 'Gerund', 'Infinitive', 'Participle', 'Copula', 'Modal', 'Auxiliary', 'QuestionWord',
]);

/** An ordinary noun: "stampede", "pilgrimage"; not a place's class ("province"). */
export function isModifiedNoun(t: Token | undefined): boolean {
  if (!t || t.cap || !t.word || PLACE_CLASS_NOUNS.has(t.lower) || !englishWords().has(t.lower)) return false;
  const tags = lexiconTags(t.lower);
  // The lexicon lists few inflections: a word it does not know that ends in "-ed" is a verb's
  // past ("in Quellbrook reopened"), as the nouns in "-ed" ("shed", "seed") are listed.
  if (tags.length === 0 && t.lower.length > MIN_PAST_LENGTH && t.lower.endsWith('ed')) return false;
  if (tags.length === 0 && isDerivedAdverb(t.lower)) return false;
  return !tags.some((tag) => NOT_NOUN_TAGS.has(tag));
}

// A word in "-ed" longer than this is read as a verb's past; "wed" and "bred" may be anything.
const MIN_PAST_LENGTH = 4;

/**
 * "in Hexham easily", "of Tarrow narrowly": the lexicon lists few adverbs in "-ly", which are made
 * from adjectives it knows ("easy", "narrow", "comfortable"); "assembly" is made from none.
 */
function isDerivedAdverb(lower: string): boolean {
  if (lower.length < MIN_ADVERB_LENGTH || !lower.endsWith('ly')) return false;
  const stem = lower.slice(0, -2);
  return [stem, stem.replace(/i$/, 'y'), `${lower.slice(0, -1)}e`].some((word) => englishWords().has(word));
}
const MIN_ADVERB_LENGTH = 5;

// Adjectives that may stand between a possessive and a company's belongings: "Enron's former chief executive".
const POSSESSION_MODIFIERS = new Set(['former', 'new', 'top', 'own', 'largest', 'biggest', 'main', 'senior', 'current', 'then', 'interim', 'outgoing', 'quarterly', 'annual']);

// Nouns of a part of a company, which the part's own name may come before: "its Allstate insurance unit".
const COMPANY_PART_NOUNS: ReadonlySet<string> = new Set(['unit', 'division', 'subsidiary', 'affiliate', 'arm']);
// What a company owns under a name of its own, a brand too: "Alphabet's Google unit", "Toyota's Lexus brand".
const PART_NOUNS: ReadonlySet<string> = new Set([...COMPANY_PART_NOUNS, 'brand']);
// How many words the part's name may have: "Toyota's Lexus brand", "Sony's Columbia Pictures unit".
const PART_NAME_WORDS = 2;

/**
 * A company's belonging at `k`, maybe after a modifier or two: "shares", "former chief executive";
 * or a part of the company and its name: "Google unit", "Lexus brand".
 */
function possessionAt(tokens: Token[], k: number): boolean {
  let named = k;
  while (named < k + PART_NAME_WORDS && tokens[named]?.cap && tokens[named].word && !tokens[named].possessive) named++;
  if (named > k) return PART_NOUNS.has(tokens[named]?.lower ?? '');
  for (let i = k; i < k + 3 && tokens[i] && !tokens[i].cap; i++) {
    // "the browser's market share": a product's share of its market, as much as a company's.
    if (tokens[i].lower === 'market' && tokens[i + 1]?.lower === 'share') return false;
    if (ORG_POSSESSIONS.has(tokens[i].lower)) return true;
    // "Ticketmaster's 2010 merger": a year dates the possession as an adjective would describe it.
    if (!POSSESSION_MODIFIERS.has(tokens[i].lower) && !POSSESSION_YEAR.test(tokens[i].text)) return false;
  }
  return false;
}

const POSSESSION_YEAR = /^(?:19|20)\d\d$/;

/**
 * The run between an owner ("its", "the", a possessive) and the noun of a company's part, maybe
 * after one lower-case word of its trade, names that part: "RJR's Del Monte foods unit", "its
 * Allstate insurance unit", "the Kidder brokerage arm".
 */
function namesCompanyPart(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1];
  if (!before || !(before.possessive || before.lower === 'its' || before.lower === 'the') || tokens[to - 1].possessive) return false;
  const trade = tokens[to];
  const noun = trade && !trade.cap && trade.word && !COMPANY_PART_NOUNS.has(trade.lower) ? tokens[to + 1] : trade;
  return !!noun && !noun.cap && COMPANY_PART_NOUNS.has(noun.lower);
}

/**
 * The run between "the" or a place's possessive and a lower-case kind of body names the body,
 * whatever its words' shape: "the Herri Batasuna party", "the Amal movement", "Pakistan's
 * Inter-Services Intelligence agency", "Zuma's new uMkhonto weSizwe (MK) party"; a word of what the
 * body does may stand before its kind ("the Foro Penal rights group").
 */
export function namesPoliticalGroup(tokens: Token[], from: number, to: number): boolean {
  const after = bracketedAcronymAfter(tokens, to) ? to + BRACKETED_ACRONYM_TOKENS : to;
  const kindAt = BODY_KIND_MODIFIERS.has(tokens[after]?.text ?? '') ? after + 1 : after;
  const kind = tokens[kindAt];
  if (!kind || kind.cap || tokens[to - 1].possessive || !BODY_KIND_NOUNS.has(kind.lower)) return false;
  // "the Indigenous organization APIB", "the Islamist group Hamas": a name after the kind is the
  // body's, and the words before it describe the body.
  const named = tokens[kindAt + 1];
  if (named?.cap && named.word && !isCalendarWord(named.lower)) return false;
  // "the new X party", "Zuma's breakaway X party": one adjective may stand after the determiner,
  // and then the owner may be a person.
  const adjective = NEWNESS_WORDS.has(tokens[from - 1]?.lower ?? '') || STANCE_WORDS.has(tokens[from - 1]?.lower ?? '');
  const before = tokens[adjective ? from - 2 : from - 1];
  if (!before) return false;
  return GROUP_DETERMINERS.has(before.lower) || (before.possessive && (adjective || !!gazetteer().place(before.text)));
}

/**
 * "the opposition Democratic Center party", "the Democratic Centre party": a group's stance before
 * its name, or a creed in it, and its kind after it, which outweigh a place's head inside the name
 * ("the Hyde Park party" is held in a park).
 */
export function namesPoliticalGroupByStance(tokens: Token[], from: number, to: number): boolean {
  const creed = tokens.slice(from, to).some((t) => POLITICAL_CREED_WORDS.has(t.lower));
  return (creed || STANCE_WORDS.has(tokens[from - 1]?.lower ?? '')) && namesPoliticalGroup(tokens, from, to);
}

// Adjectives of a group's age or origin between its owner and its name: "Zuma's new MK party".
const NEWNESS_WORDS = new Set(['new', 'breakaway', 'fledgling', 'upstart', 'rival', 'ruling', 'former']);
// Adjectives of a group's place in politics, which also stand there: "the opposition Democratic
// Center party", "the centrist Blue Horizon party", "the nationalist Golden Dawn movement".
const STANCE_WORDS = new Set([
  'opposition', 'governing', 'main', 'junior', 'leftist', 'rightist', 'centrist', 'nationalist', 'islamist', 'conservative',
  'liberal', 'populist', 'separatist', 'outlawed', 'banned', 'far-right', 'far-left', 'hardline', 'right-wing', 'left-wing',
]);
// Determiners before a group's name whose noun of kind follows: "the X party", "Thaksin, whose X
// party". Not "his" or "their", which hosts have ("their Super Bowl party").
const GROUP_DETERMINERS = new Set(['the', 'whose']);
// "(", the acronym and ")".
const BRACKETED_ACRONYM_TOKENS = 3;

/** "(MK)" right after the run: its acronym, before the kind of body ("the X (MK) party"). */
function bracketedAcronymAfter(tokens: Token[], to: number): boolean {
  return tokens[to]?.text === '(' && !!tokens[to + 1]?.upper && tokens[to + 2]?.text === ')';
}

/**
 * An organization cue next to a run: a lower-case noun of kind before it ("automaker Chrysler",
 * "rival Toyota"), or a possessive before a company's belongings ("Apple's chief executive").
 */
export function organizationCue(tokens: Token[], from: number, to: number): string | undefined {
  const before = tokens[from - 1];
  // "Automaker Toyota recalled …": the noun may open the sentence, capitalized.
  if (before && (!before.cap || opensSentence(tokens, from - 1)) && (ORG_ROLE_NOUNS.has(before.lower) || FIRM_PLURALS_BEFORE_EXAMPLES.has(before.lower))) return 'organization/role-noun';
  if (before && isBodysPartner(tokens, from - 1)) return 'organization/partner';
  const last = tokens[to - 1];
  if (last.possessive && possessionAt(tokens, to)) return 'organization/possession';
  if (last.possessive && isStaffBefore(tokens, from, to)) return 'organization/staff-possessive';
  if (namesCompanyPart(tokens, from, to)) return 'organization/company-part';
  if (isOwnedCompany(tokens, from)) return SHARES_OF_RULE;
  if (isShareIssuer(tokens, to)) return 'organization/share-issuer';
  if (followsOrgApposition(tokens, from, to)) return 'organization/apposition';
  if (isCompanyObject(tokens, from)) return 'organization/company-object';
  // "the Weather Service in Cheektowaga said it …": a name after "in" says where the speaker is.
  const located = PLACE_PREPOSITIONS.has(before?.lower ?? '');
  if (SPEECH_VERBS.has(tokens[to]?.lower ?? '') && !located && speaksAsFirm(tokens, from, to)) return reportsOwnResults(tokens, to) ? SAID_RESULTS_RULE : 'organization/said-it';
  if (reportsResultsWithPartner(tokens, from, to)) return SAID_RESULTS_RULE;
  if (isArticleSpeaker(tokens, from, to)) return 'organization/article-speaker';
  if (isCapitalsSpeaker(tokens, from, to)) return 'organization/capitals-speaker';
  if (doesWhatCompaniesDo(tokens, to)) return COMPANY_PREDICATE_RULE;
  // "Glaxo slipped 1 percent": read after the lists and shapes, as "Sales rose 5 percent" is no company.
  if (isPercentMover(tokens, to) && !isPlaceOfMover(tokens, from) && !isNonOrgAcronym(tokens, from, to)) return 'organization/price-mover';
  return undefined;
}


// Capitalized words a second body's name may have after "and the": "the Museum of Fine Arts".
const COORDINATED_NAME_WORDS = 5;

// The fewest letters of a word in capitals that names a body: "UNITE", "CARE"; "NO" and "WE" are emphasis.
const MIN_CAPITALS_NAME = 4;

/**
 * "UNITE said members would strike", "CARE said aid was blocked": a word in capitals within a
 * sentence in mixed case, which the acronym rule leaves as an English word, names the body that
 * speaks when a verb a body's statement takes follows it.
 */
function isCapitalsSpeaker(tokens: Token[], from: number, to: number): boolean {
  const word = tokens[from];
  if (to - from !== 1 || !word.upper || word.possessive || word.text.length < MIN_CAPITALS_NAME || !englishWords().has(word.lower)) return false;
  return BODY_SPEECH_VERBS.has(tokens[to]?.lower ?? '');
}

/** "Chancellor of", "Minister of": a capitalized post's title and "of" end at `of`. */
function isPostOf(tokens: Token[], of: number): boolean {
  const title = tokens[of - 1];
  return tokens[of]?.lower === 'of' && !!title && title.cap && TITLE_HEADS.has(title.lower);
}

// What a body says in the past, as news reports it; "the Bible says" quotes a text.
const BODY_SPEECH_VERBS = new Set(['said', 'told', 'added', 'announced', 'stated']);

/**
 * "the Louvre said", "The Guggenheim and the Whitney said Monday": a name after "the" that speaks
 * is a body, as a person's name takes no article; the first of two such names joined by "and the"
 * shares the verb. Not a plural, a family or a side ("the Smiths said"); the verb is in the past,
 * as a body's statement is reported ("the Bible says" quotes a text).
 */
function isArticleSpeaker(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.lower !== 'the' || tokens[to - 1].possessive || PLURAL_END.test(tokens[to - 1].lower)) return false;
  // "the Chancellor of the Exchequer said", "the Minister of the Interior said": a post's title
  // before "of" speaks, and what it is of is the post's domain.
  if (isPostOf(tokens, from - 2)) return false;
  let k = to;
  if (tokens[k]?.lower === 'and' && tokens[k + 1]?.lower === 'the') {
    k += 2;
    const last = k + COORDINATED_NAME_WORDS;
    while (k < last && tokens[k]?.cap && !tokens[k].possessive && (tokens[k + 1]?.cap || !PLURAL_END.test(tokens[k].lower))) k++;
  }
  return BODY_SPEECH_VERBS.has(tokens[k]?.lower ?? '');
}

// What only a company undergoes or does: "was nationalised", "posted a net loss", "filed for bankruptcy".
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'been', 'being']);
const COMPANY_PASSIVES = new Set(['nationalised', 'nationalized', 'delisted', 'privatised', 'privatized']);
const RESULT_VERBS = new Set(['posted', 'posts', 'reported', 'reports', 'booked', 'books']);
const RESULT_NOUNS: ReadonlySet<string> = new Set(['loss', 'losses', 'profit', 'profits', 'net', 'earnings', 'revenue', 'revenues', 'writedown', 'write-down']);
const RESULT_FILLERS = new Set(['a', 'an', 'its', 'their', 'record', 'quarterly', 'annual', 'first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter', 'full-year', 'half-year', 'bigger-than-expected', 'smaller-than-expected', 'wider', 'narrower', 'higher', 'lower']);
const FILING_NOUNS = new Set(['bankruptcy', 'chapter', 'insolvency', 'administration', 'receivership']);

/**
 * The words after the run tell what only a company undergoes or does: "Northern Rock was
 * nationalised", "Vexcor posted a record loss", "Tarnex filed for bankruptcy".
 */
function doesWhatCompaniesDo(tokens: Token[], to: number): boolean {
  let k = to;
  if (tokens[k]?.lower === 'has' || tokens[k]?.lower === 'had') k++;
  if (PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? '') && COMPANY_PASSIVES.has(tokens[k + 1]?.lower ?? '')) return true;
  if (actsOnItsOwn(tokens, k) || recommendsStock(tokens, k)) return true;
  const verb = tokens[to]?.lower ?? '';
  if ((verb === 'filed' || verb === 'files') && tokens[to + 1]?.lower === 'for') return FILING_NOUNS.has(tokens[to + 2]?.lower ?? '');
  if (!RESULT_VERBS.has(verb)) return false;
  for (k = to + 1; k < to + 4 && RESULT_FILLERS.has(tokens[k]?.lower ?? ''); k++);
  return RESULT_NOUNS.has(tokens[k]?.lower ?? '');
}

// What a firm revises or holds as its own: "raised its price target", "cut its 1997 forecast".
// Not what anyone may judge ("praised its decision", "criticised its record"), which leaves
// the subject open to being a person.
const OWN_BUSINESS_NOUNS = new Set([
  'target', 'targets', 'forecast', 'forecasts', 'estimate', 'estimates', 'rating', 'ratings', 'recommendation',
  'outlook', 'guidance', 'dividend', 'payout', 'stake', 'holding', 'holdings', 'workforce', 'shares', 'stock',
  'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'prices', 'output', 'capacity',
]);
// Lower-case words that may stand between "its" and that noun: "its full-year profit forecast".
const OWN_NOUN_REACH = 3;

/** "Hoare Govett raised its target", "Vexcor has cut its forecast": a verb that goes on with "its" and a firm's own business tells of a firm, as a person's would go on with "his" or "her". */
function actsOnItsOwn(tokens: Token[], k: number): boolean {
  const verb = tokens[k];
  if (!verb || !verb.word || verb.cap || verb.breakBefore || isFunctionWord(verb.lower) || tokens[k + 1]?.lower !== 'its') return false;
  for (let i = k + 2; i < k + 2 + OWN_NOUN_REACH && tokens[i] && !tokens[i].cap && !tokens[i].breakBefore; i++) {
    if (OWN_BUSINESS_NOUNS.has(tokens[i].lower)) return true;
  }
  return false;
}

// A broker's advice on a stock: "Jardine Fleming recommended buying the shares", "Crosby upgraded the stock".
const ADVICE_VERBS = new Set(['recommended', 'recommends', 'upgraded', 'upgrades', 'downgraded', 'downgrades']);
const ADVICE_OBJECTS = new Set(['buying', 'selling', 'shares', 'stock', 'stocks']);

/** A broker's verb of advice before a trade or a stock, maybe after "the": "recommended buying", "downgraded the shares". */
function recommendsStock(tokens: Token[], k: number): boolean {
  if (!ADVICE_VERBS.has(tokens[k]?.lower ?? '')) return false;
  const object = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  return ADVICE_OBJECTS.has(object?.lower ?? '');
}

// How many words a name after an employer's possessive may have: "Shearson's Peter A. Cohen".
const STAFF_NAME_WORDS = 4;

/**
 * "Shearson's Peter Cohen", "Drexel's Frederick Joseph": a name before its possessive and a full
 * name is where that person works, unless it is a person's ("Reagan's James Baker", "Kohl's
 * Theo Waigel"). The caller has ruled out places and people's names by their shape.
 */
function isStaffBefore(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2 || (to - from === 1 && isOneName(tokens[from].lower))) return false;
  let end = to;
  while (end < to + STAFF_NAME_WORDS && tokens[end]?.cap && !tokens[end].breakBefore && !tokens[end].possessive) end++;
  return end - to >= 2 && personRule(tokens, to, end) !== undefined && isClearGivenName(tokens[to].lower);
}

/** A word that names a person alone: "Reagan", "Kohl", "Mary". */
const isOneName = (lower: string): boolean => isLexiconGivenName(lower) || isSurname(lower) || PUBLIC_FIGURES.has(lower) || lexiconKind(lower) === 'person';

// Words that may stand between a verb of saying and what it goes on with: "said on Monday it".
const SAID_FILLERS = new Set(['on', 'late', 'early', 'that', 'last', 'this']);

// The periods a company reports its own results for: "said first-quarter profit rose".
const REPORTED_PERIODS = new Set(['first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter', 'quarterly', 'full-year', 'half-year', 'annual', 'fiscal']);

/**
 * A verb of saying at `verb` goes on with "it" or "its", as a company's statements do ("Vexcor
 * said it would cut jobs", "Vexcor said on Monday its profit fell"), with "in a statement", or
 * with the results of a period, which a company reports of itself ("Vexcor said third-quarter
 * net income fell").
 */
function speaksOfItself(tokens: Token[], verb: number): boolean {
  if (tokens[verb + 1]?.lower === 'in' && tokens[verb + 2]?.lower === 'a' && tokens[verb + 3]?.lower === 'statement') return true;
  if (saysInFiling(tokens, verb)) return true;
  const k = reportedClauseStart(tokens, verb);
  if (k === undefined) return false;
  if (tokens[k].lower === 'it' || tokens[k].lower === 'its') return true;
  return REPORTED_PERIODS.has(tokens[k].lower) && isResultNoun(tokens, k + 1);
}

// What a firm does in a clause after its name: "Zorvex, which makes chips,", "Live Nation, which
// owns a stake in Ocesa,", "Quantel, which employs 500 people,".
const FIRM_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'makes', 'made', 'owns', 'owned', 'employs', 'employed', 'operates', 'operated', 'manufactures', 'produces', 'distributes',
  'publishes', 'sells', 'sold', 'supplies', 'develops', 'acquired', 'bought', 'listed',
  // a fund's or a startup's: "Baillie Gifford, which manages $200 billion,", "Flutterwave, which raised $250 million,"
  'manages', 'managed', 'invests', 'invested', 'backs', 'backed', 'funds', 'raised', 'provides', 'offers', 'builds', 'designs',
  'filed',
]);
// A firm's seat or owner after "which is": "Marnova, which is based in Leeds,".
const FIRM_CLAUSE_STATES: ReadonlySet<string> = new Set(['based', 'headquartered', 'owned', 'controlled', 'listed', 'backed']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'was']);

/**
 * ", which makes chips", ", which is based in Leeds": a clause right after the run that only a
 * firm takes. "Which" refers to no person, so it outweighs a person's shape ("Baillie Gifford,
 * which manages $200 billion,").
 */
export function takesFirmClause(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== ',' || tokens[to + 1]?.lower !== 'which') return false;
  const verb = tokens[to + 2]?.lower ?? '';
  return FIRM_CLAUSE_VERBS.has(verb) || (COPULAS.has(verb) && FIRM_CLAUSE_STATES.has(tokens[to + 3]?.lower ?? ''));
}

/**
 * "Tendai Moyo said it was unfair": two or three words that may all be a person's, none of them a
 * firm's, are a person whose "it" is what they speak of; one word ("Acme said it would") may be a firm's.
 */
function isPlainPersonName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3 || !couldBePersonName(tokens, from, to)) return false;
  return tokens.slice(from, to).every((t) => t.cap && !t.upper && !isWordOfSomeFirm(t.lower));
}

// The most words between a verb of saying and the clause it reports: "said late on Monday that".
const SAID_FILLER_REACH = 4;

/** The first word after the verb of saying at `verb` past fillers and dates: "it" in "said on Monday it". */
export function reportedClauseStart(tokens: Token[], verb: number): number | undefined {
  for (let k = verb + 1; k <= verb + SAID_FILLER_REACH && tokens[k]?.word; k++) {
    if (!SAID_FILLERS.has(tokens[k].lower) && !isCalendarWord(tokens[k].lower)) return k;
  }
  return undefined;
}

// The nouns a firm calls itself by in what it says: "Monzo said the firm would hire".
const FIRM_SELF_NOUNS: ReadonlySet<string> = new Set([...COMPANY_KIND_NOUNS, 'company', 'group']);

/**
 * "Monzo said the firm would hire 300 engineers": one word that no list holds as a person's name,
 * before a verb of saying whose clause opens with "the company" or "the firm" and names no person
 * by a pronoun, speaks of itself;
 * a person's surname that the lists miss is left to the document, where the full name settles it.
 */
function callsItselfFirm(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 1 || !namesNoPersonOrPlace(tokens[from])) return false;
  const k = reportedClauseStart(tokens, to);
  if (k === undefined || tokens[k].lower !== 'the' || !FIRM_SELF_NOUNS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1].possessive) return false;
  // "Whitfield said the company had ignored her": a person's pronoun after it tells who spoke.
  return !tokens.slice(k + 2).some((t) => PERSON_PRONOUN_FORMS.has(t.lower));
}

// Pronouns a speaker's words go on with when the speaker is a person: "Baker said he would resign".
const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);
// Every form of a person's pronoun: "he", "her", "his".
const PERSON_PRONOUN_FORMS: ReadonlySet<string> = new Set([...PERSONAL_PRONOUNS, 'him', 'his', 'her', 'hers']);

// What a listed company files, in which it says what it says: "in a regulatory filing", "in a press release".
const FILED_NOUNS = new Set(['filing', 'release']);
// Words that open the filing: "in a filing", "in its press release".
const FILING_OWNERS = new Set(['a', 'an', 'its']);
// The most lower-case words that may describe the filing: "a stock exchange filing".
const FILING_WORDS = 3;
// How far after the filing a pronoun tells whose it is: "… filing that he was innocent".
const FILER_PRONOUN_REACH = 3;

/**
 * "said in a filing", "said in a stock exchange filing on Monday": a company speaks in what it
 * files. People file with courts ("said in a court filing"), and speak of themselves after it.
 */
function saysInFiling(tokens: Token[], verb: number): boolean {
  if (tokens[verb + 1]?.lower !== 'in' || !FILING_OWNERS.has(tokens[verb + 2]?.lower ?? '')) return false;
  for (let k = verb + 3; k <= verb + 3 + FILING_WORDS && tokens[k] && !tokens[k].cap && tokens[k].word && tokens[k].lower !== 'court'; k++) {
    if (FILED_NOUNS.has(tokens[k].lower)) return !speaksOfPerson(tokens, k + 1);
  }
  return false;
}

/** A personal pronoun within the next few words: "… that he was innocent". */
function speaksOfPerson(tokens: Token[], k: number): boolean {
  for (let i = k; i < k + FILER_PRONOUN_REACH && tokens[i]; i++) if (PERSONAL_PRONOUNS.has(tokens[i].lower)) return true;
  return false;
}

/**
 * The run [from, to) speaks as a firm before the verb of saying at `to`: of itself, or of a
 * result's change ("Shell said profit rose"), which an analyst's surname says too ("Smith said
 * sales rose") and a firm's one word that is a surname stays open to the document.
 */
function speaksAsFirm(tokens: Token[], from: number, to: number): boolean {
  return (speaksOfItself(tokens, to) && !isPlainPersonName(tokens, from, to)) || callsItselfFirm(tokens, from, to) || isCoinedFirmWord(tokens, from, to) || isFirmWordSpeaker(tokens, from, to) || (reportsOwnResults(tokens, to) && !isOneSurname(tokens, from, to));
}

/**
 * "Whirlpool said the plant would close": one word that the list of firms' words holds and no list
 * holds as a common word, a given name, a surname or a place speaks as the firm, whatever it
 * says. Groups that speak bare stay apart ("Management said"); opening the sentence, where its
 * capital says nothing, a word the lexicon tags at all may be the bare noun ("Research said").
 */
function isFirmWordSpeaker(tokens: Token[], from: number, to: number): boolean {
  const word = tokens[from];
  if (to - from !== 1 || word.upper || word.possessive || GROUP_SPEAKERS.has(word.lower) || !isWordOfSomeFirm(word.lower)) return false;
  if (opensSentence(tokens, from) && lexiconTags(word.lower).length > 0) return false;
  return !isCommonWord(word.lower) && namesNoPersonOrPlace(word);
}

/** No list holds the word as a given name, a surname or a place. */
const namesNoPersonOrPlace = (word: Token): boolean => !isGivenName(word.lower) && !isSurname(word.lower) && !gazetteer().place(word.text);

// The endings of words coined for firms, which no given name or surname of the lists has: "Energex",
// "Optix", "Unitech", "Ametek", "Medtronic", "Autodesk", "Intelsat", "Comcast".
const COINED_FIRM_ENDING = /(?:[^aeiou]ex|[^aeiou]ix|tech|tek|tronics?|soft|desk|sat|cast|corp|plex)$/;
const MIN_COINED_LETTERS = 5;

/**
 * "Energex said power was back": one word no list knows, with an ending coined for firms, speaks
 * as a firm, not as a person the lists miss.
 */
function isCoinedFirmWord(tokens: Token[], from: number, to: number): boolean {
  const word = tokens[from];
  if (to - from !== 1 || word.upper || word.text.length < MIN_COINED_LETTERS || !COINED_FIRM_ENDING.test(word.lower)) return false;
  return !isEnglishWord(word.lower) && namesNoPersonOrPlace(word);
}

const isOneSurname = (tokens: Token[], from: number, to: number): boolean => to - from === 1 && isSurname(tokens[from].lower);

// The most words of the second name in "Shell and Royal Dutch said …".
const PARTNER_NAME_WORDS = 3;

/**
 * "Shell and BP said profits rose": the first of two names joined by "and" shares the verb of
 * saying and the results after the second; people who say so together are no firm's pair ("Smith
 * and Jones said sales rose" keeps the surname open).
 */
function reportsResultsWithPartner(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to]?.lower !== 'and' || isOneSurname(tokens, from, to)) return false;
  let k = to + 1;
  while (k < to + 1 + PARTNER_NAME_WORDS && tokens[k]?.cap && !tokens[k].breakBefore && !tokens[k].possessive) k++;
  return k > to + 1 && SPEECH_VERBS.has(tokens[k]?.lower ?? '') && reportsOwnResults(tokens, k);
}

/**
 * The verb of saying at `verb` goes on with the results of a period ("said on Monday
 * first-quarter net fell") or with a result and its change ("said profit rose").
 */
function reportsOwnResults(tokens: Token[], verb: number): boolean {
  for (let k = verb + 1; k < verb + 5 && tokens[k]?.word; k++) {
    if (REPORTED_PERIODS.has(tokens[k].lower)) return isResultNoun(tokens, k + 1);
    if (RESULT_WORDS.has(tokens[k].lower)) return resultChanges(tokens, k);
    if (!SAID_FILLERS.has(tokens[k].lower) && !isCalendarWord(tokens[k].lower)) return false;
  }
  return false;
}

// The words of a result a firm reports, its measure and its noun: "pretax profit", "net income", "sales", "orders".
const RESULT_WORDS = new Set([
  'pretax', 'pre-tax', 'operating', 'underlying', 'core', 'adjusted', 'gross', 'income', 'sales', 'turnover',
  'like-for-like', 'same-store', 'comparable', 'orders', 'bookings', 'deliveries', 'shipments', ...RESULT_NOUNS,
]);
// Changes that results take and market prices rarely do: "profit doubled", "sales slumped".
const RESULT_MULTIPLES = new Set(['doubled', 'tripled', 'halved', 'slumped', 'rebounded', 'recovered']);
// The most words a result's name has: "underlying pretax profit".
const RESULT_NAME_WORDS = 3;
// Prepositions that say what, where or when a result was made of: "sales in China fell", "sales of its drugs rose".
const RESULT_SCOPE_WORDS = new Set(['in', 'at', 'for', 'from', 'across', 'of']);
// The most words the scope may have after its preposition: "in North America", "at its retail arm".
const RESULT_SCOPE_REACH = 3;

/**
 * A result at `k` and a verb of its change, with no period before: "said profit rose", "said
 * sales in China fell", "said net income climbed". A firm tells its own results so; an analyst
 * who does is named in full, and a surname the document gives a person outweighs this cue.
 */
function resultChanges(tokens: Token[], k: number): boolean {
  let i = k;
  while (i < k + RESULT_NAME_WORDS && RESULT_WORDS.has(tokens[i]?.lower ?? '')) i++;
  if (i === k) return false;
  if (RESULT_SCOPE_WORDS.has(tokens[i]?.lower ?? '')) {
    const end = i + 1 + RESULT_SCOPE_REACH;
    for (i++; i < end && tokens[i]?.word && !isResultChange(tokens[i]); i++);
  }
  return isResultChange(tokens[i]);
}

const isResultChange = (t: Token | undefined): boolean => !!t && (CHANGE_VERBS.has(t.lower) || RESULT_MULTIPLES.has(t.lower));

/** A result's noun at `k`, maybe after "net": "profit", "net income", "earnings", "net fell". */
function isResultNoun(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? '';
  if (word === 'net') return RESULT_NOUNS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.lower === 'income' || !tokens[k + 1]?.word || !tokens[k + 1].cap;
  return RESULT_NOUNS.has(word);
}

// What investors hold "in" or "of" a company: "shares in Daimler-Benz", "a stake of Volvo".
// "investors in Zendesk", "its investment in Quillan": money put into a company, not into a place.
const OWNERSHIP_NOUNS = new Set(['shares', 'stake', 'stakes', 'holding', 'holdings', 'stock', 'investor', 'investors', 'investment', 'investments']);

// Verbs that own, buy or sell a share of a company: "owns 20 percent of Sabena".
const HOLDING_VERBS = new Set(['own', 'owns', 'owned', 'owning', 'hold', 'holds', 'held', 'holding', 'control', 'controls', 'controlled', 'buy', 'buys', 'bought', 'sell', 'sells', 'sold', 'acquire', 'acquires', 'acquired']);
const PERCENT_WORDS = new Set(['percent', 'pct', '%']);
const FIGURE = /^\d+(?:[.,]\d+)?$/;

/**
 * The name at `from` follows "shares in", "a stake of", "owns 20 percent of": a company. So does
 * a later item of a list that follows them: "shares in Persimmon, Taylor Wimpey and Barratt Redrow".
 */
export function isOwnedCompany(tokens: Token[], from: number): boolean {
  if (followsOwnership(tokens, from)) return true;
  const first = listOpening(tokens, from);
  return first < from && followsOwnership(tokens, first);
}

function followsOwnership(tokens: Token[], from: number): boolean {
  const preposition = tokens[from - 1]?.lower;
  if ((preposition === 'of' || preposition === 'in') && OWNERSHIP_NOUNS.has(tokens[from - 2]?.lower ?? '')) return true;
  return preposition === 'of' && isHeldShare(tokens, from - 2);
}

// The most names a list runs back over, and the most words of each.
const LIST_ITEMS = 5;
const LIST_ITEM_WORDS = 4;
const isListJoiner = (t: Token | undefined) => !!t && (t.text === ',' || t.lower === 'and' || t.lower === 'or');

/**
 * Where the list of three or more names that the name at `from` belongs to opens: back over
 * commas, "and" and capitalized names. The name must be a list's item, after "and" or before a
 * comma or "and", so "a stake in Acme, John Lowe said" lists nothing, and two names may be two
 * clauses' ("shares in Acme and Mary Lowe owns the rest"). `from` when no such list comes before it.
 */
function listOpening(tokens: Token[], from: number): number {
  const before = tokens[from - 1]?.lower;
  let after = from;
  while (after < tokens.length && tokens[after].cap) after++;
  const goesOn = isListJoiner(tokens[after]) && isListJoiner(tokens[after + 1]) ? !!tokens[after + 2]?.cap : isListJoiner(tokens[after]) && !!tokens[after + 1]?.cap;
  // "shares in Acme, Bolt and Mary Lowe's firm": a possessive owns the item that follows it.
  if (tokens[after - 1]?.possessive || (before !== 'and' && before !== 'or' && !(before === ',' && goesOn))) return from;
  let first = from;
  let walked = 0;
  while (walked < LIST_ITEMS - 1) {
    let k = first - 1;
    while (k > first - 3 && isListJoiner(tokens[k])) k--;
    if (k === first - 1) break;
    let start = k + 1;
    while (start > k + 1 - LIST_ITEM_WORDS && (tokens[start - 1]?.cap || tokens[start - 1]?.text === '&')) start--;
    if (start > k || !tokens[start].cap) break;
    first = start;
    walked++;
  }
  return walked + (goesOn ? 1 : 0) >= 2 ? first : from;
}

// Words that introduce examples: "rivals such as Walmart and Target", "retailers including Walmart and Target".
const EXAMPLE_LEADS: ReadonlySet<string> = new Set(['including', 'like']);

/**
 * The index of the word before "such as", "including" or "like" that introduces the name at
 * `from` as an example ("developers" in "developers such as Country Garden"), or undefined when
 * no such words come before it; the index is below 0 when the words open the text.
 */
export function exampleKindAt(tokens: readonly Token[], from: number): number | undefined {
  const lead = tokens[from - 1]?.lower ?? '';
  if (lead === 'as' && tokens[from - 2]?.lower === 'such') return from - 3;
  return EXAMPLE_LEADS.has(lead) ? from - 2 : undefined;
}

/** The name at `from` is the first example of a plural kind of company: "developers such as Country Garden". */
export function isExampleOfFirms(tokens: Token[], from: number): boolean {
  const k = exampleKindAt(tokens, from) ?? -1;
  const kind = tokens[k];
  // "Lenders including …": the kind may open the sentence, capitalized.
  return !!kind && (!kind.cap || opensSentence(tokens, k)) && FIRM_PLURALS_BEFORE_EXAMPLES.has(kind.lower);
}

/** A verb of holding, a figure and "percent" end at `k`: "owns 20 percent", "sold 49.5 %", "holds 5 per cent". */
function isHeldShare(tokens: Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? '';
  const figure = PERCENT_WORDS.has(word) ? k - 1 : word === 'cent' && tokens[k - 1]?.lower === 'per' ? k - 2 : -1;
  return figure > 0 && FIGURE.test(tokens[figure].text) && HOLDING_VERBS.has(tokens[figure - 1]?.lower ?? '');
}

// What a company is to the words before it: "the acquisition of X", "a unit of X", "chairman of X", "a merger with X".
const COMPANY_FRAMES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['of', new Set(['acquisition', 'takeover', 'purchase', 'unit', 'subsidiary', 'subsidiaries', 'affiliate', 'division', 'parent', 'shareholders', 'stockholders', 'chairman', 'chairwoman', 'founder', 'co-founder', 'ceo',
    // "the board of Alitalia", "chief executive of Quillan", "employees of Quillan"
    'board', 'executive', 'executives', 'employees',
    // "managing director of GlobalData Retail"; a director alone may be of a field ("Director of Public Prosecutions")
    'director',
    // what a state does to a failing firm: "the bailout of Quillan", "the nationalization of Norvex"
    'bailout', 'nationalization', 'nationalisation', 'privatization', 'privatisation'])],
  ['with', new Set(['merger', 'merge', 'merged', 'merging'])],
  ['for', new Set(['bid', 'bids', 'offer', 'tender'])],
]);
// Verbs whose object is a company or another body: "agreed to acquire X", "also owns X", "bought
// X in 1983", "co-founded Zendrix", "founded Greenpeace".
const ACQUIRING_VERBS = new Set([
  'acquire', 'acquired', 'acquires', 'acquiring', 'owns', 'owned', 'buy', 'buys', 'bought', 'buying',
  'founded', 'co-founded', 'cofounded', 'founding', 'co-founding',
]);

/**
 * The name at `from` is what a deal or a post is of: "the acquisition of Quillan", "a unit of
 * Norvex", "chairman of Brevik", "a merger with Tarnex", "agreed to acquire Quillan", or who
 * makes goods: "vaccines made by Novavax".
 */
export function isCompanyObject(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1]?.lower ?? '';
  if (ACQUIRING_VERBS.has(before) || isGoodsMaker(tokens, from)) return true;
  const noun = tokens[from - 2]?.lower ?? '';
  if (!COMPANY_FRAMES.get(before)?.has(noun)) return false;
  if (noun === 'director') return tokens[from - 3]?.lower === 'managing';
  // "the board of Directors", "the Board of Governors": the board's own members, no firm.
  return noun !== 'board' || !isCommonWordOrPlural(tokens[from].lower);
}

// Staff nouns before "at": "analysts at Morgan Stanley", "economists at Nomura".
const STAFF_NOUNS = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'executive', 'executives',
  'researchers', 'scientists', 'engineers', 'employees', 'traders', 'bankers', 'managers', 'officials',
  // a market report's sources: "dealers at Credit Lyonnais", "a trader at NatWest Securities"
  'trader', 'dealer', 'dealers', 'broker', 'brokers', 'manager', 'spokesman', 'spokeswoman',
  // what a company makes or earns there: "sales at Brevik", "profit at Norvex"
  'sales', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'output', 'jobs', 'workers',
  // posts a firm or a college fills: "a former finance chief at Stripe", "an engineer at Quantel",
  // "a partner at Sequoia", "a professor at Harvard"
  'chief', 'officer', 'director', 'engineer', 'designer', 'developer', 'researcher', 'scientist', 'partner', 'lawyer',
  'professor', 'lecturer', 'editor', 'producer',
  // a client's advisers, named by their firm: "his lawyers at Kingsley Napley", "auditors at Grant Thornton"
  'lawyers', 'attorney', 'attorneys', 'solicitor', 'solicitors', 'partners', 'accountants', 'auditors', 'consultants',
]);

/**
 * The run follows "<staff> at": "analysts at Morgan Stanley" names an employer; so does a post
 * and its field before "at": "head of markets at Interactive Investor", "professor of law at Yale".
 */
export function isEmployer(tokens: Token[], from: number): boolean {
  const first = firstListItem(tokens, from);
  return tokens[first - 1]?.lower === 'at' && (STAFF_NOUNS.has(tokens[first - 2]?.lower ?? '') || isFieldPost(tokens, first - 2));
}

// The most items before the run that a list of employers is followed back through, and the most words of each.
const LIST_REACH = 4;
const NAME_REACH = 5;

/**
 * Where the list the run at `from` closes begins: "Analysts at Jefferies and Bernstein" puts
 * Bernstein in the list Jefferies opens, so the cue before the first item names every item.
 */
function firstListItem(tokens: Token[], from: number): number {
  let first = from;
  for (let item = 0; item < LIST_REACH && LIST_SEPARATORS.has(tokens[first - 1]?.lower ?? ''); item++) {
    let k = first - 2;
    if (tokens[k]?.text === ',') k--;
    if (!tokens[k]?.cap || !tokens[k].word) break;
    // A name has few words; an unbounded walk over a line of capitals would make this quadratic.
    for (let words = 1; words < NAME_REACH && tokens[k - 1]?.cap && tokens[k - 1].word; words++) k--;
    first = k;
  }
  return first;
}

// Posts named with their field after "of": "head of research", "director of policy", "professor of law".
const FIELD_POSTS = new Set(['head', 'director', 'professor', 'lecturer', 'chief', 'vice-president', 'manager']);
// The most words a post's field has: "money and markets", "fixed income research".
const FIELD_WORDS = 4;
// Fields that make the post a leader's, who has no employer: "head of state", "head of government".
const LEADERS_FIELDS = new Set(['state', 'government']);

/** The lower-case words ending at `k` are a post's field after "of": "head of money and markets". */
function isFieldPost(tokens: Token[], k: number): boolean {
  let i = k;
  while (i > k - FIELD_WORDS && tokens[i]?.word && !tokens[i].cap && tokens[i].lower !== 'of') i--;
  return i < k && tokens[i]?.lower === 'of' && FIELD_POSTS.has(tokens[i - 1]?.lower ?? '') && !LEADERS_FIELDS.has(tokens[i + 1].lower);
}

// Words that qualify a post after its employer: "Atlanta general manager", "Ajax head coach".
const POST_QUALIFIERS = new Set(['general', 'head', 'assistant', 'team', 'club', 'caretaker', 'interim', 'first-team']);

/**
 * Where the post after the run is: past a qualifier ("general manager", "head coach") or the
 * first word of a post of two ("Shell chief executive", "Ford executive chairman"), or the run's end.
 */
export function postAfter(tokens: Token[], to: number): number {
  const word = tokens[to];
  const qualifies = word && !word.cap && (POST_QUALIFIERS.has(word.lower) || EMPLOYER_TITLES.has(word.lower));
  return qualifies && EMPLOYER_TITLES.has(tokens[to + 1]?.lower ?? '') ? to + 1 : to;
}

// Posts that only a firm's research desk has: "Raymond James analyst Savanthi Syth".
const RESEARCH_POSTS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists']);
// Ranks before such a post: "Barclays chief economist Ann Lowe".
const RESEARCH_RANKS = new Set(['chief', 'senior', 'lead']);

/**
 * A research post and its holder's name follow the run: "Raymond James analyst Savanthi Syth",
 * "Edward Jones senior economist Ann Lowe". Unlike a spokesman ("Hillary Clinton spokesman Nick
 * Merrill"), such a post is held at a firm, so a run of words is the firm though it looks like a
 * person; a lone name before a post is settled by the lone-name rules.
 */
export function isResearchEmployer(tokens: Token[], to: number): boolean {
  const at = RESEARCH_RANKS.has(tokens[to]?.lower ?? '') ? to + 1 : to;
  const post = tokens[at];
  if (!post || post.cap || !RESEARCH_POSTS.has(post.lower) || tokens[to - 1].possessive) return false;
  const holder = tokens[at + 1];
  return !!holder && holder.cap && holder.word;
}

/**
 * A post at a club or a company follows the run, and its holder's name follows the post:
 * "Bayern Munich coach Giovanni Trapattoni", "Ajax spokesman Jan de Vries".
 */
export function isEmployerBeforePost(tokens: Token[], to: number): boolean {
  const at = postAfter(tokens, to);
  const post = tokens[at];
  if (!post || post.cap || !EMPLOYER_TITLES.has(post.lower) || tokens[to - 1].possessive) return false;
  const holder = tokens[at + 1];
  return !!holder && holder.cap && holder.word;
}

// What sports copy says a manager has, after a full name's possessive: "Pep Guardiola's side".
const MANAGED_SIDES: ReadonlySet<string> = new Set(['side', 'squad', 'team', 'men']);
const AGE = /^\d{2}$/;
const PLURAL_END = /s$/;

/** The rules `personalCue` names. */
export const PERSONAL_CUE_RULES: ReadonlySet<string> = new Set(['person/possession', 'person/apposition', 'person/said-he']);

/**
 * A cue only a person takes, strong enough for a name that is also an English word ("Baker",
 * "Dole", "Rich"): a verb of saying and then he or she ("Baker said he", "Dole told reporters
 * she"), an age after a comma ("Dole, 73, said"), ", who", or a possessive before a relative or
 * an aide ("Baker's wife"). Not for plurals and groups ("Officials said he", "Police said he").
 */
export function personalCue(tokens: Token[], from: number, to: number): string | undefined {
  if (to - from > 3 || !isPersonalRun(tokens, from, to)) return undefined;
  const after = tokens[to];
  if (!after) return undefined;
  if (tokens[to - 1].possessive) {
    const authored = AUTHORED_WORKS.has(after.lower) && tokens[from - 1]?.lower !== 'the';
    // "Pep Guardiola's side": a manager's; one word ("Wrexham's side"), or words a town ends
    // ("Vitesse Arnhem's side"), may be a club's or a town's.
    const managed = MANAGED_SIDES.has(after.lower) && to - from > 1 && !gazetteer().place(tokens[to - 1].text);
    return PERSONAL_POSSESSIONS.has(after.lower) || authored || managed ? 'person/possession' : undefined;
  }
  if (after.text === ',' && (AGE.test(tokens[to + 1]?.text ?? '') ? tokens[to + 2]?.text === ',' : opensPersonalRelative(tokens, to))) return 'person/apposition';
  // "Jim Walsh of Whitmore said he": the speaker is the name before "of", not where they come from or work.
  if (!SPEECH_VERBS.has(after.lower) || followsNameAndOf(tokens, from)) return undefined;
  for (let k = to + 1; k < to + 5 && tokens[k]?.word; k++) {
    if (PERSONAL_PRONOUNS.has(tokens[k].lower)) return 'person/said-he';
    if (tokens[k].cap && !isCalendarWord(tokens[k].lower)) return undefined;
  }
  return undefined;
}

const followsNameAndOf = (tokens: Token[], from: number) => tokens[from - 1]?.lower === 'of' && !!tokens[from - 2]?.cap;

// Words that make the post before a comma someone's: "its chief executive, X", "the bank's chairman, X".
const POST_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'the', 'a', 'an', 'our', 'whose']);
// Words a post's phrase may have between its determiner and its head: "its chief executive".
const POST_PHRASE_WORDS = 4;

/**
 * "its chief executive, Rich Baker, said", "the bank's chairman, Grace Park,": a post with a
 * determiner or a possessive, then a comma, names its holder in the run after it, though the
 * run's words are also English words or a place's ("Park"). The run is closed by a comma or a
 * verb of saying, as an apposition is.
 */
export function followsPostApposition(tokens: Token[], from: number, to: number): boolean {
  return followsNounApposition(tokens, from, to, isPostNoun);
}

/**
 * "the company, Blue Origin, said", "its parent, Arden Holdings,": the same apposition after a
 * noun of a body's kind. A body's apposition may also close the sentence: "on its budget arm, Jetstar."
 */
function followsOrgApposition(tokens: Token[], from: number, to: number): boolean {
  return followsNounApposition(tokens, from, to, (lower) => APPOSITIVE_ORG_NOUNS.has(lower), tokens[to]?.text === '.') && !apposesPostHolder(tokens, from, to);
}

// What links a post to the body it serves: "a spokesman for the group", "the head of the agency".
const POST_BODY_LINKS = new Set(['for', 'of', 'at']);

/**
 * "a spokesman for the group, Zabihullah Mujahid, said": a full name that could be a person's,
 * after a body that a post governs, apposes the post's holder; "the head of the agency, Tarvo
 * Holdings," with a firm's word stays the body.
 */
function apposesPostHolder(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !couldBePersonName(tokens, from, to)) return false;
  for (let k = from - 3; k >= Math.max(2, from - 2 - POST_PHRASE_WORDS); k--) {
    if (!POST_DETERMINERS.has(tokens[k].lower)) continue;
    const post = tokens[k - 2];
    return POST_BODY_LINKS.has(tokens[k - 1].lower) && !post.cap && ROLE_NOUNS.has(post.lower);
  }
  return false;
}

function followsNounApposition(tokens: Token[], from: number, to: number, isHead: (lower: string) => boolean, closed = false): boolean {
  const noun = tokens[from - 2];
  if (tokens[from - 1]?.text !== ',' || !noun || noun.cap || !isHead(noun.lower)) return false;
  const after = tokens[to];
  if (!closed && (!after || (after.text !== ',' && !SPEECH_VERBS.has(after.lower)))) return false;
  for (let k = from - 3; k >= Math.max(0, from - 2 - POST_PHRASE_WORDS); k--) {
    if (POST_DETERMINERS.has(tokens[k].lower) || tokens[k].possessive) return true;
    // "The New Zealand arm, Countdown,", "its German unit, Opel,": a place or its people's adjective says where the part works.
    if (tokens[k].cap) k = placeModifierStart(tokens, k);
    if (k < 0 || !tokens[k].word) return false;
  }
  return false;
}

/** Where a place's name or a people's adjective that ends at `k` opens, or -1 when the capitals there are neither. */
function placeModifierStart(tokens: Token[], k: number): number {
  let start = k;
  while (start > 0 && tokens[start - 1].cap && k - start < 2) start--;
  for (; start <= k; start++) {
    const text = tokens.slice(start, k + 1).map((t) => t.text).join(' ');
    if (gazetteer().place(text) || gazetteer().isDemonym(text)) return start;
  }
  return -1;
}

// Tags of words that open sentences and never name anyone: "Meanwhile, a trader said", "However, who …".
const NO_NAME_TAGS = new Set(['Adverb', 'Conjunction', 'Preposition', 'Expression', 'Date', 'Ordinal', 'Cardinal', 'TextValue', 'Determiner', 'Pronoun', 'QuestionWord']);
// Sentence adverbs the lexicon tags otherwise: "Later, the man who …", "Still, who …".
const OPENING_ADVERBS = new Set(['later', 'earlier', 'still', 'overall', 'together', 'here', 'there', 'last', 'next', 'now', 'elsewhere', 'afterwards', 'meantime', 'nonetheless', 'regardless']);
const ADVERB_END = /ly$/;

/**
 * Capitalized words that may be a person's name whatever they mean in English: no acronym, group,
 * title, plural or sentence adverb ("Meanwhile", "Separately").
 */
export function isPersonalRun(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if ((t.upper && t.text.length > 1) || isTitleWord(t) || GROUP_SPEAKERS.has(t.lower) || INSTITUTION_HEADS.has(t.lower) || !mayOpenName(t)) return false;
  }
  // "Woman, 88, found safe": a headline's plain noun for a person, not a name.
  if (to - from === 1 && PLAIN_PERSON_NOUNS.has(tokens[from].lower)) return false;
  // "Officials", "Analysts": the plural of an ordinary noun; not "Ilves", "Rogers".
  const last = tokens[to - 1].lower;
  return !PLURAL_END.test(last) || !isCommonWordOrPlural(last) || isSurname(last) || isGivenName(last);
}

/** A capitalized word that is no sentence adverb or closed-class word, and so may be a name's first word. */
export function mayOpenName(t: Token): boolean {
  if (!t.cap || OPENING_ADVERBS.has(t.lower) || lexiconTags(t.lower).some((tag) => NO_NAME_TAGS.has(tag))) return false;
  return !(ADVERB_END.test(t.lower) && englishWords().has(t.lower) && !isSurname(t.lower) && !isGivenName(t.lower));
}

// Words after which an apposition's head noun has been read: "a unit of Y", "an analyst at Z", "the man who".
const APPOSITION_ENDS = new Set(['of', 'at', 'in', 'for', 'from', 'with', 'on', 'who', 'which', 'that', 'and', 'or', 'to', 'based']);
const APPOSITION_WORDS = 8;
const ARTICLES = new Set(['a', 'an', 'the']);
const SEAT_WORDS = new Set(['based', 'headquartered']);
const OWNED_WORDS = new Set(['owned', 'controlled']);
// A person is born, not founded: "Quillan, founded by two engineers in 2009," is a body.
const FOUNDED_WORDS = new Set(['founded', 'co-founded', 'cofounded']);
const FOUNDING_YEAR = /^(?:1[5-9]|20)\d\ds?$/;

// What a company is to another as often as a person is: "Kering, the owner of Gucci".
const HOLDER_NOUNS = new Set(['owner', 'co-owner', 'shareholder', 'investor', 'backer', 'buyer', 'seller']);

/**
 * "Kering, the owner of Gucci", "Vexcor, the largest shareholder in Quillan": an apposition that
 * makes the run the holder of a named company, which a company is as often as a person.
 */
export function apposesHolderOfName(tokens: Token[], to: number): boolean {
  if (tokens[to]?.text !== ',' || !ARTICLES.has(tokens[to + 1]?.lower ?? '')) return false;
  for (let k = to + 2; k < to + 2 + APPOSITION_WORDS && tokens[k] && !tokens[k].cap; k++) {
    if (HOLDER_NOUNS.has(tokens[k].lower)) return (tokens[k + 1]?.lower === 'of' || tokens[k + 1]?.lower === 'in') && !!tokens[k + 2]?.cap;
  }
  return false;
}

// How many words a reporting clause's subject may run to: "the Organisation for Security and Cooperation in Europe said".
const ATTRIBUTION_WORDS = 12;
// Verbs of a reporting clause after a comma: speech, and what papers and agencies do ("refugees
// in Podujevo, the Kosova Information Centre reported"), which alone would not make a speaker a person.
const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set([...SPEECH_VERBS, 'reported', 'reports', 'announced', 'confirmed']);
// Words that open a clause inside an apposition, whose verb is no longer the apposition's: "Rich, a trader who said".
const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'whose', 'whom']);

/**
 * "refugees in Doboj, the OSCE said", "signed by Hargreaves, the company said": the phrase after
 * the comma is the subject of a verb of saying that reports the sentence, not an apposition of
 * the run. An apposition is closed by a comma before the verb ("Brightwater, a Boston firm, said").
 */
function closesWithAttribution(tokens: Token[], to: number): boolean {
  for (let k = to + 1; k <= to + ATTRIBUTION_WORDS && tokens[k]; k++) {
    const t = tokens[k];
    // "the Organisation for Security and Cooperation in Europe (OSCE) said": the short name in brackets.
    if (t.text === '(' && tokens[k + 2]?.text === ')') {
      k += 2;
      continue;
    }
    if ((!t.word && t.text !== '-') || CLAUSE_OPENERS.has(t.lower)) return false;
    if (!t.cap && ATTRIBUTION_VERBS.has(t.lower)) return k > to + 1;
  }
  return false;
}

/** "founded by Jeff Bezos", "founded by two engineers", "founded in 1998", "founded in the 1990s": who founded a body, or when. */
function isFounding(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower === 'by') return !!tokens[k + 1]?.word;
  if (tokens[k]?.lower !== 'in') return false;
  const year = tokens[k + 1]?.lower === 'the' ? tokens[k + 2] : tokens[k + 1];
  return FOUNDING_YEAR.test(year?.text ?? '');
}

// What a firm manages for clients: "the world's largest asset manager" is a firm, "a fund manager" a person.
const CLIENT_ASSETS = new Set(['asset', 'wealth', 'investment']);
const MANAGER_NOUNS = new Set(['manager', 'managers']);
// Words after which the manager works somewhere, as a person does: "an asset manager at Nuveen".
const WORKPLACE_WORDS = new Set(['at', 'with', 'for']);

/** "BlackRock, the world's largest asset manager,": a manager of clients' assets, not at a firm, is the firm. */
function managesForClients(tokens: Token[], k: number): boolean {
  return MANAGER_NOUNS.has(tokens[k].lower) && CLIENT_ASSETS.has(tokens[k - 1]?.lower ?? '') && !WORKPLACE_WORDS.has(tokens[k + 1]?.lower ?? '');
}

/**
 * The kind an apposition after the run gives it, by the noun that heads it: "Brightwater, a
 * Boston-based investment firm" (organization), "Rich, a former commodities trader" (person).
 * A possessive name may stand for the article ("Lebed, Yeltsin's security chief"), and a post
 * may head it alone ("Palmer, chairman of Digital").
 * The head is the last lower-case noun of either kind before the phrase goes on ("of", "who", a
 * comma); possessives are no heads ("the company's chairman"), nor names ("UTC, the Bank of Canada").
 */
export function appositionKind(tokens: Token[], to: number): 'person' | 'organization' | undefined {
  if (tokens[to]?.text !== ',' || closesWithAttribution(tokens, to)) return undefined;
  const opener = tokens[to + 1];
  if (!opener) return undefined;
  // "Norvex, based in Dallas, makes valves": where a company has its seat; "Gerber, owned by
  // Novartis, leads": who holds it.
  if (SEAT_WORDS.has(opener.lower) && tokens[to + 2]?.lower === 'in') return 'organization';
  if (OWNED_WORDS.has(opener.lower) && tokens[to + 2]?.lower === 'by' && tokens[to + 3]?.cap) return 'organization';
  if (FOUNDED_WORDS.has(opener.lower) && isFounding(tokens, to + 2)) return 'organization';
  // "Robert Palmer, chairman and chief executive of Digital", "Gomez, Panama coach": a bare post,
  // maybe after the names of where it is held, heads an apposition too.
  let post = to + 1;
  while (post < to + 4 && tokens[post]?.cap && tokens[post].word && !tokens[post].possessive) post++;
  const bare = tokens[post];
  // "a shooting on Victoria Island, spokesman Benjamin Hundeyin said": a post before a name titles
  // that name, and says nothing of the run before the comma.
  const titlesNext = !!tokens[post + 1]?.cap && !!tokens[post + 1].word;
  if (bare?.word && !bare.cap && ROLE_NOUNS.has(bare.lower) && !APPOSITIVE_ORG_NOUNS.has(bare.lower)) return titlesNext ? undefined : 'person';
  // "Lebed, Yeltsin's security chief": a possessive name stands for the article.
  const possessor = opener.cap && opener.possessive && !tokens[to + 2]?.cap;
  // "Avangrid, its U.S. arm,", "Smith, its chief executive,": "its" stands for the article too.
  if (!possessor && !ARTICLES.has(opener.lower) && opener.lower !== 'its') return undefined;
  let kind: 'person' | 'organization' | undefined;
  for (let k = to + 2; k < to + 2 + APPOSITION_WORDS; k++) {
    const t = tokens[k];
    if (!t || (!t.word && t.text !== '-') || APPOSITION_ENDS.has(t.lower)) break;
    // "Gavi, the Vaccine Alliance,": a body's capitalized head names a body, unless a post follows
    // ("the Labour Party leader", "the Senate Majority Leader").
    if (t.cap && !t.possessive && INSTITUTION_HEADS.has(t.lower)) kind = 'organization';
    else if (t.cap && !t.possessive && ROLE_NOUNS.has(t.lower)) kind = 'person';
    if (t.possessive || t.cap) continue;
    if (managesForClients(tokens, k)) {
      kind = 'organization';
      continue;
    }
    const person = APPOSITIVE_PERSON_NOUNS.has(t.lower);
    const organization = APPOSITIVE_ORG_NOUNS.has(t.lower);
    if (person !== organization) kind = person ? 'person' : 'organization';
  }
  return kind;
}
