import { ROMANCE_PARTICLES } from '../../lexicon/name-connectors';
import { WORLD_FEDERATION_SPORTS } from '../../lexicon/world-federations';
import { hasRomanLetters, isWrittenRomanNumeral } from './roman-numerals';
import { POSSESSIVE_COMPANY_NAMES } from '../../lexicon/news-organizations';
import { CHAMBER_WORDS, CONFERENCE_MEMBERS, FIRM_PLURALS, GROUP_WORDS_ABROAD, SUPPORTERS_WORDS, INSTITUTION_HEADS, OF_NAME_HEADS, LEGAL_FORMS, LEADING_HEAD_NON_NAMES, LEADING_LEGAL_FORMS, LEADING_ORG_HEADS, LENDING_ARMS, NEWS_AGENCIES, NEWSPAPER_NAMES, NON_ORG_ACRONYMS, NON_SURNAME_HEADS, NUMBERED_UNIT_HEADS, ORG_SUFFIXES, REGIMENTAL_SUBUNITS, PARTNERSHIP_NOUNS, PLACE_HEADS, SERVICE_DISTRICT_WORDS, SINGLE_WORD_INSTITUTIONS, STUDY_CENTER_FIELDS, STRONG_ORG_SUFFIXES, SURVEY_FIELDS } from '../../lexicon/org-words';
import { isCompanyWord, isGivenName, isLexiconGivenName, isSurname, lexiconKind } from './name-words';
import { ROLE_NOUNS, TITLE_HEADS } from '../../lexicon/titles';
import { isTitleWord } from './titles';
import { isAlphanumericGroup } from './alphanumeric-name';
import { englishWords } from '../../lexicon/english-words';
import { parseOrdinal } from '../../resolve/numbers';
import { gazetteer, isUsStateName } from '../../lexicon/gazetteer';
import { PLACE_PART_WORDS } from '../../lexicon/place-words';
import { compromiseLexicon } from '../../nlp/lexicon';
import { isIsoCurrency } from '../../resolve/iso-4217';
import { followsThe, hyphenParts, lowerPhrase, UPPER_LETTER, type Token } from './tokens';
import { STARTS_WITH_DIGIT } from './product-name';
import { namesBodyOfPlace, namesCampusOfPlace } from './place-rules';
import { writtenPhrase } from './gazetteer-place';

// A vote's tally after a committee's name, no number of a series: "passed the Ways and Means Committee 25-18".
const VOTE_TALLY = /^\d+-\d+$/;

// Words between an institution's head and what it is of, for or on: "Institute for Advanced Study".
const HEAD_LINKS = new Set(['of', 'for', 'on']);
const bare = (t: Token) => t.lower.replace(/\.$/, '').replace(/\./g, '');
// "Mistral AI", "Stability AI": the initials that close a model maker's name, written in capitals
// (a given name or a surname "Ai" is written in lower case after its capital).
const AI_SUFFIX = 'AI';

/** "Mistral AI", but not "a Bengaluru AI startup", where a place's or a people's name qualifies the field. */
function isModelMaker(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to - 1].text !== AI_SUFFIX) return false;
  const before = writtenPhrase(tokens, from, to - 1);
  return !gazetteer().place(before) && !gazetteer().isDemonym(before);
}
// Words that join a head opening a name in another language to the rest: "Banco de Mexico",
// "Banca di Roma", "Caja de Madrid", "Deportivo de La Coruna", "Partido de la Revolucion".
const LEADING_HEAD_LINKS = new Set([...ROMANCE_PARTICLES, 'la', 'las', 'los', 'le']);
const MAX_LEADING_HEAD_LINKS = 2;

/** The index of the word after a leading head and its links ("Banco de Mexico" → 2), or 1 with no link. */
function linkedNameAt(words: Token[]): number {
  let k = 1;
  while (k <= MAX_LEADING_HEAD_LINKS && LEADING_HEAD_LINKS.has(words[k]?.text ?? '')) k++;
  return k;
}

// Two to six capitals, optionally dotted or with an ampersand: "NATO", "U.N.", "AT&T", "EADS".
const ACRONYM = /^(?:\p{Lu}[.&]?){2,6}$/u;

// The endings of the web addresses firms and news sites are named for: "Amazon.com", "CBC.ca", "Last.fm".
const WEB_ENDINGS = ['.com', '.net', '.org', '.ca', '.co.uk', '.com.au', '.fm', '.tv', '.io'];
const isWebName = (lower: string) => WEB_ENDINGS.some((end) => lower.length > end.length + 1 && lower.endsWith(end));

