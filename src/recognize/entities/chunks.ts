import { FIRM_PLURALS, INSTITUTION_HEADS, LEGAL_FORMS, LENDING_ARMS, LOCAL_TRADE_HEADS, NEWS_AGENCIES, ORG_SUFFIXES, REGIMENT_HEADS, REGIMENTAL_SUBUNITS, STRONG_ORG_SUFFIXES } from '../../lexicon/org-words';
import { gazetteer } from '../../lexicon/gazetteer';
import { EAST_ASIAN_SURNAMES } from '../../lexicon/chinese-surnames';
import { NAME_CONNECTORS, SURNAME_PARTICLES } from '../../lexicon/name-connectors';
import { FUNCTION_WORD_SURNAMES } from '../../lexicon/name-shapes';
import { TENS_WORDS, UNIT_WORDS } from '../../lexicon/number-words';
import { TIME_UNITS } from '../../lexicon/time-units';
import { WEEKDAYS } from '../../lexicon/weekdays';
import { AMBIGUOUS_MONTHS, FULL_MONTH_NAMES, MONTH_LEAD_WORDS } from '../../lexicon/months';
import { HONORIFICS, SPONSORED_WORKS, TITLE_HEADS } from '../../lexicon/titles';
import { PARTY_MEMBER_PLURALS } from '../../lexicon/people-nouns';
import { isTitleWord } from './titles';
import { isAlphanumericGroup } from './alphanumeric-name';
import { isDigitLedBrand } from './digit-led-brand';
import { isCalendarWord, isCommonWord, isCommonWordOrPlural, isCompanyWord, isEnglishWord, isFunctionWord, isGivenName, isNationalityWord, lexiconKind } from './name-words';
import { gazetteerPlaceOf } from './gazetteer-place';
import { isCodedRoad, isPlaceQualified, isPossessiveInPlaceName, MAX_CAMPUS_TOWN_WORDS, namesCampusOfPlace, townRiverLinkLength } from './place-rules';
import { isCurrencyPrefix } from './negatives';
import { bracketedUnitStart, isAcronym, isCountedGroup, isFieldOfStudy, isMembersConference, isPartnerSurname, namesPartnership, possessiveCompanyStart } from './org-shape';
import { personRule } from './person-shape';
import { definesAcronym } from './defined-acronym';
import { joinsCollection } from './joint-collection';
import { lowerPhrase, opensSentence, type Token } from './tokens';

/** A run of capitalized words that may be one name, as token indexes [from, to). */
export interface Chunk {
  from: number;
  to: number;
  /** The run opens its sentence (after any quote or bracket), where capitals say nothing. */
  sentenceInitial: boolean;
}

// Connectors that join only inside an institution's name ("Institute for Advanced Study"); "and"
// only when the institution's head follows it ("Department of Health and Human Services"), so
// that "Lee of the Labour Party and Fung of ADPL" stays two names.
const INSTITUTION_ONLY_CONNECTORS = new Set(['and', 'for', 'on', 'upon', 'in']);
const DIGIT = /\d/;
const CONTRACTION = /'(?:ve|re|ll|d|m|t)$/i;
const OPENING_PUNCTUATION = new Set(['"', "'", '(', '[', '-', '*', '•']);

/**
 * "Thirty-year Treasury bonds", "Ten-day talks": a count of time units before a noun, capitalized
 * only because it opens the sentence, is a duration and no word of a name. A unit in capitals
 * names something ("the Six-Day War", "One-Day International").
 */
function isCountedTimeAdjective(text: string): boolean {
  const dash = text.lastIndexOf('-');
  if (dash < 0 || text[dash + 1] !== text[dash + 1]?.toLowerCase()) return false;
  const parts = text.toLowerCase().split('-');
  const unit = parts.pop()!;
  return TIME_UNITS.has(unit) && parts.every((p) => UNIT_WORDS[p] !== undefined || TENS_WORDS[p] !== undefined);
}

/**
 * Finds the runs of capitalized words, joined by name connectors when a capitalized word
 * follows ("Bank of America", "Ludwig van Beethoven"). A possessive ends a run, unless an institution's head follows it ("People's Party")
 * ("Malaysia's Prime Minister" → "Malaysia", "Prime Minister").
 */
export function findChunks(tokens: Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  const firstWord = firstWordIndex(tokens);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (isAlphanumericGroup(tokens, i) || isBracketedLowerAgency(tokens, i) || isCodedRoad(tokens, i)) {
      chunks.push({ from: i, to: i + 1, sentenceInitial: i === firstWord || followsDateline(tokens, i) });
      i++;
      continue;
    }
    // "the 36th (Ulster) Division": the word in brackets belongs to the unit its head closes.
    if ((!isNameWord(t) && !isCapitalParticle(tokens, i) && !isGivenFunctionWord(tokens, i, firstWord)) || isLeadingWeekday(tokens, i) || isLeadingMonth(tokens, i) || bracketedUnitStart(tokens, i + 2) >= 0) {
      i++;
      continue;
    }
    let j = i;
    let institution = INSTITUTION_HEADS.has(t.lower);
    while (!tokens[j].possessive || joinsPossessive(tokens, i, j) || isPossessiveInPlaceName(tokens, i, j)) {
      const next = tokens[j + 1];
      if (!next || next.breakBefore || endsAtLegalForm(tokens, i, j)) break;
      if (joinsPluralPossessive(tokens, j)) {
        j += 2;
        institution = true;
        continue;
      }
      if (isNameWord(next) || isCapitalParticle(tokens, j + 1) || isFunctionWordSurname(tokens, j + 1)) {
        j++;
        institution ||= INSTITUTION_HEADS.has(next.lower);
        continue;
      }
      const hyphened = spacedHyphenInFirm(tokens, j);
      if (hyphened > 0) {
        j = hyphened;
        continue;
      }
      const bracketed = bracketedFirmPart(tokens, j);
      if (bracketed > 0) {
        j = bracketed;
        continue;
      }
      const through = placeEndPastAnd(tokens, i, j + 1);
      if (through > 0) {
        j = through;
        continue;
      }
      if (isCountedGroup(tokens, j)) {
        j += 2;
        break;
      }
      // "Cabinet Secretary for Health Jane Doe": after a post, "for" says what the post is over,
      // though an institution's head came before it.
      const after = placeQualifiesName(tokens, i, j) ? -1 : connectorTarget(tokens, j + 1, institution && !TITLE_HEADS.has(tokens[j].lower));
      const known = after < 0 ? knownNameEnd(tokens, i, j) : -1;
      if (after < 0 && known < 0) break;
      j = after < 0 ? known : after;
      institution ||= INSTITUTION_HEADS.has(tokens[j].lower);
    }
    j = commaFirmEnd(tokens, i, j);
    j = commaPortfolioEnd(tokens, i, j);
    j = commaRegimentEnd(tokens, i, j);
    chunks.push({ from: i, to: j + 1, sentenceInitial: i === firstWord || followsDateline(tokens, i) });
    i = j + 1;
  }
  return chunks;
}

