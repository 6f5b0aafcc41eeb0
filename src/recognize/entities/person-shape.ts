import { DIVISION_HEADS, ROMANCE_PLACE_HEADS } from '../../lexicon/place-words';
import { gazetteer } from '../../lexicon/gazetteer';
import { EAST_ASIAN_SURNAMES } from '../../lexicon/chinese-surnames';
import { PLURAL_ARTICLES, ROMANCE_PARTICLES, SURNAME_PARTICLES } from '../../lexicon/name-connectors';
import { FUNCTION_WORD_SURNAMES } from '../../lexicon/name-shapes';
import { FIRM_PLURALS, INSTITUTION_HEADS, NON_ENTITY_HEADS, NON_SURNAME_FIRM_HEADS, NON_SURNAME_HEADS, ORG_SUFFIXES, PLACE_HEADS } from '../../lexicon/org-words';
import { isClearGivenName, isCommonWord, isCompanyWord, isEnglishWord, isGivenName, isLexiconGivenName, isSurname, lexiconKind, lexiconTags } from './name-words';
import { isCountryOrRegion } from './place-rules';
import { isFullWeekdayName } from '../../lexicon/weekdays';
import { isNamedTownAfterPreposition } from './town-cue';
import { lowerPhrase, type Token } from './tokens';
import { isRegnalNumber } from './roman-numerals';
import { PEOPLES } from '../../lexicon/gazetteer/peoples';

const PEOPLES_AND_FAITHS: ReadonlySet<string> = new Set(PEOPLES);

const INITIAL = /^\p{Lu}\.$/u;
const HAS_DIGIT = /\p{N}/u;
const ACRONYM_PLURAL = /^\p{Lu}{2,}s$/u;

/** An acronym's plural, which ends no one's name: "Tory MPs", "Labour MEPs", "Lincoln Aviator SUVs". */
export function isAcronymPlural(t: Token): boolean {
  return ACRONYM_PLURAL.test(t.text);
}
const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west']);

/** A one-letter initial: "F." in "Steven F. Udvar-Hazy", "D." for the party in "(D., Mass.)". */
export const isInitial = (t: Token): boolean => INITIAL.test(t.text);

// "-- Sydney Newsroom 61-2 9373-1800": a wire service's office, after its city's name, that signs a story.
const NEWS_DESKS = new Set(['newsroom', 'newsdesk', 'bureau']);

const INITIALS = /^(?:\p{Lu}\.){2,3}$/u;
const CLOCK_MARKS = new Set(['a.m.', 'p.m.']);

/** Two or three initials that open a name ("V.P. Singh", "J.R. Ewing"); not a dotted place ("U.S. Steel"). */
export function isLeadingInitials(t: Token): boolean {
  return INITIALS.test(t.text) && !CLOCK_MARKS.has(t.lower) && !gazetteer().place(t.text) && !lexiconKind(t.lower);
}

const INITIALS_LETTERS = 2;

/**
 * "AJ Smith", "PJ Harvey": two capitals no list knows, undotted, before a surname the lists know,
 * or a given name that also serves as a surname.
 */
export function isUndottedInitials(tokens: Token[], from: number, to: number): boolean {
  const t = tokens[from];
  return to - from === 2 && t.text.length === INITIALS_LETTERS && t.upper && !lexiconKind(t.lower) && !gazetteer().place(t.text) && (isSurname(tokens[from + 1].lower) || isClearGivenName(tokens[from + 1].lower));
}

/**
 * "JJ Abrams", "AS Heagle": two undotted capitals no list knows before one word no list knows
 * (a surname the lists know makes a name by shape alone), which may as well be a bank's letters and
 * its house ("SG Warburg"): only a cue around it tells.
 */
export function mayBeUndottedInitialsName(tokens: Token[], from: number, to: number): boolean {
  const [initials, surname] = [tokens[from], tokens[from + 1]];
  if (to - from !== 2 || initials.text.length !== INITIALS_LETTERS || !initials.upper || lexiconKind(initials.lower) || gazetteer().place(initials.text)) return false;
  return surname.cap && !surname.upper && !isUndottedInitials(tokens, from, to) && !isEnglishWord(surname.lower) && !isCompanyWord(surname.text) && !lexiconKind(surname.lower) && !gazetteer().place(surname.text);
}