/** Capitals in an acronym's shape, whatever they stand for: "NATO", "RBI", not "XIV". */
export const hasAcronymShape = (t: Pick<Token, 'text'>): boolean => ACRONYM.test(t.text) && !isWrittenRomanNumeral(t.text);

/**
 * An acronym that can name an organization. Capitals that spell an English word of four letters
 * or more are emphasis ("UNLESS"), roman numerals are numbers, and an ISO 4217 code is a
 * currency ("INR 20 million", "quoted in DEM").
 */
export function isAcronym(t: Pick<Token, 'text' | 'lower'>): boolean {
  if (!ACRONYM.test(t.text) || NON_ORG_ACRONYMS.has(t.text.replace(/\.$/, '')) || hasRomanLetters(t.text) || isIsoCurrency(t.text)) return false;
  return t.text.length < 4 || !englishWords().has(t.lower);
}

/**
 * "the Northrop-EADS bid", "a Microsoft-Yahoo deal": firms joined by a hyphen, each a firm's name
 * on its own, as their offsets. A name the lists know whole, or with a part that is a word, a
 * given name or a surname ("Rolls-Royce", "Hewlett-Packard"), stays one.
 */
export function hyphenatedFirms(t: Token): Array<{ start: number; end: number }> {
  if (lexiconKind(t.lower)) return [];
  return hyphenParts(t, (part) => {
    const lower = part.toLowerCase();
    return lexiconKind(lower) === 'organization' || isCompanyWord(part) || isAcronym({ text: part, lower });
  });
}

/**
 * "a Boeing-Lockheed Martin joint venture": a known firm joined by a hyphen to the first word of
 * another known firm of several words names the two; the spans of both, or none.
 */
export function hyphenatedFirmPair(tokens: Token[], from: number, to: number): Array<{ start: number; end: number }> {
  const first = tokens[from];
  const hyphen = first.text.indexOf('-');
  if (to - from < 2 || hyphen < 1 || first.text.indexOf('-', hyphen + 1) >= 0 || lexiconKind(first.lower)) return [];
  const second = `${first.lower.slice(hyphen + 1)} ${lowerPhrase(tokens, from + 1, to)}`;
  if (lexiconKind(first.lower.slice(0, hyphen)) !== 'organization' || lexiconKind(second) !== 'organization') return [];
  return [
    { start: first.start, end: first.start + hyphen },
    { start: first.start + hyphen + 1, end: tokens[to - 1].end },
  ];
}

// Nouns of a poll or a survey its sponsors name together: "an ABC News-Washington Post poll".
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys']);

/**
 * "an ABC News-Washington Post poll", "the CNN-USA Today-Gallup poll": the news organizations
 * and pollsters that sponsor a poll together, joined by hyphens, each a body, as their offsets.
 * One of them must be a name the lists know, so a pollster's own double name ("Ipsos-Reid") stays whole.
 */
export function pollSponsors(tokens: Token[], from: number, to: number): Array<{ start: number; end: number }> {
  if (!POLL_NOUNS.has(tokens[to]?.lower ?? '') || tokens[to - 1].possessive) return [];
  const parts: Array<{ start: number; end: number; words: string[] }> = [{ start: tokens[from].start, end: tokens[from].start, words: [] }];
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    let offset = t.start;
    t.text.split('-').forEach((piece, k) => {
      if (k > 0) parts.push({ start: offset, end: offset, words: [] });
      const part = parts[parts.length - 1];
      part.words.push(piece);
      part.end = offset + piece.length;
      offset += piece.length + 1;
    });
  }
  if (parts.length < 2 || parts.some((p) => !UPPER_LETTER.test(p.words[0] ?? ''))) return [];
  const known = parts.some((p) => {
    const lower = p.words.join(' ').toLowerCase();
    if (p.words.length > 1) return NEWSPAPER_NAMES.has(p.words[p.words.length - 1].toLowerCase()) || p.words[p.words.length - 1] === 'News';
    return lexiconKind(lower) === 'organization' || NEWS_AGENCIES.has(lower) || isAcronym({ text: p.words[0], lower });
  });
  return known ? parts.map(({ start, end }) => ({ start, end })) : [];
}