// Words before a weekday that make it the day something happened: "On Monday Acme Corp. said".
const WEEKDAY_LEADS: ReadonlySet<string> = new Set(['on', 'since', 'until', 'by', 'last', 'next', 'this', 'before', 'after', 'every', 'each']);

/**
 * "On Monday CARE announced", "since Tuesday Acme Corp. has": a weekday after a preposition is
 * the day, not the first word of the name after it.
 */
function isLeadingWeekday(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return WEEKDAYS.has(tokens[i].lower) && WEEKDAY_LEADS.has(tokens[i - 1]?.lower ?? '') && !!next && !next.breakBefore && isNameWord(next);
}

const MONTH_LEADS: ReadonlySet<string> = new Set(MONTH_LEAD_WORDS);

/**
 * "In January Apple unveiled", "since October Tesla has": a month after a temporal word is the
 * month, not the first word of the name after it. A month that is also a given name ("June
 * Carter", "April Ryan") is one only when the temporal word opens the sentence ("In June Congress
 * passed"), where "by June Carter" cannot stand.
 */
function isLeadingMonth(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!FULL_MONTH_NAMES.has(t.lower) || !MONTH_LEADS.has(tokens[i - 1]?.lower ?? '') || !next || next.breakBefore || !isNameWord(next)) return false;
  return !AMBIGUOUS_MONTHS.has(t.lower) || opensSentence(tokens, i - 1);
}

// How many words may follow a spaced hyphen before the firm's suffix: "Rhone - Poulenc Rorer Inc.".
const HYPHENED_FIRM_WORDS = 3;

/**
 * "Toronto - Dominion Bank", "Rhone - Poulenc S.A.": tokenized copy sets a hyphen inside a
 * firm's name apart. The name goes on past it when capitalized words after it end in a firm's
 * suffix or "Bank"; "the Boston - New York shuttle" has none. Returns the index of the word after the
 * hyphen, or -1.
 */
function spacedHyphenInFirm(tokens: Token[], j: number): number {
  const hyphen = tokens[j + 1];
  if (hyphen?.text !== '-' || hyphen.start === tokens[j].end || tokens[j].possessive) return -1;
  const first = tokens[j + 2];
  if (!first || first.breakBefore || first.start === hyphen.end || !isNameWord(first) || closesDateline(tokens, j)) return -1;
  for (let k = j + 2; k < j + 2 + HYPHENED_FIRM_WORDS && tokens[k] && !tokens[k].breakBefore && isNameWord(tokens[k]); k++) {
    if (k > j + 2 && (STRONG_ORG_SUFFIXES.has(bareWord(tokens[k])) || tokens[k].lower === 'bank')) return j + 2;
    if (tokens[k].possessive) break;
  }
  return -1;
}

// How many words a bracket inside a firm's name may hold: "(Holdings)", "(Hong Kong)".
const BRACKETED_FIRM_WORDS = 3;

/**
 * "Cheung Kong (Holdings) Ltd.", "Toyota Motor (China) Co.", "Anglo American Platinum (Pty) Ltd": a
 * firm brackets its holding, its country or its legal kind inside its registered name, and the
 * legal form right after the bracket closes one name. "Acme (UK) said" brackets an aside. Returns
 * the index of the legal form, or -1.
 */
function bracketedFirmPart(tokens: Token[], j: number): number {
  if (tokens[j + 1]?.text !== '(' || tokens[j].possessive) return -1;
  for (let k = j + 2; k <= j + 2 + BRACKETED_FIRM_WORDS && tokens[k] && !tokens[k].breakBefore; k++) {
    if (tokens[k].text === ')') {
      const form = tokens[k + 1];
      return k > j + 2 && form && !form.breakBefore && (LEGAL_FORMS.has(bareWord(form)) || bareWord(form) === 'limited') ? k + 1 : -1;
    }
    if (!isNameWord(tokens[k])) return -1;
  }
  return -1;
}

/**
 * "SEOUL — Samsung Electronics Co. said", "CUPERTINO, Calif. — Apple Inc. said": a word in
 * capitals that opens its line, maybe with a comma and its state or country, before a dash and a
 * word that is not in capitals is the story's dateline (the dash is an em dash the text
 * normalizes), not the first part of a firm's name ("Rhone - Poulenc" is written in one case).
 */
function closesDateline(tokens: Token[], j: number): boolean {
  if (tokens[j + 2].upper) return false;
  let k = j;
  while (k > j - DATELINE_QUALIFIER_TOKENS && !tokens[k].breakBefore && k > 0 && (tokens[k].cap || tokens[k].text === ',')) k--;
  return (tokens[k].breakBefore || k === 0) && tokens[k].upper && tokens[k].word;
}

// Tokens of a dateline's qualifier after its city: ", Calif.", ", South Korea".
const DATELINE_QUALIFIER_TOKENS = 4;

// Words a body's name may run to after an opening possessive: "Lord's Resistance Army".
const POSSESSIVE_BODY_WORDS = 3;

/** Name words from `k` that an institution's head closes: "Resistance Army". */
function closesWithInstitutionHead(tokens: Token[], k: number): boolean {
  for (let e = k; e < k + POSSESSIVE_BODY_WORDS && tokens[e]?.cap && !tokens[e].breakBefore && !tokens[e].possessive && isNameWord(tokens[e]); e++) {
    if (INSTITUTION_HEADS.has(tokens[e].lower) && !(tokens[e + 1]?.cap && isNameWord(tokens[e + 1]))) return true;
  }
  return false;
}

/**
 * A possessive inside an institution's name: "New People's Party", "the Korean People's Army",
 * "Children's Hospital", but not after a place or a person's name. The word after it heads an institution and is followed by no further
 * name word, so "Malaysia's Prime Minister" and "Apple's Board Chairman" still split.
 */
