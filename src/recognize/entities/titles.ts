import { CLIPPED_TITLES, EMPLOYER_TITLES, HONORIFICS, PERSON_TITLES, PLACE_HOLDER_TITLES, PLURAL_TITLES, PORTFOLIO_JOINS, TITLE_HEADS } from '../../lexicon/titles';
import { isGenerational } from './person-shape';
import { isClearGivenName } from './name-words';
import { gazetteer, isUsStateName } from '../../lexicon/gazetteer';
import { writtenPhrase } from './gazetteer-place';
import type { Token } from './tokens';

const bare = (t: Token) => t.lower.replace(/\.$/, '');

export const isTitleWord = (t: Token) => PERSON_TITLES.has(bare(t));

/** "Dr.", "Sen.", "Prof": a title shortened as only a form of address is, which stands before a surname alone. */
export const isAddressTitle = (t: Token) => CLIPPED_TITLES.has(bare(t));

/** A title on its own ("CEO", "Minister"), not only a qualifier of one ("Foreign"). */
const isTitleHead = (t: Token) => TITLE_HEADS.has(bare(t));

/** A title that ends a run and is the role held at the words before it: "Ryanair CEO", not "Hun Sen". */
export const isTrailingTitle = (t: Token) => isTitleHead(t) && !CLIPPED_TITLES.has(t.lower);

/**
 * The last run of title words inside a capitalized run that a name follows, as [from, to):
 * "NATO Secretary General Jens Stoltenberg" → "Secretary General". The run must end in a
 * word that is a title on its own ("General", "Minister"), not a qualifier ("Foreign").
 */
export function findTitleRun(tokens: Token[], from: number, to: number): { from: number; to: number } | undefined {
  for (let end = to - 1; end > from; end--) {
    const head = tokens[end - 1];
    // "Martin Luther King Jr.": a title word before a generational suffix is the surname it closes.
    if (!TITLE_HEADS.has(bare(head)) || isTitleWord(tokens[end]) || isGenerational(tokens[end]) || isTitleInSurname(tokens, from, end - 1, to) || isSurnameBeforeOf(tokens, from, end - 1)) continue;
    // "Minister of Justice and Constitutional Development": a post's word before "and" is a portfolio's, not a title.
    if (PORTFOLIO_JOINS.has(tokens[end].lower)) continue;
    let start = end - 1;
    // "Court of Justice President Ann Lowe": a title word after "of" closes what a body is of.
    while (start > from && isTitleWord(tokens[start - 1]) && tokens[start - 2]?.lower !== 'of') start--;
    if (start < end - 1 && opensStateHouse(tokens, from, start)) start++;
    return { from: start, to: end };
  }
  return undefined;
}

/**
 * "Illinois House Speaker Michael Madigan": a "House" after a US state is the state's chamber,
 * not part of the title, as "Senate" is in "Illinois Senate President".
 */
function opensStateHouse(tokens: Token[], from: number, at: number): boolean {
  if (tokens[at].text !== 'House' || at === from) return false;
  return isUsStateName(writtenPhrase(tokens, from, at)) || isUsStateName(tokens[at - 1].text);
}

/**
 * "Jaime Mayor Oreja", "Federico Mayor Zaragoza": a title word between a clear given name and the
 * run's last word opens a double surname, as Spanish names have; "Madrid Mayor Ana Botella"
 * has a place before the title and a full name after it.
 */
function isTitleInSurname(tokens: Token[], from: number, k: number, to: number): boolean {
  const [given, last] = [tokens[k - 1], tokens[k + 1]];
  if (k - 1 < from || k + 2 !== to || !given.cap || given.upper || isTitleWord(given) || !last.cap || last.upper) return false;
  return isClearGivenName(given.lower) && !gazetteer().place(given.text);
}

/**
 * "Annabel Bishop of Investec", "Mary King of Goldman Sachs": a title word between a clear given
 * name and "of" is the surname, and what follows is where the person works; a see or a realm
 * follows the title itself ("the Bishop of Durham", "King Abdullah of Jordan").
 */