/** "a Reuters/Ipsos poll", "an NPR/PBS News/Marist poll": the last sponsor, after a slash, right before "poll". */
export function isSlashedPollSponsor(tokens: Token[], from: number, to: number): boolean {
  return tokens[from - 1]?.text === '/' && POLL_NOUNS.has(tokens[to]?.lower ?? '') && !tokens[to - 1].possessive && !!tokens[from - 2]?.cap;
}

/**
 * "Siemens-Nixdorf said", "Daimler-Benz": a firm the lists know, joined by a hyphen to a name
 * no list explains, is a merged firm's name, not a person's double-barrelled one.
 */
export function opensWithKnownFirm(t: Token): boolean {
  const hyphen = t.text.indexOf('-');
  if (hyphen < 1 || lexiconKind(t.lower)) return false;
  const rest = t.lower.slice(hyphen + 1);
  return lexiconKind(t.lower.slice(0, hyphen)) === 'organization' && !isGivenName(rest) && !lexiconKind(rest) && !englishWords().has(rest);
}

/**
 * "WWF-Brasil", "Oxfam-Mexico": a body the lists know, or an acronym that is no place, joined by a
 * hyphen to a country names the body's branch there, not a person's double-barrelled name.
 */
export function isCountryBranch(t: Token): boolean {
  const hyphen = t.text.indexOf('-');
  if (hyphen < 1 || hyphen !== t.text.lastIndexOf('-')) return false;
  const [body, country] = [t.text.slice(0, hyphen), t.text.slice(hyphen + 1)];
  if (gazetteer().place(country)?.type !== 'country' || gazetteer().place(body)) return false;
  return lexiconKind(body.toLowerCase()) === 'organization' || (ACRONYM.test(body) && !NON_ORG_ACRONYMS.has(body));
}

/**
 * "the Health and Safety Executive", "the Scottish Executive": after "the", an Executive that no
 * other title word qualifies is a governing body, not a post ("Chief Executive").
 */
function isGoverningExecutive(tokens: Token[], from: number, to: number): boolean {
  return to - from > 1 && tokens[to - 1].text === 'Executive' && followsThe(tokens, from) && !isTitleWord(tokens[to - 2]);
}

const CONFERENCE = 'conference';

// Heads of bodies named by how many members they have: "the Group of 20", "the Committee of 100".
const COUNTED_HEADS: ReadonlySet<string> = new Set(['group', 'committee']);
const MEMBER_COUNT = /^\d{1,3}$/;

/** "Leaders of the Group of 20 met": the head at `j` and "of" before a count of members close a body's name. */
export function isCountedGroup(tokens: Token[], j: number): boolean {
  const count = tokens[j + 2];
  return !!tokens[j]?.cap && COUNTED_HEADS.has(tokens[j].lower) && tokens[j + 1]?.lower === 'of' && !!count && !count.breakBefore && MEMBER_COUNT.test(count.text);
}

/**
 * "the Irish Catholic Bishops' Conference", "the Kenya Conference of Catholic Bishops": a
 * conference its members name is a standing body, where "conference" alone heads a meeting.
 */
export function isMembersConference(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  return words.some((t) => t.lower === CONFERENCE) && words.some((t) => CONFERENCE_MEMBERS.has(t.lower));
}

// Closing words of firms' names that stay inside a longer name of the firm, and that no other name holds.
const INNER_FIRM_SUFFIXES = new Set(['bros', 'airlines', 'airways', 'motors', 'industries', 'holdings', 'corp', 'inc', 'plc']);

/**
 * A maker's or a bank's lending arm, after the firm's own name: "Ford Motor Credit", "Nissan Motor
 * Acceptance", "Ford Credit". After other words the arm's word names no firm ("the Child Tax
 * Credit", "Photo Credit:").
 */
function isLendingArm(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !LENDING_ARMS.has(tokens[to - 1].lower)) return false;
  // "Harley-Davidson Credit": one word a firm's list holds names the firm too.
  const firmWord = to - from === 2 && isCompanyWord(tokens[from].text);
  return ORG_SUFFIXES.has(bare(tokens[to - 2])) || lexiconKind(lowerPhrase(tokens, from, to - 1)) === 'organization' || firmWord;
}

/**
 * The rule that makes a capitalized run an organization by its shape, or undefined:
 * "Acme Holdings Inc." (suffix), "Ministry of Defence" and "the Supreme Court" (institution
 * head), "(Xinhua)" (news agency), "NATO" (acronym).
 */
