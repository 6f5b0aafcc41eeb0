import { PUBLIC_FIGURES } from '../../lexicon/public-figures';
import { CARDINAL_WORDS, PLURAL_SCALE_WORDS, VAGUE_QUANTITIES } from '../../lexicon/number-words';
import { FIRM_PLURALS_BEFORE_EXAMPLES, INSTITUTION_HEADS, isBodyNoun, OF_NAME_HEADS, ORG_ROLE_NOUNS } from '../../lexicon/org-words';
import { STREET_HEADS } from '../../lexicon/place-words';
import { GROUP_SPEAKERS, ROLE_NOUNS } from '../../lexicon/titles';
import { gazetteer } from '../../lexicon/gazetteer';
import type { CapitalStats } from './capital-stats';
import { appositionKind, isEmployerBeforePost, mayOpenName, organizationCue, isPersonalRun, personalCue, personCue, reportedClauseStart, SPEECH_VERBS } from './context-cues';
import { COMPANY_PREDICATE_RULE, SAID_RESULTS_RULE } from './cue-rules';
import { isCalendarWord, isCommonWordOrPlural, isEnglishWord, isFunctionWord, isGivenName, isNationalityWord, isSurname, isWordOfSomeFirm, lexiconKind, lexiconTags } from './name-words';
import { airlineBeforeFlight, isAcronym, organizationRule, possessiveCompanyStart } from './org-shape';
import { EAST_ASIAN_RULE, PARTICLE_NAME_RULE, personRule } from './person-shape';
import { hasLeadingPlaceHead, hasPlaceHead, isCountryOrRegion, isGazetteerPlace, numberedRoadEnd, placePrefixEnd } from './place-rules';
import { isPriceMover } from './price-mover';
import { isTeamInResults } from './results-line';
import { comesBackToResult, standsInScoreline } from './teams';
import { isKnownTeamNickname } from './team-nickname';
import { findTitleRun, isTitleWord } from './titles';
import { lowerPhrase, type Token } from './tokens';

/** A number word above one ("One Nation" is a name). */
export const isCountWord = (lower: string) => (CARDINAL_WORDS.get(lower) ?? 0) > 1 || lower in PLURAL_SCALE_WORDS;

/** Words of a post's tenure that a sentence may open with before a name: "Former", "Acting". */
const TENURE_WORDS: ReadonlySet<string> = new Set(['former', 'late', 'acting', 'outgoing', 'incoming', 'interim', 'then']);

/**
 * "Former Illinois Senate President John Cullerton", "Acting Foreign Ministry spokesman Li Wen":
 * a tenure word that opens a sentence's run qualifies the post, so the body, employer or holder
 * begins after it, even where the whole run would read as a body's name.
 */
export const opensWithTenure = (tokens: Token[], from: number, to: number): boolean => to - from > 1 && TENURE_WORDS.has(tokens[from].lower);

/**
 * Drops the first word of a sentence when its capital is only the sentence's: "Attendees pose",
 * "While some allies …". A word the lexicon or the gazetteer knows as a name stays ("Boeing said"),
 * and so does one the article capitalizes elsewhere ("Apple said").
 */
