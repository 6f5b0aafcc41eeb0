import { CURRENCY_COUNTRY_ABBREVIATIONS, CURRENCY_COUNTRY_WORDS } from '../../lexicon/currency-countries';
import { isUsState } from '../../lexicon/gazetteer/us-states';
import type { Sentence } from '../../pipeline-types';
import { BLANK, glued, isSym, type Token } from '../numeric/tokens';
import type { CurrencyRead } from './read-currency';
import type { MoneyPhrase } from './read-money';

/** A currency the story writes, where it first does, and how often. */
interface Tally {
  count: number;
  first: number;
}

/**
 * The currency of each minor unit that several currencies share ("cents", "a penny", "pennies"),
 * chosen from the story, as a reader would:
 * 1. the nearest amount in the same sentence in a currency the unit can name ("rose 4 cents to
 *    1.89 euros a litre" is euro cents);
 * 2. else the currency the story's other amounts use most ("$" counts as the US dollar, as it
 *    resolves), so "a penny" in a story quoting dollars is a cent;
 * 3. else the country the story names most ("In Kansas, milk rose a penny"; "British drivers");
 * 4. else null, and the unit keeps its own guess.
 * The value stays `currencyAssumed` whichever step chose it. Every step is one pass over the
 * phrases or the tokens, and the tokens are read only when a unit is still undecided.
 */
export function storyCurrencies(phrases: readonly MoneyPhrase[], tokens: readonly Token[], sentences: readonly Sentence[]): (phrase: MoneyPhrase) => string | null {
  const shared = phrases.filter((p) => sharedCurrency(p));
  if (shared.length === 0) return () => null;
  const amounts: { code: string; at: number }[] = [];
  const tallies = new Map<string, Tally>();
  for (const p of phrases) {
    const c = currencyOf(p);
    if (!c?.code || c.sharedBy) continue;
    const at = tokens[p.first].start;
    amounts.push({ code: c.code, at });
    count(tallies, c.code, at);
  }
  let countries: Map<string, Tally> | undefined;
  const chosen = new Map<MoneyPhrase, string | null>();
  // The phrases, amounts and sentences are all in text order: two cursors walk them once.
  let s = 0;
  let firstInSentence = 0;
  for (const p of shared) {
    const among = sharedCurrency(p)!;
    const at = tokens[p.first].start;
    while (s < sentences.length && sentences[s].end <= at) s++;
    const sentence = sentences[s];
    while (sentence && firstInSentence < amounts.length && amounts[firstInSentence].at < sentence.start) firstInSentence++;
    const near = sentence ? nearest(amounts, firstInSentence, at, sentence.end, among) : null;
    let code = near ?? mostUsed(tallies, among);
    if (!code) {
      countries ??= countryTallies(tokens);
      code = mostUsed(countries, among);
    }
    chosen.set(p, code);
  }
  return (phrase) => chosen.get(phrase) ?? null;
}

function currencyOf(p: MoneyPhrase): CurrencyRead | null {
  return p.sides[0].currency ?? p.sides[1]?.currency ?? null;
}

function sharedCurrency(p: MoneyPhrase): readonly string[] | undefined {
  return currencyOf(p)?.sharedBy;
}

function count(tallies: Map<string, Tally>, code: string, at: number): void {
  const t = tallies.get(code);
  if (t) t.count++;
  else tallies.set(code, { count: 1, first: at });
}

/** The currency of the amount nearest `at` among those from `from` up to the sentence's `end`. */
function nearest(amounts: readonly { code: string; at: number }[], from: number, at: number, end: number, among: readonly string[]): string | null {
  let best: string | null = null;
  let distance = Infinity;
  for (let k = from; k < amounts.length && amounts[k].at < end; k++) {
    const a = amounts[k];
    if (!among.includes(a.code)) continue;
    const d = Math.abs(a.at - at);
    if (d < distance) {
      distance = d;
      best = a.code;
    }
  }
  return best;
}

/** The currency among `among` the tallies count most; a tie goes to the one written first. */
function mostUsed(tallies: ReadonlyMap<string, Tally>, among: readonly string[]): string | null {
  let best: string | null = null;
  let top: Tally | undefined;
  for (const code of among) {
    const t = tallies.get(code);
    if (t && (!top || t.count > top.count || (t.count === top.count && t.first < top.first))) {
      best = code;
      top = t;
    }
  }
  return best;
}

/** The currencies of the countries the story names: capitalized country words, "U.S.", "UK", US states. */
function countryTallies(tokens: readonly Token[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.raw[0] === t.text[0]) continue;
    const code = CURRENCY_COUNTRY_WORDS[t.text] ?? CURRENCY_COUNTRY_ABBREVIATIONS[t.raw] ?? dottedAbbreviation(tokens, i) ?? usState(tokens, i);
    if (code) count(tallies, code, t.start);
  }
  return tallies;
}

/** "U.S.", "U.K.": two capitals with dots. */
function dottedAbbreviation(tokens: readonly Token[], i: number): string | undefined {
  const second = tokens[i + 2];
  if (tokens[i].raw.length !== 1 || !isSym(tokens, i + 1, '.') || !glued(tokens, i + 1) || !second || !glued(tokens, i + 2)) return undefined;
  return second.kind === 'word' && second.raw.length === 1 ? CURRENCY_COUNTRY_ABBREVIATIONS[tokens[i].raw + second.raw] : undefined;
}

/** "Kansas", "New York": a US state's name, in one or two capitalized words. */
function usState(tokens: readonly Token[], i: number): string | undefined {
  if (isUsState(tokens[i].raw)) return 'USD';
  const next = tokens[i + 1];
  return next?.kind === 'word' && next.space === BLANK && next.raw[0] !== next.text[0] && isUsState(`${tokens[i].raw} ${next.raw}`) ? 'USD' : undefined;
}