export function organizationRule(tokens: Token[], from: number, to: number): string | undefined {
  const words = tokens.slice(from, to);
  const phrase = words.map((t) => t.lower).join(' ');
  if (NEWS_AGENCIES.has(phrase)) return 'organization/news-agency';
  // "World Athletics said", "World Rugby chairman Bill Beaumont": a sport's world governing body.
  if (words.length > 1 && words[0].text === 'World' && WORLD_FEDERATION_SPORTS.has(phrase.slice('world '.length))) return 'organization/world-federation';
  if (isMembersConference(tokens, from, to)) return 'organization/head';
  if (namesPartnership(tokens, from, to)) return 'organization/partners';
  if (isServiceDistrict(tokens, from, to)) return SERVICE_DISTRICT_RULE;
  if (isStudyCenter(tokens, from, to)) return STUDY_CENTER_RULE;
  const last = bare(words[words.length - 1]);
  // "Jim Press" is a person: a given name outweighs a suffix that is also a common word, and so
  // does a role noun before a given name ("analyst Frank Sun"). A person's name takes no article
  // ("the Sierra Club").
  const given = isLexiconGivenName(words[0].lower) || (isGivenName(words[0].lower) && isRoleNoun(tokens[from - 1]));
  const person = words.length === 2 && given && !words[0].upper && !STRONG_ORG_SUFFIXES.has(last) && !FIRM_PLURALS.has(last) && !NON_SURNAME_HEADS.has(last) && !followsThe(tokens, from);
  const linkAt = words.findIndex((t, i) => HEAD_LINKS.has(t.lower) && !isOfInPlace(words, i));
  const headBeforeLink = linkAt > 0 && !holderAfterLink(words, linkAt) && !isPostBeforeLink(words, linkAt) && (words.slice(0, linkAt).some((t) => INSTITUTION_HEADS.has(bare(t)) || LEGAL_FORMS.has(bare(t))) || (linkAt === 1 && words[1].lower === 'of' && OF_NAME_HEADS.has(words[0].lower)));
  // A closing suffix or head names the run only when no "of" splits it, or an institution's head
  // comes before the "of" ("Bank of America Corp."); "Analyst Fadel Gheit of Oppenheimer & Co."
  // and "Shares of Acme Corp." name what follows the "of".
  const closes = words.length > 1 && !person && (linkAt < 0 || headBeforeLink);
  if (closes && (ORG_SUFFIXES.has(last) || isModelMaker(tokens, from, to))) return 'organization/suffix';
  if (closes && isLendingArm(tokens, from, to)) return 'organization/suffix';
  // "Warner Bros. Discovery", "Tata Motors Finance": a firm's closing word inside the run names
  // the firm the run goes on with.
  if (words.length > 2 && !person && linkAt < 0 && words.slice(1, -1).some((t) => INNER_FIRM_SUFFIXES.has(bare(t)))) return 'organization/suffix';
  // "Reactor Unit 3", "Group 4": a head with a number after it is one of a series, no body's name;
  // after a possessive the number counts what the body has ("the European Union's 27 members").
  const numbered = !tokens[to - 1].possessive && STARTS_WITH_DIGIT.test(tokens[to]?.text ?? '') && !VOTE_TALLY.test(tokens[to].text);
  // "the Iowa Caucus": a place's caucus is a vote held there, not a legislature's group of members.
  const placeVote = last === 'caucus' && !!gazetteer().place(writtenPhrase(tokens, from, to - 1));
  if (closes && !numbered && !placeVote && (INSTITUTION_HEADS.has(last) || SINGLE_WORD_INSTITUTIONS.has(last) || compromiseLexicon().orgWords.has(last))) return 'organization/head';
  // "Bank of America", "University of Texas", "Ministry of Defence", "Council on Foreign Relations"
  if (headBeforeLink) return 'organization/head-of';
  if (namesBodyOfPlace(tokens, from, to) || namesCampusOfPlace(tokens, from, to)) return 'organization/head';
  if (isGoverningExecutive(tokens, from, to)) return 'organization/head';
  if (namesGroupAbroad(words)) return 'organization/group-word-abroad';
  if (words.length > 1 && LEADING_ORG_HEADS.has(bare(words[0])) && words[linkedNameAt(words)]?.cap && !LEADING_HEAD_NON_NAMES.has(words[1].lower)) return 'organization/leading-head';
  if (words.length > 1 && LEADING_LEGAL_FORMS.has(words[0].text) && words[1].cap && !words[1].upper) return 'organization/legal-form';
  if (joinsPartners(words) || listsPartners(words)) return 'organization/ampersand';
  if (words.length === 1 && isAcronym(words[0])) return 'organization/acronym';
  if (words.length === 1 && isAlphanumericGroup(tokens, from)) return 'organization/alphanumeric';
  if (isRegionalUtility(words)) return 'organization/utility';
  // "Citicorp", "Bancorp Hawaii": a word that the legal form "corp" closes is a firm's.
  if (words.length <= 2 && words.some((t) => !t.upper && t.lower.length > CORP.length + 2 && t.lower.endsWith(CORP))) return 'organization/suffix';
  if (words.length === 1 && (isBankCompound(words[0]) || isGermanBodyCompound(words[0]))) return 'organization/suffix';
  // "Amazon.com", "Overstock.com", "CBC.ca": a firm named for its web address.
  if (words.length === 1 && isWebName(words[0].lower)) return 'organization/dot-com';
  if (words.length === 1 && !words[0].upper && SINGLE_WORD_INSTITUTIONS.has(phrase) && !isServiceColour(tokens, from, to)) return 'organization/institution';
  if (words.length === 1 && !words[0].upper && isChamber(tokens, from)) return 'organization/chamber';
  if (isStateHouse(tokens, from, to)) return 'organization/chamber';
  return undefined;
}