export function skipSentenceOpener(tokens: Token[], from: number, to: number, stats: CapitalStats): number {
  const first = tokens[from];
  if (stats.isNameWord(first.lower) || INSTITUTION_HEADS.has(first.lower)) return from;
  // "House of Fraser said": a head that names a body only before "of" keeps the run it opens.
  if (OF_NAME_HEADS.has(first.lower) && tokens[from + 1]?.lower === 'of' && to - from > 2) return from;
  // "Securities and Exchange Commission said": two fields joined by "and" before an institution's head.
  if (tokens[from + 1]?.lower === 'and' && to - from > 3 && INSTITUTION_HEADS.has(tokens[to - 1].lower) && organizationRule(tokens, from, to)) return from;
  // "Fed Chairman Alan Greenspan", "Fed officials said", "House Speaker Ann Lowe": an institution's
  // one word, unless a particle makes it a verb ("Fed up with delays").
  if (organizationRule(tokens, from, from + 1) && !isParticle(tokens[from + 1])) return from;
  // "Coast Guard Rear Adm. Mary Landry": the words before a title inside the run name a body or a place whole.
  const title = findTitleRun(tokens, from, to);
  // "Butte County Sheriff Kory Honea": so does a place its head names, whatever its first word means.
  if (title && title.from > from + 1 && (organizationRule(tokens, from, title.from) || isGazetteerPlace(tokens, from, title.from) || hasPlaceHead(tokens, from, title.from) || lexiconKind(lowerPhrase(tokens, from, title.from)))) return from;
  if ((first.upper && first.text.length > 1) || PUBLIC_FIGURES.has(first.lower)) return from;
  // "Marks and Spencer will close stores": a firm the lexicon knows whole keeps its ordinary first word.
  if (to - from > 1 && lexiconKind(lowerPhrase(tokens, from, to)) === 'organization') return from;
  // "Automaker Toyota recalled …": a noun of kind that opens the sentence names what follows.
  if (ORG_ROLE_NOUNS.has(first.lower) && to - from > 1) return from + 1;
  // "Fly-half Diego Dominguez kicked …", "Debutant Shubman Gill hit …": a player's position that
  // opens the sentence before a full name, or a name its role makes a person's. A title keeps its
  // run for the title rule below ("Coach Ray Jordan said").
  const roleName = !isTitleWord(first) && personCue(tokens, from + 1, to) === 'person/role-noun';
  if (ROLE_NOUNS.has(first.lower) && to - from > 2 && (personRule(tokens, from + 1, to) || roleName)) return from + 1;
  if (lexiconKind(first.lower) || gazetteer().place(first.text) || isAcronym(first) || isGivenName(first.lower)) return from;
  if (possessiveCompanyStart(tokens, to - 1) === from) return from;
  // "Kidder, Peabody & Co. said": a firm named for partners listed with commas keeps its first one.
  if (tokens[from + 1]?.text === ',' && organizationRule(tokens, from, to)) return from;
  // "New York Newsroom", "South Africa's": the opener begins a place name the run goes on with.
  if (placePrefixEnd(tokens, from, to) > 0) return from;
  // "Mount Hood is an hour away", "Lake Erie froze": a place word that opens a name keeps its run.
  if (hasLeadingPlaceHead(tokens, from, to)) return from;
  // "Air France said", "Air China ordered": a carrier named "Air" and its country or city.
  if (first.lower === 'air' && to - from > 1 && isGazetteerPlace(tokens, from + 1, to)) return from;
  // "Wall Street closed lower", "Death Valley was shut", "Silicon Valley investors": a plain word
  // opens a street's or a place's name.
  if (to - from === 2 && (STREET_HEADS.has(tokens[from + 1].lower) || hasPlaceHead(tokens, from, to)) && !/s$/.test(first.lower) && !isCalendarWord(first.lower)) return from;
  // "Arsenal 2 Derby 2": in a table, a line's first word is a name whatever it means elsewhere.
  if (isTeamInResults(tokens, from, to)) return from;
  // "Boots rose 10 pence": a share whose price moved is a company's name; in "Shares of Acme
  // fell 35 cents" the share is the name after the connector.
  if (isPriceMover(tokens, to) && mayOpenName(first) && !isCalendarWord(first.lower) && (to - from === 1 || tokens[from + 1].cap)) return from;
  // "Air France Flight 447 crashed": a numbered flight's carrier is a name; "Interstate 95 was shut", a numbered road.
  if (airlineBeforeFlight(tokens, from, to) > 0 || numberedRoadEnd(tokens, from, to) > 0) return from;
  // "President Obama said …": a title keeps its run, and the title rule removes it.
  if (isTitleWord(first) && to - from > 1) return from;
  // "Baker said he would resign", "Target, the discount retailer": a cue keeps a name that is also a word.
  const apposed = to - from <= 3 ? appositionKind(tokens, to) : undefined;
  if (personalCue(tokens, from, to) || (apposed === 'person' && isPersonalRun(tokens, from, to))) return from;
  if (apposed === 'organization' && tokens.slice(from, to).every(mayOpenName)) return from;
  // "Blue Chip Stamps said it", "Red Line Freight's shares": a company's cue keeps a longer name whole.
  if (to - from >= 3 && tokens.slice(from, to).every((t) => t.cap) && organizationCue(tokens, from, to)) return from;
  // "Ma Ying-jeou said": a family name that is also a word, before a romanized given name.
  // "Marine Le Pen's party": a word before a family name opened by an article is the given name.
  const shaped = personRule(tokens, from, to);
  if (shaped === EAST_ASIAN_RULE || shaped === PARTICLE_NAME_RULE) return from;
  // "Rangers beat Celtic 2-0": a side in a match's own clause is a name whatever it means elsewhere.
  if (standsInScoreline(tokens, from, to) || comesBackToResult(tokens, to)) return from;
  // "Jaguar's chairman said": a word before a company's belongings names the company.
  if (to - from === 1 && first.possessive && !isCalendarWord(first.lower) && organizationCue(tokens, from, to) === 'organization/possession') return from;
  if (namesBranchOrCarrier(tokens, from, to)) return from;
  if (to - from <= FIRM_NAME_WORDS && (isFirmSpeaking(tokens, from, to) || isFirmPairSpeaking(tokens, from, to))) return from;
  // "Amazon founder Jeff Bezos", "Giants manager Dusty Baker", "All Blacks captain Sam Cane": a
  // firm's word or a team's nickname before the post its holder fills; not a body's common noun
  // ("Company founder Ann Lowe").
  const nickname = isKnownTeamNickname(lowerPhrase(tokens, from, to));
  if ((to - from === 1 || nickname) && isEmployerBeforePost(tokens, to) && (isWordOfSomeFirm(first.lower) || nickname) && !isBodyNoun(first.lower)) return from;
  // "European Central Bank President Jean-Claude Trichet said": a people's adjective opens the
  // name of an institution that a post and its holder follow.
  if (isNationalityWord(first.text) && opensInstitution(tokens, from, to)) return from;
  // "Three Mile Island", "Ten Downing Street": a count before a singular word counts nothing; it
  // opens a place's name ("Three Army officers" counts).
  if (isCountWord(first.lower) && to - from > 2 && !tokens[from + 1].lower.endsWith('s') && hasPlaceHead(tokens, from, to)) return from;
  // "Carmakers Quorvex and Tarnwick fell": a plural kind of firm opens the sentence before the firms it names.
  if (isCommonWordOrPlural(first.lower) || isCalendarWord(first.lower) || FIRM_PLURALS_BEFORE_EXAMPLES.has(first.lower)) return from + 1;
  return from;
}