function joinsPossessive(tokens: Token[], i: number, j: number): boolean {
  const next = tokens[j + 1];
  // "the People's Liberation Army", "the People's Daily": "People's" owns nothing in a name.
  if (tokens[j].lower === 'people' && next?.cap && !next.breakBefore && isNameWord(next)) return true;
  // "the Lord's Resistance Army": nor does "Lord's" before a body's name ("Lord's Cricket Ground" is the ground's).
  if (tokens[j].lower === 'lord' && j === i && closesWithInstitutionHead(tokens, j + 1)) return true;
  // "Moody's Investors Service": a company named by a possessive goes on with its other words.
  if (next?.cap && !next.breakBefore && isNameWord(next) && possessiveCompanyStart(tokens, j) >= 0) return true;
  // "Kohl's Corp.", "Belk's Inc.": a legal form names the possessive as the company, not its owner.
  if (next?.cap && !next.breakBefore && LEGAL_FORMS.has(bareWord(next)) && !gazetteer().place(tokens[j].text)) return true;
  // "Pritchard's Garage", "Doyle's Pharmacy": one name's possessive before a trade names the shop.
  if (j === i && next?.cap && !next.breakBefore && LOCAL_TRADE_HEADS.has(next.lower) && !gazetteer().place(tokens[j].text)) return true;
  // "the Macon County State's Attorney's Office": a post named by a possessive, which its office's head follows.
  if (next?.cap && next.possessive && !next.breakBefore && isTitleWord(next) && INSTITUTION_HEADS.has(tokens[j + 2]?.lower ?? '') && !gazetteer().place(tokens[j].text)) return true;
  if (!next || next.breakBefore || !next.cap || !(INSTITUTION_HEADS.has(next.lower) || isMembersConference(tokens, j, j + 2))) return false;
  // "the Justice Department's Office of Legal Counsel", "the Bank's Monetary Policy Committee": an
  // institution owns the body after its possessive, it does not name it.
  if (INSTITUTION_HEADS.has(tokens[j].lower)) return false;
  // "Japan's Ministry of Finance", "Rajiv Gandhi's Congress": a place or a person owns the
  // institution, it does not name it. A people's adjective opens no person's name ("the Irish
  // Farmers' Association"), though a list may hold it as a given name.
  const person = !isNationalityWord(tokens[i].text) && personRule(tokens, i, j + 1);
  if (gazetteer().place(tokens[j].text) || person || isForeignName(tokens, i, j + 1) || isLeaderBeforeOwnName(tokens, i, j)) return false;
  const after = tokens[j + 2];
  return !after || !isNameWord(after) || after.breakBefore || isCampusTown(tokens, j + 2);
}

/**
 * "Iliescu's Party of Social Democracy", "Chiluba's Movement for Multiparty Democracy": one name
 * no English list knows, before a head that "of" or "for" and a capital follow, is a leader who
 * owns the body; the head opens the body's own name ("Party of ..."). A common word there is part
 * of one name ("Children's Hospital of Philadelphia").
 */
function isLeaderBeforeOwnName(tokens: Token[], i: number, j: number): boolean {
  const owner = tokens[j];
  if (i !== j || owner.upper || isEnglishWord(owner.lower)) return false;
  return HEAD_LINK_WORDS.has(tokens[j + 2]?.lower ?? '') && !!tokens[j + 3]?.cap;
}

/** "King's College London": the capitals from `k` to the run's end close a campus's name after the head before `k`. */
function isCampusTown(tokens: Token[], k: number): boolean {
  let end = k;
  while (end < tokens.length && end - k < MAX_CAMPUS_TOWN_WORDS && tokens[end].cap && !tokens[end].breakBefore && isNameWord(tokens[end])) end++;
  const next = tokens[end];
  return (!next || !next.cap || next.breakBefore) && namesCampusOfPlace(tokens, k - 2, end);
}

/** Two or three words no English list knows and no place: a person's name by its shape ("Rajiv Gandhi"). */
function isForeignName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3) return false;
  return tokens.slice(from, to).every((t) => t.cap && !t.upper && !isEnglishWord(t.lower) && !gazetteer().place(t.text));
}

/**
 * A plural possessive inside an institution's name: "the Workers' Party", "the Teachers' Union".
 * The apostrophe is a token of its own, right after the plural, and an institution's head follows it.
 */
function joinsPluralPossessive(tokens: Token[], j: number): boolean {
  const apostrophe = tokens[j + 1];
  if (apostrophe.text !== "'" || apostrophe.start !== tokens[j].end || !tokens[j].lower.endsWith('s')) return false;
  const head = tokens[j + 2];
  return !!head && head.cap && head.start === apostrophe.end + 1 && INSTITUTION_HEADS.has(head.lower);
}

/**
 * A company's legal form closes its name: "of Apple Inc. Steve Jobs said" holds two names. Another
 * suffix may follow it ("Toyota Motor Co. Ltd."), and so may "of America".
 */
function endsAtLegalForm(tokens: Token[], i: number, j: number): boolean {
  if (j === i || !LEGAL_FORMS.has(tokens[j].lower.replace(/\./g, ''))) return false;
  // "Aluminum Co. of America", "Prudential Insurance Co. of America": American firms' full names.
  if (tokens[j + 1].lower === 'of' && tokens[j + 2]?.text === 'America') return false;
  return !ORG_SUFFIXES.has(tokens[j + 1].lower.replace(/\./g, ''));
}

// How many words a partner's name in a firm's name may have: "Merrill Lynch, Pierce, Fenner & Smith".
const PARTNER_WORDS = 2;

/**
 * A firm named for partners listed with commas and closed by "&" and a legal form: "Sears,
 * Roebuck & Co.", "Merrill Lynch, Pierce, Fenner & Smith Inc."; or, with no legal form, by "&"
 * after one surname each, as law firms are ("Skadden, Arps, Slate, Meagher & Flom", "Cravath,
 * Swaine & Moore"). Returns the index of the name's last token, or `j` (the end of the run [i, j]
 * that opens it) when no such name goes on.
 */
function commaFirmEnd(tokens: Token[], i: number, j: number): number {
  let first = j;
  while (first > i && isPartnerWord(tokens[first - 1])) first--;
  if (tokens[j + 1]?.text !== ',' || j - first >= PARTNER_WORDS || tokens[j].possessive) return j;
  let k = j + 1;
  let surnames = first === j && isPartnerSurname(tokens[j]) && !isCommonWordOrPlural(tokens[j].lower);
  while (tokens[k]?.text === ',') {
    const end = partnerEnd(tokens, k + 1);
    if (end < 0) return j;
    surnames &&= end === k + 1 && isPartnerSurname(tokens[end]);
    k = end + 1;
  }
  if (tokens[k]?.text !== '&') return j;
  const last = partnerEnd(tokens, k + 1);
  if (last < 0) return j;
  const legal = tokens[last + 1];
  if (LEGAL_FORMS.has(bareWord(tokens[last]))) return last;
  if (legal && !legal.breakBefore && LEGAL_FORMS.has(bareWord(legal))) return last + 1;
  // "Kraft, Heinz & Nestle and …" would go on as a list; a law firm's name ends at its last partner.
  return surnames && last === k + 1 && isPartnerSurname(tokens[last]) && tokens[last + 1]?.lower !== 'and' ? last : j;
}