// The izafe and the Arabic article that join a group's word to the rest of its name in one word:
// "Lashkar-e-Taiba", "Harkat-ul-Mujahideen", "Jamaat-ud-Dawa".
const JOINED_GROUP_WORD = /^(\p{L}+)-(?:e|i|ul|ud|ut|al)-\p{L}/u;

/**
 * "Hayat Tahrir al-Sham", "Pakatan Harapan", "Lashkar-e-Taiba": a group's word in its own tongue
 * names the group, in a run of two words or more or joined to the rest in one word. One word
 * alone may be a place or a name ("Tahrir"), and a place's head makes a place ("Tahrir Square").
 */
function namesGroupAbroad(words: Token[]): boolean {
  if (PLACE_HEADS.has(words[words.length - 1].lower)) return false;
  if (words.length > 1 && SUPPORTERS_WORDS.has(words[0].lower) && !isGivenName(words[1].lower) && !isSurname(words[1].lower)) return true;
  const joined = (t: Token) => GROUP_WORDS_ABROAD.has(JOINED_GROUP_WORD.exec(t.lower)?.[1] ?? '');
  return words.some((t) => joined(t) || (words.length > 1 && GROUP_WORDS_ABROAD.has(t.lower)));
}

/**
 * "the Illinois House", "the Ohio House voted": a US state's House is a chamber of its
 * legislature. Not other places' ("Somerset House", "Lancaster House" are buildings).
 */
function isStateHouse(tokens: Token[], from: number, to: number): boolean {
  return to - from > 1 && tokens[to - 1].text === 'House' && isUsStateName(writtenPhrase(tokens, from, to - 1));
}

/**
 * "Hampshire and Isle of Wight Fire Authority": an "of" inside a place's name that the gazetteer
 * knows ("Isle of Wight", "Bay of Plenty") links no head to what the body is of.
 */
function isOfInPlace(words: Token[], i: number): boolean {
  return words[i].lower === 'of' && i > 0 && i < words.length - 1 && !!gazetteer().place(`${words[i - 1].text} of ${words[i + 1].text}`);
}

/**
 * "Bank of England Governor Andrew Bailey", "Bank of America CEO Brian Moynihan": a post after
 * the name an institution is of, with a name after the post, ends the institution's name there;
 * "Office of the Comptroller of the Currency" goes on with "of".
 */
function holderAfterLink(words: Token[], linkAt: number): boolean {
  for (let k = linkAt + 2; k < words.length - 1; k++) {
    const next = words[k + 1];
    if (TITLE_HEADS.has(bare(words[k])) && next.cap && !isTitleWord(next)) return true;
  }
  return false;
}

// Offices whose "General" after them names the office, not a post: "the Directorate General of
// Foreign Trade", "the Inspectorate General of Police", "the Secretariat General for Fisheries".
const OFFICES_GENERAL: ReadonlySet<string> = new Set(['directorate', 'inspectorate', 'secretariat', 'commissariat']);

