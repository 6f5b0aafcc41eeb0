import { PORTFOLIO_JOINS } from '../../lexicon/titles';
import { isEnglishWord, lexiconKind } from './name-words';
import { couldBePersonName } from './person-shape';
import { isTrailingTitle } from './titles';
import type { Token } from './tokens';

// "Minister of Trade, Industry and Cooperatives": how many words a portfolio runs to.
const PORTFOLIO_WORDS = 4;
// A holder's name after the portfolio: a given name and a surname, or three names.
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 3;

// "Co-founder of Google": a word the lexicon knows as a name is no portfolio.
const isPortfolioWord = (t: Token): boolean => t.cap && !t.upper && !t.possessive && isEnglishWord(t.lower) && !lexiconKind(t.lower);

/** "Finance and Economic Planning" after "Minister of": a portfolio of common words, which names nothing. */
export function isBarePortfolio(tokens: Token[], from: number, to: number): boolean {
  if (to - from > PORTFOLIO_WORDS || !isPortfolioWord(tokens[from]) || !isPortfolioWord(tokens[to - 1])) return false;
  for (let i = from + 1; i < to - 1; i++) if (!isPortfolioWord(tokens[i]) && !PORTFOLIO_JOINS.has(tokens[i].lower)) return false;
  return true;
}

/**
 * "Minister of Foreign Affairs Otieno Barasa", "Cabinet Secretary for Roads Wanjiru Kamau": after a
 * portfolio of common words, two or three words that are no common words are the holder's name,
 * though no list knows the given name (the lists are thin on African and Asian names).
 */
export function isHolderAfterPortfolio(tokens: Token[], from: number, k: number, to: number): boolean {
  const names = to - k;
  if (names < MIN_NAME_WORDS || names > MAX_NAME_WORDS || !isBarePortfolio(tokens, from, k)) return false;
  return couldBePersonName(tokens, k, to) && tokens.slice(k, to).every((t) => t.cap && !isEnglishWord(t.lower));
}

/** "Minister for Health …": the run follows a post and the "for" that opens its portfolio. */
export const followsPostFor = (tokens: Token[], from: number): boolean =>
  tokens[from - 1]?.lower === 'for' && !!tokens[from - 2] && isTrailingTitle(tokens[from - 2]);
