import { CALENDAR_WORDS } from '../../lexicon/calendar';
import { WEEKDAYS } from '../../lexicon/weekdays';
import { companyNameWords } from '../../lexicon/company-names';
import { englishWords } from '../../lexicon/english-words';
import { firstNames } from '../../lexicon/first-names';
import { worldGivenNames } from '../../lexicon/world-given-names';
import { FOOTBALL_CLUBS } from '../../lexicon/football-clubs';
import { NEWS_ORGANIZATIONS } from '../../lexicon/news-organizations';
import { NATIONALITY_NOUNS } from '../../lexicon/people-nouns';
import { compromiseLexicon } from '../../nlp/lexicon';
import { gazetteer } from '../../lexicon/gazetteer';
import type { EntityKind } from '../../types';
import { INSTITUTION_HEADS, ORG_ROLE_NOUNS } from '../../lexicon/org-words';
import { foldAccents } from '../../text/fold-accents';
import { isDigitLedBrand } from './digit-led-brand';

// Lexicon tags of ordinary words. A capitalized word with one of them at the start of a sentence
// is just a sentence opener ("Attendees", "While", "Since").
const COMMON_TAGS = new Set([
  'Adjective', 'Noun', 'Singular', 'Plural', 'Verb', 'Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Adverb',
  'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Actor', 'Uncountable', 'Modal', 'QuestionWord',
  'Participle', 'Comparative', 'Superlative', 'Expression', 'Copula', 'Auxiliary', 'Negative', 'Cardinal',
  'Ordinal', 'TextValue', 'Date', 'Duration', 'Unit', 'Reflexive', 'Possessive', 'PhrasalVerb', 'Demonym',
]);
const CALENDAR_TAGS = new Set(['Month', 'WeekDay', 'Holiday', 'Date', 'Duration']);
const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** The lexicon's tags for a lower-cased word or phrase, or []. */
export function lexiconTags(lower: string): readonly string[] {
  return compromiseLexicon().tags(lower) ?? [];
}