/**
 * "Cabinet Secretary for Health", "Council President of the region": a post right before the link
 * is what the run is of, so the institution's head before it only qualifies the post.
 */
const isPostBeforeLink = (words: Token[], linkAt: number): boolean =>
  TITLE_HEADS.has(bare(words[linkAt - 1])) && !(bare(words[linkAt - 1]) === 'general' && OFFICES_GENERAL.has(bare(words[linkAt - 2] ?? words[linkAt - 1])));

// Words after a service's name that make it a colour: "Navy blue suits", "Army green canvas".
const SHADES = new Set(['blue', 'green', 'grey', 'gray', 'khaki', 'drab']);

/** "Navy blue", "Army green": a service's one word before a shade names a colour, wherever the document names the service. */
export function isServiceColour(tokens: Token[], from: number, to: number): boolean {
  return to - from === 1 && SINGLE_WORD_INSTITUTIONS.has(tokens[from].lower) && SHADES.has(tokens[to]?.lower ?? '');
}

/**
 * "Thames Water", "Southern Water", "Welsh Water": a place, its people's
 * adjective or a compass word before a capitalized "Water" names the company that supplies it;
 * "water" alone is too common a word to head a body anywhere else.
 */
function isRegionalUtility(words: Token[]): boolean {
  if (words.length !== 2 || words[1].text !== 'Water') return false;
  const area = words[0];
  if (gazetteer().place(area.text) || gazetteer().isDemonym(area.text) || PLACE_PART_WORDS.has(area.lower)) return true;
  // "Yorkshire Water", "Anglian Water": a region the gazetteer lacks is no English word or given name.
  return !area.upper && !englishWords().has(area.lower) && !isGivenName(area.lower);
}

const isRoleNoun = (t: Token | undefined): boolean => !!t && !t.cap && ROLE_NOUNS.has(t.lower);

/** The rule of a district that provides a service, which outweighs the place head "District". */
export const SERVICE_DISTRICT_RULE = 'organization/service-district';

/** "Irving Independent School District", "Chicago Park District": a body that runs schools, water or parks. */
export function isServiceDistrict(tokens: Token[], from: number, to: number): boolean {
  return to - from > 1 && tokens[to - 1].lower === 'district' && SERVICE_DISTRICT_WORDS.has(tokens[to - 2].lower);
}

/** The rule of a centre named for what it studies or forecasts, which outweighs the place head "Center". */
export const STUDY_CENTER_RULE = 'organization/study-center';

// A field of study, or its adjective, names what a centre does: "Cardiology", "Oncology",
// "Seismological", "Meteorological", "Oceanography", "Hydrographic"; "Technologies" aside.
const FIELD_OF_STUDY = /(?:olog(?:y|ies|ical)|ograph(?:y|ic|ical))$/;

/** A field of study or its adjective, lower-cased: "volcanology", "seismological". */
export const isFieldOfStudy = (lower: string): boolean => FIELD_OF_STUDY.test(lower);

/**
 * "the National Hurricane Center", "the Moscow Cardiology Centre", "the National Seismological
 * Center": a centre named for a field it studies, forecasts or treats is a body that speaks and
 * acts; one named for a person or a use is a place ("Kennedy Space Center", "the Metro Toronto
 * Convention Centre").
 */
export function isStudyCenter(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2) return false;
  const fields = STUDY_HEAD_FIELDS.get(tokens[to - 1].lower);
  const field = tokens[to - 2].lower;
  return !!fields && (isFieldOfStudy(field) || fields.has(field));
}

// "the Hydrographic Survey" maps, "the National Hurricane Center" forecasts: each head with the
// words that make it a body.
const STUDY_HEAD_FIELDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['center', STUDY_CENTER_FIELDS], ['centre', STUDY_CENTER_FIELDS], ['survey', SURVEY_FIELDS],
]);

const CORP = 'corp';

// "Riksbank", "Kredietbank", "Sberbank", "Handelsbanken": Germanic and Slavic languages close a
// bank's one-word name with their word for bank; German joins it to initials or a clipped word
// with a hyphen ("BHF-Bank", "DG-Bank", "Hypo-Bank").
const BANK_COMPOUND = /^(?:(\p{L}{3,})|(\p{L}{2,})-)bank(?:en)?$/u;

/**
 * A bank's one-word name; not an English compound ("Riverbank", "Sandbank", "Databank"), a surname
 * ("Eubank") or a town ("Burbank").
 */