function isSurnameBeforeOf(tokens: Token[], from: number, k: number): boolean {
  const given = tokens[k - 1];
  if (k - 1 < from || tokens[k + 1]?.lower !== 'of' || !given.cap || given.upper || isTitleWord(given)) return false;
  return isClearGivenName(given.lower) && !gazetteer().place(given.text);
}

/**
 * The run opens with a form of address and a name after it: "Mr. Washington", "Mr. Sun" are
 * people though a place and a newspaper's suffix make up their names.
 */
export const opensWithHonorific = (tokens: Token[], from: number, to: number): boolean =>
  to - from > 1 && HONORIFICS.has(bare(tokens[from])) && tokens[from + 1].cap && !isTitleWord(tokens[from + 1]);

// How far back a list of surnames may reach its plural title: "Messrs. A, B, C and D".
const LISTED_NAMES = 6;
const NAME_WORDS = 3;
const LIST_JOINS = new Set([',', 'and']);

/**
 * The name at `from` closes or goes on a list a plural title opens: "Messrs. Hunt and Roberts",
 * "Sens. Mitchell, Nunn and Dole" are all people, though "Dole" and "Hunt" are words too.
 */
export function followsPluralTitle(tokens: Token[], from: number): boolean {
  let k = from - 1;
  for (let names = 0; names < LISTED_NAMES; names++) {
    if (!LIST_JOINS.has(tokens[k]?.lower)) return false;
    k--;
    if (tokens[k]?.lower === ',') return false;
    let words = 0;
    while (k >= 0 && tokens[k].cap && words <= NAME_WORDS) {
      if (PLURAL_TITLES.has(bare(tokens[k]))) return words > 0;
      if (tokens[k].breakBefore) return false;
      k--;
      words++;
    }
    if (words === 0 || words > NAME_WORDS) return false;
  }
  return false;
}

/**
 * Posts of government that "chief" opens, which a state or a country holds, not a firm:
 * "Punjab Chief Minister Bhagwant Mann", "the state's Chief Justice".
 */
const PUBLIC_CHIEF_POSTS = new Set(['minister', 'justice', 'whip', 'secretary', 'constable', 'magistrate']);

/** The title run [from, to) names a post at a club or a company: "coach", "chief executive". */
/** A title of a seat held for a place, whose holder is "of" that place: "Mayor", "Rep.", "Sen.". */
export const isPlaceHolderTitle = (tokens: Token[], from: number, to: number): boolean => tokens.slice(from, to).some((t) => PLACE_HOLDER_TITLES.has(bare(t)));

export function isEmployerTitle(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const word = bare(tokens[i]);
    if (EMPLOYER_TITLES.has(word) && !(word === 'chief' && PUBLIC_CHIEF_POSTS.has(bare(tokens[i + 1] ?? tokens[i])))) return true;
  }
  return false;
}

// Words before a title that make it the post, not a name: "the King", "his Bishop", "a Major".
const POST_OPENERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'your', 'my']);

/**
 * A title word alone at `k`, where it may be a surname the document gave someone: "John Major
 * … that Major would call an election", "Don King … King said". Not after an article or an
 * owner ("the King", "Jordan's King").
 */
export function isLoneTitleWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  return isTitleWord(t) && !t.upper && !(before && (POST_OPENERS.has(before.lower) || before.possessive));
}

// Words that make "Democrat" a European party's member: "Social Democrat leader Jan Novak",
// "Christian Democrat deputy". "Democrat" alone titles a US party's member; the plural names the party.
const MEMBER_QUALIFIERS = new Set(['social', 'christian', 'free', 'liberal']);

/** "Social Democrat", "Christian Democrat": a party's member named by two words, neither of them an employer or a given name. */
export function namesPartyMember(tokens: Token[], from: number, to: number): boolean {
  return to - from === 2 && tokens[to - 1].lower === 'democrat' && MEMBER_QUALIFIERS.has(tokens[from].lower);
}