const FUNCTION_TAGS = new Set(['Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'QuestionWord', 'Modal', 'Copula', 'Auxiliary']);

/** A closed-class word: "in", "this", "although", "we". */
export function isFunctionWord(lower: string): boolean {
  return lexiconTags(lower).some((t) => FUNCTION_TAGS.has(t));
}

/** A word the lexicon knows as an ordinary word, not a name: "while", "general". */
export function isCommonWord(lower: string): boolean {
  return lexiconTags(lower).some((t) => COMMON_TAGS.has(t));
}

/**
 * Any ordinary English word, per the word list too ("passengers", "smith"). Right for sentence
 * openers, too strict for the words of a name ("John Smith").
 */
export function isEnglishWord(lower: string): boolean {
  return englishWords().has(lower) || isCommonWord(lower);
}

// Plural endings the lexicon does not list: "attendees" → "attendee", "members" → "member".
const PLURAL = /(?:ies|es|s)$/;

/** A common word, or the plural of one: sentence openers like "Passengers" and "Members". */
export function isCommonWordOrPlural(lower: string): boolean {
  if (isEnglishWord(lower)) return true;
  const m = PLURAL.exec(lower);
  if (!m || isGivenName(lower)) return false;
  const stem = lower.slice(0, m.index);
  return isEnglishWord(stem) || (m[0] === 'ies' && isEnglishWord(`${stem}y`)) || (m[0] === 'es' && isEnglishWord(`${stem}e`));
}

/**
 * Days, months and holidays: "Monday", "May", "Christmas". A weekday's short form that is also a
 * word, written without its dot, is a name's word more often than a day in news ("Sun Co. … Sun
 * shares rose", "Sat"); "Sun." and "Fri" stay days.
 */
export function isCalendarWord(lower: string): boolean {
  const bare = lower.replace(/\.$/, '');
  if (bare === lower && bare.length <= SHORT_WEEKDAY && WEEKDAYS.has(bare) && englishWords().has(bare)) return false;
  return CALENDAR_WORDS.has(bare) || lexiconTags(bare).some((t) => CALENDAR_TAGS.has(t));
}

const SHORT_WEEKDAY = 3;

export function isGivenName(lower: string): boolean {
  return isOneGivenName(lower) || isDoubleGivenName(lower, isOneGivenName);
}

const isOneGivenName = orUnaccented((lower: string) => firstNames().has(lower) || lexiconTags(lower).some((t) => GIVEN_NAME_TAGS.has(t)) || worldGivenNames().has(lower));

/**
 * "María", "João", "Adán", "Inácio": the name lists spell most Spanish and Portuguese given names
 * without their accents, so a name they miss is tried again without them.
 */
function orUnaccented(isName: (lower: string) => boolean): (lower: string) => boolean {
  return (lower) => {
    if (isName(lower)) return true;
    const folded = foldAccents(lower);
    return folded !== lower && isName(folded);
  };
}

/** "Hans-Dieter", "Mary-Kate", "Jean-Claude": two given names joined by a hyphen are one. */
function isDoubleGivenName(lower: string, isName: (part: string) => boolean): boolean {
  const hyphen = lower.indexOf('-');
  if (hyphen < MIN_PART || hyphen !== lower.lastIndexOf('-')) return false;
  const second = lower.slice(hyphen + 1);
  return second.length >= MIN_PART && isName(lower.slice(0, hyphen)) && isName(second);
}

// "Al-Ahly": a two-letter part is an article or a clipped name as often as a given name.
const MIN_PART = 3;

/** A given name that only the lists of other lands hold: "Milan", "Farouk", "Aita". */
export const isWorldGivenName = (lower: string): boolean => worldGivenNames().has(lower) && !isLexiconGivenName(lower);

/**
 * A given name that is evidence on its own: compromise lists it, or the name lists do and it is
 * no English word. The long name lists also hold words ("Velvet", "West", "Bat"), which open
 * names of bands and places as often as of people ("Velvet Underground", "Bat Cave").
 */
export function isClearGivenName(lower: string): boolean {
  return isOneClearGivenName(lower) || isDoubleGivenName(lower, isOneClearGivenName);
}

const isOneClearGivenName = orUnaccented((lower: string) => isLexiconGivenName(lower) || ((firstNames().has(lower) || worldGivenNames().has(lower)) && !englishWords().has(lower)));

/** A given name to compromise's lexicon, which lists only common ones ("gloria", not "chrysler"). */
export function isLexiconGivenName(lower: string): boolean {
  return isOneLexiconGivenName(lower);
}

// "Luís", "Andrés", "Tomás": the lexicon spells them as "Luis", "Andres", "Tomas".
const isOneLexiconGivenName = orUnaccented((lower: string) => lexiconTags(lower).some((t) => GIVEN_NAME_TAGS.has(t)));

export function isSurname(lower: string): boolean {
  return lexiconTags(lower).includes('LastName');
}

const isListedOrganization = (name: string): boolean => NEWS_ORGANIZATIONS.has(name) || FOOTBALL_CLUBS.has(name);

/**
 * The kind the lexicon gives a whole name ("boeing" → organization, "paris" → location). The
 * lexicon spells names with spaces, which news often writes with a hyphen ("Al-Jazeera").
 */
export function lexiconKind(lower: string): EntityKind | undefined {
  const kind = lexiconKindAsSpelled(lower);
  // "Nestlé", "Hermès": the lists spell some names without their accents.
  const folded = foldAccents(lower);
  return kind ?? (folded === lower ? undefined : lexiconKindAsSpelled(folded));
}

function lexiconKindAsSpelled(lower: string): EntityKind | undefined {
  const spelled = lexiconTags(lower);
  const unhyphened = lower.replaceAll('-', ' ');
  const tags = spelled.length === 0 && unhyphened !== lower ? lexiconTags(unhyphened) : spelled;
  // "Paris St-Germain": the lists spell it with a space.
  if (tags.includes('Organization') || tags.includes('SportsTeam') || isListedOrganization(lower) || isListedOrganization(unhyphened)) return 'organization';
  // "Johnson and Johnson", "Procter and Gamble": a firm the lists spell with "&", written out.
  if (spelled.length === 0 && lower.includes(' and ') && lexiconKind(lower.replaceAll(' and ', ' & ')) === 'organization') return 'organization';
  if (tags.includes('Country') || tags.includes('City') || tags.includes('Region') || tags.includes('Place')) return 'location';
  if (tags.includes('Person')) return 'person';
  return undefined;
}

/** Any word of a company's name in the list of firms, ordinary words too ("oracle", "tapestry"). */
export const isWordOfSomeFirm = (lower: string): boolean => companyNameWords().has(lower);

/**
 * A noun of a firm's kind that no firm's name opens with: "rival", "carmaker", "retailer". Before a
 * firm's full name at a sentence's start it describes the firm ("Rival Google Inc. said").
 */
export const isFirmKindWord = (lower: string): boolean => ORG_ROLE_NOUNS.has(lower) && !INSTITUTION_HEADS.has(lower) && !isWordOfSomeFirm(lower);

/**
 * A word of a company's name that is nothing else: "Chrysler", "Opel", "Grumman", but not
 * "General" (an English word), "Dana" (a given name), "Antwerp" (a place) or "AAPL" (capitals,
 * which the acronym rule weighs). It makes a name an organization when no stronger evidence does.
 */
export function isCompanyWord(text: string): boolean {
  const lower = text.toLowerCase();
  if (isCamelCaseBrand(text) || isDigitLedBrand(text)) return true;
  if (text.length < MIN_COMPANY_WORD || !companyNameWords().has(lower) || !HAS_LOWER.test(text)) return false;
  if (isEnglishWord(lower) || isLexiconGivenName(lower) || isSurname(lower) || lexiconKind(lower)) return false;
  return !gazetteer().place(text) && !gazetteer().isDemonym(text);
}

const HAS_LOWER = /\p{Ll}/u;
// Two words run together, each capitalized: "DoorDash", "IndiGo", "CrowdStrike", "SpaceX", and
// "WeWork" with a two-letter first word, whose second needs a small letter too: "BoJ", "MoD" and
// "DfE" are acronyms that keep a linking word's initial.
const CAMEL_CASE = /^\p{Lu}(?:\p{Ll}{2,}\p{Lu}|\p{Ll}\p{Lu}\p{Ll})/u;
// Prefixes of surnames and place names written with an inner capital: "McCain", "MacArthur",
// "DeSantis", "DiCaprio", "DuBois", "LaGuardia", "LeBron", "FitzGerald", "VanDyke", "KwaZulu".
const CAPITALIZED_NAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Lo|Fitz|Van|Von|Kwa)\p{Lu}/u;

/** A brand written as two capitalized words run together, which no surname or place is. */
export function isCamelCaseBrand(text: string): boolean {
  return CAMEL_CASE.test(text) && !CAPITALIZED_NAME_PREFIX.test(text) && !gazetteer().place(text);
}
// Shorter words of the list are clipped forms and products more often than companies: "Mac", "Tel", "Hon".
const MIN_COMPANY_WORD = 4;

/** A nationality, as an adjective or a noun: "Ukrainian", "Europeans", "Dutchman", "Briton". */
export function isNationalityWord(text: string): boolean {
  return gazetteer().isDemonym(text) || NATIONALITY_NOUNS.has(text.toLowerCase());
}