function isBankCompound(word: Token): boolean {
  const match = BANK_COMPOUND.exec(word.lower);
  const stem = match?.[1] ?? match?.[2];
  if (word.upper || !stem || englishWords().has(stem) || englishWords().has(word.lower)) return false;
  return !isGivenName(word.lower) && !isSurname(word.lower) && !gazetteer().place(word.text);
}

// "Bundeskartellamt", "Bundesverfassungsgericht", "Landeskriminalamt", "Statistikamt": German
// closes a public body's one-word name with its word for office, ministry, court or agency, and
// opens a federal or a state's body with "Bundes" or "Landes".
const GERMAN_BODY_COMPOUND = /^(?:(?:bundes|landes)\p{Ll}{4,}|\p{Ll}{4,}(?:amt|ministerium|gericht|gerichtshof|anstalt|agentur|behörde))$/u;
// A federal state and its plural, which are places: "the Bundesland of Bavaria".
const GERMAN_STATE_WORDS = new Set(['bundesland', 'bundesländer']);

/** A German public body's one-word name that no English word or place shares. */
function isGermanBodyCompound(word: Token): boolean {
  if (word.upper || !GERMAN_BODY_COMPOUND.test(word.lower) || GERMAN_STATE_WORDS.has(word.lower)) return false;
  return !englishWords().has(word.lower) && !gazetteer().place(word.text);
}

/** "the House", "House Speaker Ann Lowe": a chamber's common word, after "the" or before a post. */
function isChamber(tokens: Token[], at: number): boolean {
  if (!CHAMBER_WORDS.has(tokens[at].lower)) return false;
  const next = tokens[at + 1];
  return tokens[at - 1]?.lower === 'the' || (!!next && next.cap && !next.breakBefore && isTitleWord(next));
}

/** One word of a law firm's name: no acronym, place or name the lexicon knows ("Britain", "Reuters"). */
export const isPartnerSurname = (t: Token): boolean => !t.upper && !gazetteer().place(t.text) && !lexiconKind(t.lower);

/**
 * "Olympia & York", "Marks & Spencer": an ampersand between one or two names on each side (three
 * surnames before it) joins the partners of a firm. Not two people ("Mary & Leigh Block"), a
 * longer name that holds one ("Aviation & Space Museum of …"), one place ("Trinidad & Tobago") or
 * two ("Scotland & Ireland").
 */
function joinsPartners(words: Token[]): boolean {
  const k = words.findIndex((t) => t.text === '&');
  if (k < 1 || k > PARTNER_WORDS + 1 || words.length - k - 1 > PARTNER_WORDS || words.length - k - 1 < 1) return false;
  // "Pachulski Stang Ziehl & Jones", "Cleary Gottlieb Steen & Hamilton": law firms list three
  // surnames before the last partner, none a given name.
  if (k > PARTNER_WORDS && (isGivenName(words[0].lower) || !words.slice(0, k).every(isPartnerSurname))) return false;
  if (words.some((t) => t.text !== '&' && !t.cap) || (isLexiconGivenName(words[0].lower) && isLexiconGivenName(words[k + 1].lower))) return false;
  // "Scotland & Ireland": two places listed are no partners.
  const side = (a: number, b: number) => gazetteer().place(words.slice(a, b).map((t) => t.text).join(' '));
  if (side(0, k) && side(k + 1, words.length)) return false;
  return !gazetteer().place(words.map((t) => (t.text === '&' ? 'and' : t.text)).join(' '));
}

const PARTNER_WORDS = 2;

/** "Cravath, Swaine & Moore": a run holds commas and "&" only where the chunker joined a firm's partners. */
const listsPartners = (words: Token[]): boolean => words.some((t) => t.text === ',') && words.some((t) => t.text === '&');

/**
 * "the law firm Jenkens and Gilchrist", "auditors Coopers and Lybrand": after a noun of a firm
 * that partners name, the run [from, to) of one word, "and" and one more word is the firm's
 * name, not two names. A given name, a place or a known firm on either side reads as two
 * ("the firm Mary and John", "the firm Paris and London", "the firm Ford and Chrysler").
 */