// How many words a regiment's name may have: "Princess of Wales's Royal Regiment".
const REGIMENT_WORDS = 6;

/**
 * A sub-unit and the regiment it belongs to, joined by a comma as British and Commonwealth armies
 * write them: "the 1st Battalion, Royal Hampshire Regiment", "3rd Battalion, Royal Regiment of
 * Scotland". The run [i, j] ends in the sub-unit's head; returns the index of the regiment's last
 * token, or `j` when no regiment follows ("the 2nd Battalion, which landed", "Battalion, Smith said").
 */
function commaRegimentEnd(tokens: Token[], i: number, j: number): number {
  if (j - i > 1 || !REGIMENTAL_SUBUNITS.has(tokens[j].lower) || tokens[j + 1]?.text !== ',') return j;
  let k = j + 2;
  let head = -1;
  while (k < j + 2 + REGIMENT_WORDS && tokens[k] && !tokens[k].breakBefore) {
    if (isNameWord(tokens[k])) {
      if (REGIMENT_HEADS.has(tokens[k].lower)) head = k;
      if (tokens[k].possessive && !tokens[k + 1]?.cap) break;
      k++;
    } else if (tokens[k].lower === 'of' && head >= 0 && tokens[k + 1]?.cap) k++;
    else break;
  }
  // The regiment's name ends at its head or at the place that "of" names after it.
  return head >= 0 && (head === k - 1 || tokens[head + 1]?.lower === 'of') ? k - 1 : j;
}

// How many words one portfolio in a list may have: "Fisheries", "Foreign Trade".
const LISTED_PORTFOLIO_WORDS = 2;

/**
 * A head's portfolios listed with commas and closed by "and": "Bureau of Alcohol, Tobacco and
 * Firearms", "Ministry of Agriculture, Fisheries and Food". The run [i, j] ends in the first
 * portfolio; returns the index of the last one's last token, or `j` when no such list goes on.
 * A portfolio is common words and no head, so "the Ministry of Defence, Foreign Office and
 * Treasury" stays apart.
 */
function commaPortfolioEnd(tokens: Token[], i: number, j: number): number {
  if (tokens[j + 1]?.text !== ',' || !opensPortfolio(tokens, i, j)) return j;
  let k = j + 1;
  while (tokens[k]?.text === ',') {
    const end = listedPortfolioEnd(tokens, k + 1, LISTED_PORTFOLIO_WORDS);
    if (end < 0) return j;
    k = end + 1;
  }
  if (tokens[k]?.lower !== 'and' || tokens[k].breakBefore) return j;
  const last = listedPortfolioEnd(tokens, k + 1, PORTFOLIO_WORDS);
  const after = tokens[last + 1];
  return last < 0 || k === j + 1 || (after && !after.breakBefore && isNameWord(after)) ? j : last;
}

/** The run [i, j] is a head, "of" or "for", and portfolio words: "Bureau of Alcohol". */
function opensPortfolio(tokens: Token[], i: number, j: number): boolean {
  let k = j;
  while (k > i && isPortfolioWord(tokens[k])) k--;
  return k < j && k - 1 >= i && PORTFOLIO_LINKS.has(tokens[k].lower) && INSTITUTION_HEADS.has(tokens[k - 1].lower);
}

/** The last token of up to `max` portfolio words from `k`, or -1. */
function listedPortfolioEnd(tokens: Token[], k: number, max: number): number {
  let end = k;
  while (end < k + max && isPortfolioWord(tokens[end])) end++;
  return end > k ? end - 1 : -1;
}

/** The last token of one partner's name of one or two capitalized words from `k`, or -1. */
function partnerEnd(tokens: Token[], k: number): number {
  let end = k;
  while (end < k + PARTNER_WORDS && isPartnerWord(tokens[end])) end++;
  return end > k ? end - 1 : -1;
}

const isPartnerWord = (t: Token | undefined): boolean => !!t && !t.breakBefore && !t.possessive && isNameWord(t);
const bareWord = (t: Token) => t.lower.replace(/\./g, '');

// The dashes that close a wire dateline: "(Reuters) -", "(AP) —", "(AFP) --", "(AP) _".
const DATELINE_DASHES = new Set(['-', '—', '–', '--', '_']);

/**
 * "AMSTERDAM (Reuters) - Four Greenpeace activists", "LONDON — Three Oxfam workers": the word
 * after a dateline's dash, after the agency's bracket or the place in capitals, opens the story's
 * first sentence, so its capital says nothing either.
 */
export function followsDateline(tokens: Token[], i: number): boolean {
  // "--" may come as two dashes.
  const dashes = DATELINE_DASHES.has(tokens[i - 2]?.text ?? '') ? 2 : 1;
  const before = tokens[i - 1 - dashes];
  return DATELINE_DASHES.has(tokens[i - 1]?.text ?? '') && !!before && (before.text === ')' || (before.upper && before.word && before.text.length > 1));
}

/** The index of the sentence's first word, past opening quotes and brackets. */
export function firstWordIndex(tokens: Token[]): number {
  let i = 0;
  while (i < tokens.length && !tokens[i].word && OPENING_PUNCTUATION.has(tokens[i].text)) i++;
  return i;
}

/** The index of the capitalized word a connector run at `k` leads to, or -1. */
function connectorTarget(tokens: Token[], k: number, institution: boolean): number {
  const first = tokens[k];
  const linked = townRiverLinkLength(tokens, k);
  if (linked > 0) return k + linked;
  // "the" joins only after "of": "Bank of the West", but not "told Reuters the Pentagon …".
  if (first.lower === 'the' || isFirmSeat(tokens, k) || !isConnector(first, first.lower === 'and' ? joinsInstitution(tokens, k) : institution)) return -1;
  let n = k + 1;
  // "of the", "de la", "van der"; "for the" right after a head: "Office for the Coordination of …"
  // "the U.S. Court of Appeals for the Fifth Circuit": the appeals court goes on to its circuit.
  const headFor = first.lower === 'for' && (INSTITUTION_HEADS.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.lower === 'appeals');
  if (tokens[n] && !tokens[n].cap && isConnector(tokens[n], institution) && (first.lower === 'of' || headFor || SURNAME_PARTICLES.has(first.lower))) n++;
  const target = tokens[n];
  if (headFor && tokens[n - 1].lower === 'the' && qualifiesLeadersWork(tokens, n)) return -1;
  // "the Labour Party on Monday": a day or month is no part of a name a connector leads to.
  // "Holdings for US$12.5 billion": a currency's country is no part of a name either.
  if (!target || !isNameWord(target) || target.breakBefore || isCalendarWord(target.lower) || isCurrencyPrefix(tokens, n + 1)) return -1;
  // "control of the Senate for Democrats": a party's members are whom the body is won for, no remit.
  if (first.lower === 'for' && PARTY_MEMBER_PLURALS.has(target.lower) && !tokens[n + 1]?.cap) return -1;
  // "the Court of Appeals in San Francisco", "the Senate on Capitol Hill": a known place after
  // "in" or "on" says where the body sits.
  // "the National Weather Service in Cheektowaga": right after a head, "in" says where the body
  // sits, though no list knows the town.
  const seat = first.lower === 'in' && INSTITUTION_HEADS.has(tokens[k - 1]?.lower ?? '');
  const locates = seat || ((first.lower === 'in' || first.lower === 'on') && startsWithPlace(tokens, n));
  return locates && !isRegionalRemit(tokens, k, n) && !isSpelledThroughPlace(tokens, k, n) ? -1 : n;
}