/** The words from `from` name an organization before the run goes on: "European Central Bank President …". */
function opensInstitution(tokens: Token[], from: number, to: number): boolean {
  for (let end = to - 1; end > from + 1; end--) if (organizationRule(tokens, from, end)) return true;
  return false;
}

// Cues of what a company says of itself or does: "said in a statement", "said it would", "posted a loss".
const FIRM_SPEAKING_CUES = new Set(['organization/said-it', SAID_RESULTS_RULE, COMPANY_PREDICATE_RULE]);
// Lexicon tags of nouns that open a sentence bare and speak as a group: "Research said it", "Police said it".
const BARE_NOUN_TAGS = new Set(['Plural', 'Uncountable']);

/**
 * "Oracle said in a statement", "Tapestry said it would", "Standard Chartered said profit fell":
 * ordinary words that the list of firms holds, opening a sentence with no article, before what a
 * company says of itself, are the firm. Groups speak so too ("Management said it"), and the
 * lexicon tags mass nouns.
 */
export function isFirmSpeaking(tokens: Token[], from: number, to = from + 1): boolean {
  const first = tokens[from];
  if (GROUP_SPEAKERS.has(first.lower) || lexiconTags(first.lower).some((t) => BARE_NOUN_TAGS.has(t))) return false;
  let firmWords = true;
  for (let i = from; i < to && firmWords; i++) firmWords = isWordOfSomeFirm(tokens[i].lower);
  if (!firmWords && !namesNoBareSubject(tokens, from, to)) return false;
  return FIRM_SPEAKING_CUES.has(organizationCue(tokens, from, to) ?? '');
}

// Words that count or compare and stand alone as a subject: "Many said it", "Most said profit rose".
const QUANTITY_SUBJECTS = new Set([...VAGUE_QUANTITIES, 'most', 'more', 'much', 'less', 'all', 'each', 'both', 'either', 'neither', 'other', 'others', 'half', 'none', 'enough']);
// Lexicon tags of words that open a sentence before its subject: "Meanwhile Acme said", "Earlier Acme said".
const OPENING_ADVERB_TAGS = new Set(['Adverb', 'Comparative', 'Superlative', 'Date']);
// Endings of adverbs the lexicon does not tag: "Separately", "Elsewhere", "Afterwards".
const ADVERB_ENDING = /(?:ly|where|wards?)$/;
// Lexicon tags of a word that is no bare subject alone: a verb's base form, an adjective.
const NO_SUBJECT_TAGS = new Set(['Infinitive', 'Adjective']);

/**
 * "Unite said its members", "Next said sales rose", "Blue Origin said on Monday it": English words
 * that cannot open a sentence as its subject with no article, before what a company says of
 * itself, are a name: a verb's base form or an adjective alone, or a word and a second capitalized
 * one that is no plural ("Rocket Lab"). Adverbs that open the sentence ("Meanwhile Acme said") and
 * words that count ("Many said it") are not.
 */