/** Initials that spell a state before a name a generational suffix closes: "N.J. Nicholas Jr.". */
const isStateInitials = (words: Token[]): boolean => words.length > 2 && INITIALS.test(words[0].text) && GENERATIONAL.test(words[words.length - 1].lower);
const GENERATIONAL = /^(jr\.?|sr\.?|ii|iii|iv)$/;

const REGNAL_RULE = 'person/regnal';

/** A number that follows a name to tell one bearer from another: "XIV", "III", "Jr.". */
export const isNameNumber = (t: Token): boolean => isRegnalNumber(t.text) || GENERATIONAL.test(t.lower);

/** "Louis XIV built Versailles", "Pius XII": a given name and a regnal number name a monarch or a pope. */
export function isRegnalName(words: readonly Token[]): boolean {
  return words.length === 2 && !words[0].upper && isGivenName(words[0].lower) && isRegnalNumber(words[1].text);
}

/** A generational suffix closing a name: "Jr.", "Sr.", "III". */
export const isGenerational = (t: Token): boolean => GENERATIONAL.test(t.lower);
// The given name of an East Asian name in romanization: "Dingzhe", "Chung-tai", "Min-Woo".
const ROMANIZED_GIVEN = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u;
// No romanized Chinese, Korean or Vietnamese given name ends in "s"; a firm's plural does:
// "Sun Microsystems", "Wang Laboratories".
const PLURAL_ENDING = /s$/;
// Family names that are also French and Italian articles: "Le Duc Tho" but "Le Bourget", "La Scala".
const ROMANCE_ARTICLES: ReadonlySet<string> = new Set(['le', 'la']);
// One Vietnamese syllable, as after "Le": short, and ending as Vietnamese syllables end ("Kha", "Duc", "Anh", "Pen").
const VIETNAMESE_SYLLABLE = /^\p{Lu}\p{Ll}{0,4}$(?<=(?:[aeiouy]|c|ch|m|n|ng|nh|p|t))/u;

/** The rule of a name romanized from Chinese, Korean or Vietnamese, family name first: "Zhao Dingzhe". */
export const EAST_ASIAN_RULE = 'person/east-asian';

/** The rule of a name whose family name a particle opens: "Joost van der Westhuizen", "Marine Le Pen". */
export const PARTICLE_NAME_RULE = 'person/particle-name';

/** "Lib Dem", "Dow Jones": a given name before a word that the lexicon holds whole as a body's name. */
function isKnownBody(tokens: Token[], from: number, to: number): boolean {
  return lexiconKind(lowerPhrase(tokens, from, to)) === 'organization';
}

/**
 * The rule that makes a capitalized run a person by its shape, or undefined:
 * "Jens Stoltenberg" (known given name), "Zhao Dingzhe" (East Asian family name first),
 * "Steven F. Udvar-Hazy" (an initial), "William Clay Ford Jr." (generational suffix).
 */