/**
 * "the Board of Control for Cricket in India (BCCI)": the acronym in brackets after the place
 * spells the place's initial too, so the place after "in" closes the name, not where the body sits.
 */
function isSpelledThroughPlace(tokens: Token[], k: number, n: number): boolean {
  let end = n + 1;
  while (end < n + PLACE_WORDS && tokens[end] && !tokens[end].breakBefore && isNameWord(tokens[end])) end++;
  const acronym = tokens[end + 1];
  if (tokens[end]?.text !== '(' || !acronym || !isAcronym(acronym)) return false;
  let start = k;
  while (start > 0 && !tokens[start].breakBefore && (isNameWord(tokens[start - 1]) || NAME_CONNECTORS.has(tokens[start - 1].lower))) start--;
  while (start < k && !(tokens[start].cap && tokens[start].lower[0] === acronym.lower[0])) start++;
  return start < k && definesAcronym(tokens, start, end);
}

// Capitalized words a name before such a noun may have: "the Major government", "the Ronald Reagan administration".
const LEADER_NAME_WORDS = 3;

/**
 * "the Senate for the Bush plan", "voted for the Clinton budget": the capitalized words from `n`
 * qualify a leader's work, and so are no remit that "for the" after a head leads to.
 */
function qualifiesLeadersWork(tokens: Token[], n: number): boolean {
  let end = n;
  while (end < n + LEADER_NAME_WORDS && tokens[end] && !tokens[end].breakBefore && isNameWord(tokens[end])) end++;
  return SPONSORED_WORKS.has(tokens[end]?.lower ?? '') && !tokens[end].cap;
}

// Links after an institution's head that state its remit: "Organization for …", "Conference on …".
const REMIT_LINKS = new Set(['for', 'on']);

/**
 * "Organization for Security and Cooperation in Europe": after a head's "for" or "on", the "in"
 * at `k` and a continent or world region that ends the run are the remit the name states, not
 * where the body sits ("the Center for Strategic Studies in Washington" sits in a city).
 */
function isRegionalRemit(tokens: Token[], k: number, n: number): boolean {
  if (tokens[k].lower !== 'in') return false;
  let end = n + 1;
  while (end < n + PLACE_WORDS && tokens[end] && !tokens[end].breakBefore && isNameWord(tokens[end])) end++;
  if (gazetteerPlaceOf(tokens, n, end)?.type !== 'region') return false;
  for (let i = k - 1; i > 0 && !tokens[i + 1].breakBefore && (isNameWord(tokens[i]) || NAME_CONNECTORS.has(tokens[i].lower)); i--) {
    if (REMIT_LINKS.has(tokens[i].lower) && INSTITUTION_HEADS.has(tokens[i - 1].lower)) return true;
  }
  return false;
}

// Words that end a firm's name, after which "of" gives where the firm is: its legal form, a plural
// or collective head, or a studio's or a label's ("Limerencia Films of Mexico City"). Not "Company",
// which opens names that go on ("the Company of Biologists").
const FIRM_HEADS: ReadonlySet<string> = new Set([
  ...[...STRONG_ORG_SUFFIXES].filter((suffix) => suffix !== 'company'),
  'investments', 'partners', 'associates', 'films', 'pictures', 'records', 'studios', 'productions', 'international',
  ...LENDING_ARMS,
]);
// Heads whose "of" and a country may be the firm's own name: "Aluminum Co. of America", "Radio
// Corp. of America", "the National Oil Corporation of Libya".
const COUNTRY_NAMED_HEADS: ReadonlySet<string> = new Set(['co', 'corp', 'corporation']);
// How many words the town after a firm's "of" may have: "Valley Forge", "Palo Alto".
const SEAT_WORDS = 3;

/**
 * "Vanguard Group of Valley Forge, Pa.", "Acme Industries of Chicago": after a firm's plural or
 * collective head, "of" and a city, or a town its state or country follows, say where the firm
 * sits ("Group of Seven" goes on). So does any place the lists know when a name comes before the
 * head: "Samsung Group of South Korea", "PSA International of Singapore", wire copy's way of
 * placing a foreign firm. `k` is the index of the "of".
 */
function isFirmSeat(tokens: Token[], k: number): boolean {
  const head = bareWord(tokens[k - 1]);
  if (tokens[k].lower !== 'of' || !FIRM_HEADS.has(head)) return false;
  const start = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  let end = start;
  while (end < start + SEAT_WORDS && tokens[end] && !tokens[end].breakBefore && isNameWord(tokens[end])) end++;
  if (end === start) return false;
  if (start === k + 1 && (isPlaceQualified(tokens, end) || gazetteerPlaceOf(tokens, start, end)?.type === 'city')) return true;
  const named = k >= 2 && !tokens[k - 1].breakBefore && isNameWord(tokens[k - 2]);
  return named && !COUNTRY_NAMED_HEADS.has(head) && !!gazetteerPlaceOf(tokens, start, end);
}

/**
 * A second "of" after "Head of Place" gives where the body is, not more of its name: "the
 * University of Sheffield of the UK" is the university and a country. "Supreme Court of the
 * State of New York" goes on, its first "of" leading to no place.
 */
function placeQualifiesName(tokens: Token[], i: number, j: number): boolean {
  if (tokens[j + 1]?.lower !== 'of') return false;
  let of = j;
  while (of > i && tokens[of].lower !== 'of') of--;
  if (of <= i || !INSTITUTION_HEADS.has(tokens[of - 1].lower) || !gazetteerPlaceOf(tokens, of + 1, j + 1)) return false;
  const target = tokens[j + 2]?.lower === 'the' ? j + 3 : j + 2;
  return startsWithPlace(tokens, target);
}

