import { CURRENCY_WORDS_NO_PACKAGE_GIVES } from '../../lexicon/currency-countries';
import { placeCurrencies } from '../../lexicon/gazetteer';
import type { Sentence } from '../../pipeline-types';
import { BLANK, NEWLINE, type Token } from '../numeric/tokens';
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
 * 3. else the country the story names most, by its places and peoples ("In Kansas, milk rose a
 *    penny"; "British drivers"; "Auckland bus fares");
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

/**
 * The currencies of the places and peoples the story names, each where it is written with a
 * capital: the markets and seats that no package gives ("Nasdaq", "Whitehall"), else the longest
 * name the gazetteer gives a country's currencies for ("New South Wales" is Australia's, not
 * Wales's; "Latin America" counts for none).
 */
function countryTallies(tokens: readonly Token[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.raw[0] === t.text[0]) continue;
    const word = CURRENCY_WORDS_NO_PACKAGE_GIVES[t.text];
    if (word) {
      count(tallies, word, t.start);
      continue;
    }
    const named = placeNamed(tokens, i);
    if (!named) continue;
    for (const code of named.currencies) count(tallies, code, t.start);
    i = named.last;
  }
  return tallies;
}

// The most tokens a place's name runs to: "Washington D.C." is six ("D", ".", "C", ".").
const MAX_NAME_TOKENS = 8;
// The marks inside a place's name: "U.S.", "Stoke-on-Trent", "Cote d'Ivoire".
const NAME_MARKS: ReadonlySet<string> = new Set(['.', '-', "'"]);

/**
 * The longest name from `tokens[i]` on that the gazetteer gives currencies for, and its last
 * token. Two capitals or fewer must be written so ("US", "UK"), not as the pronoun "Us".
 */
function placeNamed(tokens: readonly Token[], i: number): { currencies: readonly string[]; last: number } | undefined {
  let name = '';
  let found: { currencies: readonly string[]; last: number } | undefined;
  for (let j = i; j < tokens.length && j < i + MAX_NAME_TOKENS; j++) {
    const t = tokens[j];
    if (j > i && t.space === NEWLINE) break;
    if (t.kind !== 'word' && !(t.kind === 'sym' && NAME_MARKS.has(t.text))) break;
    if (j > i && t.space === BLANK) name += ' ';
    name += t.text;
    const currencies = placeCurrencies(name);
    if (currencies) found = { currencies, last: j };
  }
  const t = tokens[i];
  if (found?.last === i && t.raw.length <= 2 && t.raw !== t.raw.toUpperCase()) return undefined;
  return found;
}