function namesNoBareSubject(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const tags = lexiconTags(first.lower);
  if (QUANTITY_SUBJECTS.has(first.lower) || ADVERB_ENDING.test(first.lower) || DESCRIBING_ENDING.test(first.lower) || isFunctionWord(first.lower) || isCalendarWord(first.lower)) return false;
  if (to - from === 1) return tags.some((t) => NO_SUBJECT_TAGS.has(t)) || isBareCountNoun(first.lower, tags) || isUntaggedSpeaker(tokens, from, tags);
  if (to - from !== FIRM_NAME_WORDS || tags.some((t) => OPENING_ADVERB_TAGS.has(t))) return false;
  const second = tokens[from + 1];
  return second.cap && !second.upper && !GROUP_SPEAKERS.has(second.lower) && !isFunctionWord(second.lower) && !isCalendarWord(second.lower) && !lexiconTags(second.lower).some((t) => BARE_NOUN_TAGS.has(t));
}

/**
 * "Block said it would cut jobs", "Snap said its revenue rose": a noun the lexicon counts in the
 * singular takes an article as a subject, so bare it is a name; a body's noun stays apart, as
 * copy may drop its article ("Council said it would appeal").
 */
function isBareCountNoun(lower: string, tags: readonly string[]): boolean {
  return tags.includes('Singular') && !tags.includes('Uncountable') && !isBodyNoun(lower) && !INSTITUTION_HEADS.has(lower);
}

// Tags of a verb after "it" that make it what a firm does: "it would", "it had", "it expects".
const ACTION_TAGS = new Set(['Modal', 'Copula', 'PastTense', 'PresentTense', 'Verb']);

/**
 * "Stripe said on Thursday it would open an office": a word the lexicon leaves untagged, with no
 * plural's ending, that no list holds as a person's name ("Stone said it") or a body's noun, is
 * a name where what it says tells what it will do or did; a mass noun the lexicon misses speaks
 * only in idioms ("Evidence said it all").
 */
function isUntaggedSpeaker(tokens: Token[], from: number, tags: readonly string[]): boolean {
  const lower = tokens[from].lower;
  // A plural's ending ("Survivors") or a third person's verb's.
  if (tags.length > 0 || lower.endsWith('s') || isSurname(lower) || isGivenName(lower) || isBodyNoun(lower) || INSTITUTION_HEADS.has(lower)) return false;
  const k = reportedClauseStart(tokens, from + 1);
  if (k === undefined || !SPEECH_VERBS.has(tokens[from + 1]?.lower ?? '')) return false;
  if (tokens[k].lower === 'its') return true;
  return tokens[k].lower === 'it' && lexiconTags(tokens[k + 1]?.lower ?? '').some((t) => ACTION_TAGS.has(t));
}

/**
 * "Virgin Galactic said ticket sales resumed", "Rocket Lab says": two ordinary capitalized words
 * that open a sentence before a verb of saying, neither a given name, a surname nor a title, and
 * the first no word that could be the bare subject alone, name a firm whatever it says; a
 * person's name holds a name's word ("Grace Hope said").
 */
export function isFirmPairSpeaking(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== FIRM_NAME_WORDS || (from > 0 && !tokens[from].breakBefore) || !SPEECH_VERBS.has(tokens[to]?.lower ?? '')) return false;
  const words = tokens.slice(from, to);
  if (!words.every((t) => isEnglishWord(t.lower) && !isGivenName(t.lower) && !isSurname(t.lower) && !isTitleWord(t) && !isNationalityWord(t.text))) return false;
  return namesNoBareSubject(tokens, from, to);
}

// The most words of a firm's name that speaks as one: "Standard Chartered said profit fell".
const FIRM_NAME_WORDS = 2;

// Endings of participles and adverbs that describe a place: "Neighbouring Syria", "Landlocked Bolivia".
const DESCRIBING_ENDING = /(?:ing|ed|ly)$/;

// Lexicon tags of a noun in the singular, which before a country can only name something there.
const SINGULAR_NOUN_TAGS = new Set(['Singular', 'Noun']);

/**
 * "Virgin Atlantic said", "Aer Lingus", "Reform UK will field": a word the lexicon holds as no
 * part of speech, or only as a singular noun, before a country or an ocean, names a carrier, a
 * party or a firm's branch there, as it does inside a sentence; "Tiny Luxembourg" and
 * "Neighbouring Syria" describe the place.
 */
function namesBranchOrCarrier(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (to - from !== 2 || !isCountryOrRegion(tokens[from + 1]) || first.upper || DESCRIBING_ENDING.test(first.lower)) return false;
  const tags = lexiconTags(first.lower);
  return tags.every((tag) => SINGULAR_NOUN_TAGS.has(tag)) && !isNationalityWord(first.text) && !isCalendarWord(first.lower);
}

const isParticle = (t: Token | undefined): boolean => !!t && !t.cap && (t.lower === 'up' || lexiconTags(t.lower).includes('Preposition'));