export function personRule(tokens: Token[], from: number, to: number): string | undefined {
  const n = to - from;
  if (n < 2 || n > 5) return undefined;
  const words = tokens.slice(from, to);
  // "Philadelphia 76ers", "Jane 3Com": no one's name holds figures.
  if (words.some((t) => HAS_DIGIT.test(t.text)) || isAcronymPlural(words[n - 1])) return undefined;
  const initials = isLeadingInitials(words[0]) || isStateInitials(words) || isUndottedInitials(tokens, from, to);
  if (isRegnalName(words)) return REGNAL_RULE;
  if (words.some((t, k) => t.upper && t.text.length > 1 && !isInitial(t) && !GENERATIONAL.test(t.lower) && !(k === 0 && initials))) return undefined;
  // "Fan Expo Canada" is no person: names do not contain countries or regions, nor, unless a clear
  // given name opens them ("Jim Press"), institutions' heads that are no surname ("Major League").
  // A common given name may open one whose surname is a country's name ("Michael Jordan").
  const named = (isLexiconGivenName(words[0].lower) && !isCountryOrRegion(words[0])) || isCountryGivenName(words);
  // "Jesus College", "Cory Band": a head no one has for a surname ends no person's name, even after a clear given name.
  if (words.slice(named ? 1 : 0, named ? -1 : undefined).some(isCountryOrRegion) || (words.some(isInstitutionWord) && (!isClearGivenName(words[0].lower) || NON_SURNAME_HEADS.has(words[n - 1].lower)))) return undefined;
  // "Sheffield Wednesday", "West Indies": a weekday is in no one's name, and a compass point opens none.
  // "Los Choneros", "Las Palmas": a plural article opens a group's or a town's name, no one's.
  if (words.some((t) => isFullWeekdayName(t.lower)) || COMPASS_POINTS.has(words[0].lower) || PLURAL_ARTICLES.has(words[0].lower)) return undefined;
  const last = words[n - 1];
  // "Osama bin" is no name: a particle opens a surname and never ends one.
  // "Fidelity Investments", "Warner Bros. Discovery": a firm's plural is in no one's name.
  // "Roman Catholic bishops": a faith or a people ends no one's name, nor does "Ola Electric" a firm's head that is no surname.
  if (!last.cap || NEWS_DESKS.has(last.lower) || PEOPLES_AND_FAITHS.has(last.lower) || NON_SURNAME_FIRM_HEADS.has(last.lower) || words.some((t) => FIRM_PLURALS.has(t.lower.replace(/\./g, ''))) || isFirmPluralEnd(last)) return undefined;
  // "World War II", "Super Bowl LVIII": a numeral after an event's head numbers the event.
  if (GENERATIONAL.test(last.lower)) return n > 1 && NON_ENTITY_HEADS.has(words[n - 2].lower) ? undefined : 'person/generational';
  // A middle initial has a surname after it: "Serie A." and "Plan B." end in a term's letter.
  if (words.slice(1, -1).some(isInitial)) return 'person/initial';
  if ((isInitial(words[0]) || initials) && couldBePersonName(tokens, from + 1, to)) return 'person/initial';
  // "Marcus Berg": after a plain given name, a capitalized common noun mid-sentence is a surname.
  const givenThenWord = n === 2 && isClearGivenName(words[0].lower) && !isCommonWord(words[0].lower) && !lexiconKind(words[0].lower);
  // "Anna van der Berg": after a particle, a word is a surname whatever it means in English.
  const afterParticle = SURNAME_PARTICLES.has(words[n - 2].lower);
  const functionSurname = FUNCTION_WORD_SURNAMES.has(last.lower) && !last.upper;
  const lastIsName = (!isCommonWord(last.lower) || isGivenName(last.lower) || givenThenWord || afterParticle || functionSurname) && !isWordCompound(last);
  // "Knox County Sheriff", "Harris County": a division's head after a given name makes a county named after someone.
  const namesDivision = words.slice(1).some((t) => DIVISION_HEADS.has(t.lower));
  if (isGivenName(words[0].lower) && !SURNAME_PARTICLES.has(words[0].lower) && lastIsName && !namesDivision && words.every((t) => t.cap || SURNAME_PARTICLES.has(t.lower)) && !isClubOfCity(words) && !isNamedTownAfterPreposition(tokens, from, to) && !isKnownBody(tokens, from, to)) return 'person/given-name';
  if (isParticleName(words) || isCapitalParticleSurname(words)) return PARTICLE_NAME_RULE;
  if (isArticleSurnamed(words)) return PARTICLE_NAME_RULE;
  // "Hong Kong Island": a family name and a given name that together name a place are the place's.
  // "Instituto Brasileiro do Café": a family name is capitalized, and "do" or "le" written lower-case
  // is a Romance particle inside a name, not "Do" or "Le" opening a Vietnamese one.
  const givenShape = ROMANCE_ARTICLES.has(words[0].lower) ? VIETNAMESE_SYLLABLE : ROMANIZED_GIVEN;
  if (n <= 3 && words[0].cap && EAST_ASIAN_SURNAMES.has(words[0].lower) && words.slice(1).every((t) => givenShape.test(t.text) && !PLURAL_ENDING.test(t.lower)) && !gazetteer().place(`${words[0].text} ${words[1].text}`)) {
    return EAST_ASIAN_RULE;
  }
  if (n === 2 && isRomanizedPair(words[0], words[1])) return EAST_ASIAN_RULE;
  if (isHyphenedGivenFirst(tokens, from, to)) return EAST_ASIAN_RULE;
  return undefined;
}

/**
 * "Hyun-woo Park", "Seo-yeon Lee": a hyphenated romanized given name before a Korean or Chinese
 * family name, in the Western order, is a person, though the family name is a place's head.
 */
export function isHyphenedGivenFirst(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 2 || !ROMANIZED_GIVEN.test(tokens[from].text) || !EAST_ASIAN_SURNAMES.has(tokens[from + 1].lower)) return false;
  // Two syllables, the second in lower case, the first no English word: not "Al-Aqsa Park", "Mid-town Park".
  const [first, second] = tokens[from].text.split('-');
  return second !== undefined && second === second.toLowerCase() && !isEnglishWord(first.toLowerCase());
}