/**
 * The last word of a name the lexicon knows that holds a function word no connector joins:
 * "Doctors Without Borders", "Save the Children"; a place the gazetteer spells with a lower-case
 * Arabic or Romance article ("Dar es Salaam", "Ras al Khaimah", "Castilla y León"); or that a
 * capital letter closes: "Serie A". The run from `i` past `j` ends in a capitalized word; returns
 * its index, or -1.
 */
function knownNameEnd(tokens: Token[], i: number, j: number): number {
  // "the law firm Jenkens and Gilchrist": partners' names after a noun of their firm.
  if (j === i && namesPartnership(tokens, i, j + 3)) return j + 2;
  let phrase = lowerPhrase(tokens, i, j + 1);
  for (let k = j + 1; k < Math.min(tokens.length, j + 1 + KNOWN_NAME_GAP); k++) {
    const t = tokens[k];
    if (t.breakBefore || !t.word) return -1;
    phrase += ` ${t.lower}`;
    if (k > j + 1 ? isNameWord(t) && (lexiconKind(phrase) === 'organization' || !!gazetteerPlaceOf(tokens, i, k + 1)) : isClosingLetter(t) && lexiconKind(phrase) === 'organization') return k;
  }
  return -1;
}

// A capital letter that may close a name: "Serie A", "Serie B".
const CLOSING_LETTER = /^\p{Lu}$/u;
const isClosingLetter = (t: Token): boolean => CLOSING_LETTER.test(t.text);

// Words after a run that a known name may still hold: "Without Borders", "the Children".
const KNOWN_NAME_GAP = 3;

const PLACE_WORDS = 3;

function startsWithPlace(tokens: Token[], n: number): boolean {
  for (let end = n + 1; end <= Math.min(tokens.length, n + PLACE_WORDS); end++) {
    if (gazetteerPlaceOf(tokens, n, end)) return true;
  }
  return false;
}

function isConnector(t: Token, institution: boolean): boolean {
  if (t.breakBefore || !NAME_CONNECTORS.has(t.lower) || t.cap) return false;
  return institution || !INSTITUTION_ONLY_CONNECTORS.has(t.lower);
}

/**
 * An "and" at `k` inside one institution's name: "Department of Health and Human Services",
 * "Securities and Exchange Commission". Not when a head or suffix closes a name before it and
 * another name follows: "Harvard University and Boston University", "Acme Corp. and Bolt Co.".
 */
function joinsInstitution(tokens: Token[], k: number): boolean {
  // "Dr. Pepper and Ms. Times": a form of address opens a name of its own.
  if (HONORIFICS.has(tokens[k + 1]?.lower.replace(/\.$/, '') ?? '')) return false;
  if (joinsCollection(tokens, k)) return true;
  // "State Councilor Song Jian and Foreign Ministry spokesman …": a person's name ends before "and".
  if (personBefore(tokens, k)) return false;
  // "Citicorp and Chase Manhattan Bank": a firm's one-word name before "and" is a name of its own.
  const aloneBefore = k < 2 || !isNameWord(tokens[k - 2]) || tokens[k - 1].breakBefore;
  if (namesFirm(tokens[k - 1]) && aloneBefore) return false;
  if (namesJointBody(tokens, k)) return true;
  // "Safaricom and Equity Bank shares": a one-word name that no word list knows is a firm's coined
  // name; a shared head's portfolio is made of ordinary words ("Securities and Exchange Commission").
  if (aloneBefore && isCoinedName(tokens[k - 1])) return false;
  // "Hyundai Motor Co. of South Korea and Mitsubishi Motors Corp.": a place after "of" says where
  // the name before "and" is; what follows is a name of its own.
  if (placeAfterOfBefore(tokens, k) || placeAloneBefore(tokens, k)) return false;
  if (firmAfterFullName(tokens, k)) return false;
  if (joinsPortfolio(tokens, k)) return true;
  // "Institute of Technology and Colorado State University": a name a place opens is a body of
  // its own; a shared head's portfolio ("… of Health and Human Services") opens with no place.
  // "the Trinidad and Tobago Football Association": a place named through the "and" opens the body.
  const namedThrough = placeGoesOnPast(tokens, capitalsStartBefore(tokens, k), k);
  if (!institutionFollows(tokens, k) || (startsWithPlace(tokens, k + 1) && !namedThrough) || repeatsHead(tokens, k) || repeatsFirstWord(tokens, k)) return false;
  return !(closesName(tokens, k - 1) && !INSTITUTION_HEADS.has(tokens[k + 1]?.lower));
}

/**
 * "Western Mining and CRA Ltd", "Pacific Dunlop and Amcor Ltd": after a name of two words or
 * more, an acronym or a company's own word after "and" opens a second firm; a portfolio after
 * a single word ("Cable and Wireless", "Trust and Banking") has neither.
 */
function firmAfterFullName(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || k < 2 || !isNameWord(tokens[k - 2]) || tokens[k - 1].breakBefore || !isNameWord(tokens[k - 1])) return false;
  return isAcronym(next) || namesFirm(next);
}

/** The capitalized words between an "of" and the "and" at `k` name a place: "… of South Korea and". */
function placeAfterOfBefore(tokens: Token[], k: number): boolean {
  for (let from = k - 1; from >= Math.max(1, k - PLACE_WORDS) && isNameWord(tokens[from]); from--) {
    if (tokens[from - 1].lower === 'of' && gazetteerPlaceOf(tokens, from, k)) return true;
  }
  return false;
}

/**
 * "researchers in Stockholm and Johns Hopkins University": a place that is all the capitalized
 * words before the "and" at `k` is a name of its own, not the first half of a body's, unless
 * the "and" goes on inside the place's name ("the Trinidad and Tobago Football Association").
 */
function placeAloneBefore(tokens: Token[], k: number): boolean {
  const from = capitalsStartBefore(tokens, k);
  if (from > 0 && isNameWord(tokens[from - 1]) && !tokens[from].breakBefore) return false;
  return !!gazetteerPlaceOf(tokens, from, k) && !placeGoesOnPast(tokens, from, k);
}

// Heads of public bodies that two places joined by "and" name together.
const JOINT_BODY_HEADS = new Set(['trust', 'council', 'authority', 'board', 'police', 'constabulary', 'partnership', 'service']);
// Connectors inside the second place or the body's own words: "Isle of Wight", "Fire and Rescue".
const JOINT_BODY_CONNECTORS = new Set(['of', 'and']);
// How many words the first place may have: "Avon", "Greater Manchester".
const JOINT_FIRST_PLACE_WORDS = 2;