export function namesPartnership(tokens: Token[], from: number, to: number): boolean {
  const [noun, first, and, partner, after] = [tokens[from - 1], tokens[from], tokens[from + 1], tokens[from + 2], tokens[to]];
  if (to - from !== 3 || !noun || noun.possessive || !PARTNERSHIP_NOUNS.has(noun.lower) || and?.lower !== 'and' || and.breakBefore) return false;
  if (!partner || partner.breakBefore || !first.cap || !partner.cap || partner.upper !== first.upper || partner.possessive || first.possessive) return false;
  if (after && !after.breakBefore && after.cap) return false;
  return [first, partner].every((t) => !isLexiconGivenName(t.lower) && !gazetteer().place(t.text) && !lexiconKind(t.lower));
}

/**
 * The words up to `end` (a possessive) name a company whose name is a possessive: "Moody's",
 * "Standard & Poor's", "Sotheby's". Returns where that name starts, or -1.
 */
export function possessiveCompanyStart(tokens: Token[], end: number): number {
  if (!tokens[end]?.possessive) return -1;
  for (let from = Math.max(0, end - 2); from <= end; from++) {
    if (!tokens[from].cap) continue;
    const phrase = lowerPhrase(tokens, from, end + 1);
    if (POSSESSIVE_COMPANY_NAMES.has(phrase)) return from;
  }
  return -1;
}

// A flight's number: "447", "MH17", "QF32".
const FLIGHT_NUMBER = /^[A-Z]{0,3}\d{1,4}[A-Z]?$/;

/**
 * The end of an airline's name before a numbered flight: "Air France Flight 447" → after
 * "France", "Malaysia Airlines flight MH17" → after "Airlines". What flies the flight is the
 * carrier, though its words name a country. Returns -1 when no flight number follows the run.
 */
export function airlineBeforeFlight(tokens: Token[], from: number, to: number): number {
  const end = tokens[to - 1].lower === 'flight' ? to - 1 : to;
  const flight = tokens[end];
  const number = tokens[end + 1];
  if (end === from || !tokens[end - 1].cap || flight?.lower !== 'flight' || !number || number.breakBefore || !FLIGHT_NUMBER.test(number.text)) return -1;
  return end;
}

/**
 * "the 36th (Ulster) Division", "the 51st (Highland) Division": the region a unit was raised in,
 * one word bracketed between its number and its head at `head`. Returns where the number stands,
 * or -1; the word in brackets is part of the unit's name, no place of its own.
 */
export function bracketedUnitStart(tokens: Token[], head: number): number {
  if (!NUMBERED_UNIT_HEADS.has(tokens[head]?.lower ?? '') || tokens[head - 1]?.text !== ')' || tokens[head - 3]?.text !== '(' || !tokens[head - 2].cap) return -1;
  return isOrdinalNumber(tokens[head - 4]) ? head - 4 : -1;
}

/** "36th", "1st": an ordinal in figures. */
const isOrdinalNumber = (t: Token | undefined): boolean => !!t && parseOrdinal(t.text) !== null && !Number.isNaN(parseInt(t.text, 10));

/** The most words a numbered unit's name has after its number: "1st Marine Expeditionary Force". */
const MAX_UNIT_WORDS = 3;

/**
 * Where a numbered unit's name starts, its number included: "the 9th Circuit" and "101st
 * Airborne Division" (the number before the run), "the Seventh Fleet" and "Third Infantry
 * Division" (the run). Returns -1 for none.
 */
export function numberedUnitStart(tokens: Token[], from: number, to: number): number {
  if (!NUMBERED_UNIT_HEADS.has(tokens[to - 1].lower)) return -1;
  const bracketed = to - from === 1 ? bracketedUnitStart(tokens, from) : -1;
  if (bracketed >= 0) return bracketed;
  const before = tokens[from - 1];
  if (to - from <= MAX_UNIT_WORDS && before && !tokens[from].breakBefore && isOrdinalNumber(before)) return from - 1;
  return to - from >= 2 && to - from <= MAX_UNIT_WORDS + 1 && parseOrdinal(tokens[from].text) !== null ? from : -1;
}

/**
 * Where a sub-unit named with its regiment starts, its number included: "the 1st Battalion, Royal
 * Hampshire Regiment" (the number before the run, which the chunker carried past the comma).
 * Returns -1 for none.
 */
export function regimentalUnitStart(tokens: Token[], from: number, to: number): number {
  let comma = from + 1;
  while (comma < to && tokens[comma].text !== ',') comma++;
  if (comma >= to || !REGIMENTAL_SUBUNITS.has(tokens[comma - 1].lower)) return -1;
  const before = tokens[from - 1];
  return before && !tokens[from].breakBefore && parseOrdinal(before.text) !== null ? from - 1 : from;
}