// Particles that open a surname only (not Arabic articles, nor "y" between two surnames). The
// Romance ones also join places' names ("Barra da Tijuca", "Foz do Iguacu"), so after them the
// surname must be one the lists know.
const GERMANIC_SURNAME_LINKS = new Set(['van', 'von', 'der', 'den', 'ter', 'ten']);
const MAX_PARTICLES = 2;

/**
 * "Joost van der Westhuizen", "Aravinda de Silva": a given name no list holds, one or two
 * particles and a surname make a person, as long as neither end is a word, a place or a firm's
 * ("Tour de France", "Pas de Calais", "Banco de Portugal" are not people).
 */
function isParticleName(words: Token[]): boolean {
  const n = words.length;
  const links = words.slice(1, -1);
  if (n < 3 || n > MAX_PARTICLES + 2 || !links.every((t) => ROMANCE_PARTICLES.has(t.text) || GERMANIC_SURNAME_LINKS.has(t.text))) return false;
  const surname = words[n - 1];
  if (links.some((t) => ROMANCE_PARTICLES.has(t.text)) && !isSurname(surname.lower)) return false;
  return isUnlistedName(words[0]) && isUnlistedName(surname);
}

/**
 * "Van der Poel said", "Van Aert attacked", "Ter Stegen saved": Dutch and German copy capitalize the
 * particle of a surname written without its given name, so a capitalized Germanic particle, a
 * second one in lower case, and a word no list holds make a person. Not a place ("Van Nuys").
 */
function isCapitalParticleSurname(words: Token[]): boolean {
  const [particle, surname] = [words[0], words[words.length - 1]];
  if (words.length > MAX_PARTICLES + 1 || !particle.cap || particle.upper || !GERMANIC_SURNAME_LINKS.has(particle.lower)) return false;
  const links = words.slice(1, -1);
  return links.every((t) => !t.cap && GERMANIC_SURNAME_LINKS.has(t.text)) && isUnlistedName(surname);
}

/**
 * "Marine Le Pen", "Ignazio La Russa": a capitalized article and a short name after a word make a
 * French or Italian family name, and the word before it is the given name, though it is also an
 * English word. Not after a place's, a body's or a firm's word ("Hotel Le Meridien", "Paris Le Bourget").
 */
function isArticleSurnamed(words: Token[]): boolean {
  if (words.length !== 3 || !ROMANCE_ARTICLES.has(words[1].lower) || !words[1].cap || words[1].upper) return false;
  const [given, surname] = [words[0], words[2]];
  if (!ROMANIZED_GIVEN.test(given.text) || !ROMANIZED_GIVEN.test(surname.text) || PLURAL_ENDING.test(surname.lower)) return false;
  // A given name, or a word English has as an adjective only ("Marine"), or none at all; not a noun of a building ("Hotel").
  const tags = lexiconTags(given.lower);
  const mayBeGiven = isGivenName(given.lower) || !isEnglishWord(given.lower) || (tags.length > 0 && tags.every((tag) => tag === 'Adjective'));
  // "Lac La Biche", "Puerto La Cruz": a Romance place word that is no given name opens a place's name.
  const placeWord = PLACE_HEADS.has(given.lower) || (ROMANCE_PLACE_HEADS.has(given.lower) && !isGivenName(given.lower));
  return mayBeGiven && !lexiconKind(given.lower) && !gazetteer().place(given.text) && !isInstitutionWord(given) && !placeWord && !isCompanyWord(given.text) && !gazetteer().place(surname.text);
}

/** A capitalized word that no list holds as an English word, a place, a company or any other kind: a name's. */
function isUnlistedName(t: Token): boolean {
  return t.cap && !t.upper && !isEnglishWord(t.lower) && !lexiconKind(t.lower) && !gazetteer().place(t.text) && !isCompanyWord(t.text);
}

// The shortest word no list holds that may be a surname after a country's given name: "Israel
// Adesanya", but not "Georgia Tech".
const UNLISTED_SURNAME_LENGTH = 5;

/**
 * "Jordan Peele", "Chad Johnson", "Israel Adesanya": a country or state whose name is a common
 * given name opens a person's name before a surname, or before a word no list holds as a word,
 * place or company; "Georgia Power", "Jordan Valley" and "Georgia Tech" stay places.
 */