/**
 * "Devon and Cornwall Police", "Tameside and Glossop Integrated Care NHS Foundation Trust": two
 * places joined by "and" at `k` open the name of one public body that serves both, when the
 * capitalized words after the "and" end in such a body's head; "researchers in Stockholm and
 * Johns Hopkins University" name no such body.
 */
function namesJointBody(tokens: Token[], k: number): boolean {
  const from = capitalsStartBefore(tokens, k);
  if (from === k || k - from > JOINT_FIRST_PLACE_WORDS || (from > 0 && isNameWord(tokens[from - 1]) && !tokens[from].breakBefore)) return false;
  // "Merseyside Police and Cheshire Constabulary": a body's head before the "and" closes a body of its own.
  if (tokens.slice(from, k).some((t) => INSTITUTION_HEADS.has(t.lower))) return false;
  if (!mayNamePlace(tokens, from, k) || !mayNamePlace(tokens, k + 1, k + 2)) return false;
  let end = k + 1;
  while (tokens[end] && !tokens[end].breakBefore && (isNameWord(tokens[end]) || (JOINT_BODY_CONNECTORS.has(tokens[end].lower) && end > k + 1 && isNameWord(tokens[end + 1] ?? tokens[end])))) {
    if (tokens[end++].possessive) break;
  }
  return end - k > 2 && JOINT_BODY_HEADS.has(tokens[end - 1].lower);
}

/**
 * The words [from, to) are a place the gazetteer knows, or open one, or are names no list gives
 * another kind: "Glossop", "Bury" (a place's name may be a word). A firm's ("Avon") stays apart.
 */
function mayNamePlace(tokens: Token[], from: number, to: number): boolean {
  if (startsWithPlace(tokens, from)) return true;
  return tokens.slice(from, to).every((t) => t.cap && !t.upper && !t.possessive && isNameWord(t) && (lexiconKind(t.lower) ?? 'location') === 'location');
}

/** Where the capitalized words before `k` start, as far back as a place's name reaches. */
function capitalsStartBefore(tokens: Token[], k: number): number {
  let from = k;
  while (from > 0 && k - from < PLACE_WORDS && isNameWord(tokens[from - 1]) && !tokens[from].breakBefore) from--;
  return from;
}

/** A place's name opens at `from` and goes on past the "and" at `k`: "Trinidad and Tobago". */
function placeGoesOnPast(tokens: Token[], from: number, k: number): boolean {
  for (let end = k + 2; end <= Math.min(tokens.length, k + 1 + PLACE_WORDS); end++) if (gazetteerPlaceOf(tokens, from, end)) return true;
  return false;
}

/**
 * "Trinidad and Tobago", "Bosnia and Herzegovina": the index of the last word of a place whose
 * name the run from `from` opens and the "and" at `k` goes on inside, or -1.
 */
function placeEndPastAnd(tokens: Token[], from: number, k: number): number {
  if (tokens[k]?.lower !== 'and' || tokens[k].breakBefore || tokens[k + 1]?.breakBefore) return -1;
  for (let end = Math.min(tokens.length, k + 1 + PLACE_WORDS); end >= k + 2; end--) if (gazetteerPlaceOf(tokens, from, end)) return end - 1;
  return -1;
}

// How many words a person's name before "and" may have: "Song Jian", "Mary Ann Jones".
const PERSON_WORDS = 3;

/** The capitalized words before the "and" at `k`, back to a title or the run's start, name a person. */
function personBefore(tokens: Token[], k: number): boolean {
  let from = k;
  while (from > 0 && k - from < PERSON_WORDS && isNameWord(tokens[from - 1]) && !isTitleWord(tokens[from - 1]) && !tokens[from].breakBefore) from--;
  return k - from >= 2 && (from === 0 || !isNameWord(tokens[from - 1]) || isTitleWord(tokens[from - 1])) && personRule(tokens, from, k) !== undefined;
}

/** A capitalized word no English list, given-name list, place list or town list knows: "Safaricom", "Equinor". */
function isCoinedName(t: Token): boolean {
  const places = gazetteer();
  return t.cap && !t.upper && !isCommonWordOrPlural(t.lower) && !isGivenName(t.lower) && !places.place(t.text) && !places.townRegions(t.text);
}

/** A word that names a firm alone: "Citicorp", "Exxon", "Chrysler". */
function namesFirm(t: Token): boolean {
  return !t.upper && (lexiconKind(t.lower) === 'organization' || isCompanyWord(t.text) || (t.lower.length > FIRM_STEM && t.lower.endsWith('corp')));
}

// "Citicorp", "Bancorp": a stem before "corp".
const FIRM_STEM = 6;

// Links that an article inside a name follows: "Bank of the West", "Office for the Coordination …".
const HEAD_LINK_WORDS = new Set(['of', 'for']);

/**
 * The name after the "and" at `k` has the head of the name before it: "University of Texas and
 * Rice University", "Ministry of Defence and the Ministry of Finance" are two names, while
 * "Department of Health and Human Services" shares one head.
 */
function repeatsHead(tokens: Token[], k: number): boolean {
  const before = new Set<string>();
  for (let i = k - 1; i >= 0 && (isNameWord(tokens[i]) || NAME_CONNECTORS.has(tokens[i].lower)) && !tokens[i + 1].breakBefore; i--) {
    // "the Food and Drug Administration and the Occupational Safety and Health Administration":
    // an article that no "of" or "for" leads to opens this name; the name before it is another.
    if (tokens[i].lower === 'the' && !HEAD_LINK_WORDS.has(tokens[i - 1]?.lower ?? '')) break;
    if (INSTITUTION_HEADS.has(tokens[i].lower)) before.add(tokens[i].lower);
  }
  for (let i = k + 1; i < tokens.length && isNameWord(tokens[i]) && !tokens[i].breakBefore; i++) {
    if (before.has(tokens[i].lower)) return true;
    if (tokens[i].possessive) break;
  }
  return false;
}

/**
 * The name after the "and" at `k` opens with the word that opens the name before it: "Apple
 * Computer and Apple Corps" are two firms that share a word.
 */
function repeatsFirstWord(tokens: Token[], k: number): boolean {
  let i = k - 1;
  while (i > 0 && isNameWord(tokens[i - 1]) && !tokens[i].breakBefore) i--;
  return tokens[k + 1]?.lower === tokens[i].lower;
}

/**
 * The last of a ministry's portfolios: "Ministry of International Trade and Industry",
 * "Organization for Economic Cooperation and Development". A head and "of" or "for" come shortly before the
 * "and", and one to three capitalized common words after it, no head among them, end the name;
 * "Ministry of Defence and Reuters" and "… and Foreign Office" stay two.
 */
function joinsPortfolio(tokens: Token[], k: number): boolean {
  let end = k + 1;
  while (end < k + 1 + PORTFOLIO_WORDS && isPortfolioWord(tokens[end])) end++;
  const after = tokens[end];
  if (end === k + 1 || tokens[k + 1].breakBefore) return false;
  for (let i = k - 1; i >= Math.max(1, k - 4) && isNameWord(tokens[i]); i--) {
    if (!PORTFOLIO_LINKS.has(tokens[i - 1].lower) || i < 2) continue;
    const head = tokens[i - 2].lower;
    // "Minister of Trade and Industry Otieno Barasa": a post's portfolio may have its holder's name after it.
    if (TITLE_HEADS.has(head)) return true;
    if (INSTITUTION_HEADS.has(head)) return !(after && !after.breakBefore && isNameWord(after));
  }
  return false;
}

const PORTFOLIO_WORDS = 3;
// "Ministry of Trade and Industry", "Organization for Economic Cooperation and Development",
// "Conference on Security and Cooperation".
const PORTFOLIO_LINKS = new Set(['of', 'for', 'on']);

// A field of study the word list lacks is a portfolio word too: "Institute of Geophysics and Volcanology".
const isPortfolioWord = (t: Token | undefined): boolean =>
  !!t && t.cap && !t.breakBefore && !t.possessive && (isEnglishCompound(t.lower) || isFieldOfStudy(t.lower)) && !INSTITUTION_HEADS.has(t.lower);

/** An English word, or one British spelling writes with a hyphen: "Co-operation". */
const isEnglishCompound = (lower: string): boolean => isEnglishWord(lower) || (lower.includes('-') && isEnglishWord(lower.split('-').join('')));

/**
 * A head or a company suffix ends a name at `k`: "… University", "… Corp.", and after a name's
 * own word a firm's plural ("Fidelity Investments and …", "Lazard Partners and …"), which alone
 * opens an agency's name ("Securities and Exchange Commission").
 */
function closesName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const word = t.lower.replace(/\./g, '');
  if (INSTITUTION_HEADS.has(word) || STRONG_ORG_SUFFIXES.has(word)) return true;
  const before = tokens[k - 1];
  return FIRM_PLURALS.has(word) && !!before && isNameWord(before) && !t.breakBefore;
}

/** The capitalized words after `k` include an institution's head: "… Defence and Space Company". */
function institutionFollows(tokens: Token[], k: number): boolean {
  for (let i = k + 1; i < tokens.length && isNameWord(tokens[i]) && !tokens[i].breakBefore; i++) {
    if (INSTITUTION_HEADS.has(tokens[i].lower) || isClosingExecutive(tokens, i)) return true;
    if (tokens[i].possessive) break;
  }
  return false;
}

// "the Health and Safety Executive": a capitalized Executive that ends the name heads a body.
const isClosingExecutive = (tokens: Token[], i: number): boolean => tokens[i].text === 'Executive' && !(tokens[i + 1] && isNameWord(tokens[i + 1]));

/**
 * A capitalized particle before a name word opens or joins the name, though the lexicon calls
 * it a function word: "El Paso", "Hicham El Guerrouj", "Le Mans", "Charles De Gaulle".
 */
function isCapitalParticle(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return t.cap && !t.upper && SURNAME_PARTICLES.has(t.lower) && !!next && !next.breakBefore && isNameWord(next);
}

/**
 * "James To", "Wilson Or", "columnist George Will": a capitalized function word right after a
 * given name, mid-sentence, is a surname (Cantonese names romanize to such words). Not in
 * title-cased or capitalized text, where a capitalized word follows it ("Anna To Quit").
 */
function isFunctionWordSurname(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const given = tokens[k - 1];
  const after = tokens[k + 1];
  if (!t.cap || t.upper || t.breakBefore || given.possessive || given.upper) return false;
  if (isThirdSyllable(tokens, k)) return true;
  if (!FUNCTION_WORD_SURNAMES.has(t.lower)) return false;
  return isGivenName(given.lower) && !isCommonWord(given.lower) && !(after && !after.breakBefore && after.cap);
}

// One romanized syllable: "Tho", "Van", "Duc".
const SYLLABLE = /^\p{Lu}\p{Ll}{1,4}$/u;

/**
 * "Le Duc Tho": the last syllable of an East Asian name may spell an English function word
 * ("tho"), after a family name and a syllable, when no capitalized word follows it.
 */
function isThirdSyllable(tokens: Token[], k: number): boolean {
  const [family, middle, t, after] = [tokens[k - 2], tokens[k - 1], tokens[k], tokens[k + 1]];
  if (!family?.cap || family.possessive || !EAST_ASIAN_SURNAMES.has(family.lower) || !SYLLABLE.test(middle.text) || !SYLLABLE.test(t.text)) return false;
  return !(after && !after.breakBefore && after.cap);
}

/**
 * "and Will Carling", "cheered Will Smith": a given name that is also a function word opens a
 * name mid-sentence, where only a name capitalizes it. Not first in its sentence ("Will Smith
 * play?") nor after punctuation ("she asked: Will Britain pay?"), not after a capitalized word
 * (title-cased "Who Will Win") unless it is a title ("Coach Les Miles", "Striker Will Grigg"),
 * and not a month ("in May Jones said").
 */
function isGivenFunctionWord(tokens: Token[], k: number, firstWord: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  const next = tokens[k + 1];
  if (k <= firstWord || !t.cap || t.upper || t.breakBefore || !next || next.breakBefore || !isNameWord(next) || !before.word) return false;
  if (before.cap && !(isTitleWord(before) && !before.upper)) return false;
  return isFunctionWord(t.lower) && isGivenName(t.lower) && !isCalendarWord(t.lower);
}

/**
 * A capitalized word that can be part of a name. Model numbers ("A380") are not, nor are
 * capitalized function words and contractions ("In", "This", "We've") in title-cased text.
 */
/** "BERLIN (dpa) -": an agency that writes its name in lower case, in a dateline's brackets. */
export function isBracketedLowerAgency(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !t.cap && tokens[i - 1]?.text === '(' && tokens[i + 1]?.text === ')' && NEWS_AGENCIES.has(t.lower);
}

export function isNameWord(t: Token): boolean {
  if (!t.cap || (DIGIT.test(t.text) && !isDigitLedBrand(t.text)) || CONTRACTION.test(t.text) || isCountedTimeAdjective(t.text)) return false;
  return (t.upper && t.text.length > 1) || !isFunctionWord(t.lower);
}