function isCountryGivenName(words: Token[]): boolean {
  if (words.length !== 2 || !isClearGivenName(words[0].lower) || !isCountryOrRegion(words[0])) return false;
  return isSurnameLike(words[1]);
}

/** A known surname, or a word of some length that no list holds as a word, place or company. */
function isSurnameLike(last: Token): boolean {
  if (last.upper) return false;
  return isSurname(last.lower) || (last.text.length >= UNLISTED_SURNAME_LENGTH && !isEnglishWord(last.lower) && !lexiconKind(last.lower) && !gazetteer().place(last.text) && !isCompanyWord(last.text));
}

/**
 * "Pep Guardiola", "Dusty Baker", "Magic Johnson": a nickname that is an English word before a
 * surname. Only a cue as strong as a role noun before the run ("manager Pep Guardiola") lets it
 * pass, for "Royal Ahold" has the same shape.
 */
export function couldBeNicknamedPerson(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (to - from < 2 || first.upper || gazetteer().place(first.text) || lexiconKind(first.lower)) return false;
  return couldBePersonName(tokens, from + 1, to) && isSurnameLike(tokens[to - 1]);
}

/**
 * "Ajax Amsterdam", "Vitesse Arnhem": a word only the long name lists hold as a given name,
 * before a city no list holds as a surname, names a club of that city. A common given name keeps
 * the person ("Jack London", "Irving Berlin").
 */
function isClubOfCity(words: Token[]): boolean {
  const last = words[words.length - 1];
  return words.length === 2 && !isLexiconGivenName(words[0].lower) && !isSurname(last.lower) && gazetteer().place(last.text)?.type === 'city';
}

// "Booker Prize-winner": a name joined to a lower-case English word is a modifier, not a name
// (a romanized given name is no English word: "Yau Wai-ching").
const LOWER_COMPOUND = /-(\p{Ll}+)$/u;
export function isWordCompound(t: Token): boolean {
  const m = LOWER_COMPOUND.exec(t.text);
  return !!m && isEnglishWord(m[1]);
}

// A family name of one syllable, "Hsieh", "Tsai", "Yip", and a given name of two joined by a
// hyphen, "Chang-ting", "Kwok-wah", "Jae-in": Chinese and Korean names in Wade-Giles or
// Cantonese romanization, whose family names no short list holds.
const SYLLABLE_NAME = /^\p{Lu}\p{Ll}{0,5}$/u;
const SYLLABLE_PAIR = /^\p{Lu}(\p{Ll}{1,5})-(\p{Ll}{2,5})$/u;

/**
 * "Hsieh Chang-ting", "Yip Kwok-wah": a one-syllable family name before a two-syllable given
 * name. Not when both syllables are English words ("Big Shake-up", "the Senate Run-up") or the
 * first word is a place's name.
 */
function isRomanizedPair(family: Token, given: Token): boolean {
  const pair = SYLLABLE_PAIR.exec(given.text);
  if (!pair || !SYLLABLE_NAME.test(family.text) || gazetteer().place(family.text)) return false;
  const first = `${given.text[0].toLowerCase()}${pair[1]}`;
  return !(isEnglishWord(first) && isEnglishWord(pair[2]));
}

/** "Meta Platforms", "Grace Industries": a firm's plural ends no one's name, unless it is a surname too ("Brooks"). */
// A plural's ending, which "Press" and "Glass" lack.
const PLURAL_WORD = /[^s]s$/;
const isFirmPluralEnd = (last: Token): boolean => PLURAL_WORD.test(last.lower) && ORG_SUFFIXES.has(last.lower) && !isSurname(last.lower);

const isInstitutionWord = (t: Token) => INSTITUTION_HEADS.has(t.lower) && !isSurname(t.lower) && !isGivenName(t.lower);

/**
 * No word of the run rules out a person: each is a given name, a known surname, or no ordinary
 * English word ("Nesbit" yes; "Motors", "Apple Computer" no).
 */
export function couldBePersonName(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (SURNAME_PARTICLES.has(t.lower) || GENERATIONAL.test(t.lower)) continue;
    if ((t.upper && t.text.length > 1) || isAcronymPlural(t)) return false;
    if (isEnglishWord(t.lower) && !isGivenName(t.lower) && !isSurname(t.lower)) return false;
  }
  return true;
}

