import { ADDEND_MINOR_UNITS, AMBIGUOUS_CURRENCY_WORDS, CURRENCY_PLURALS, CURRENCY_SYMBOLS, CURRENCY_WORDS, MINOR_UNIT_WORDS } from '../../lexicon/currencies';
import { CARDINAL_WORDS } from '../../lexicon/number-words';
import { PLACE_HEADS } from '../../lexicon/org-words';
import { NUMBERED_INDEX_NAMES } from '../../lexicon/stock-indices';
import { NON_ORG_ACRONYMS } from '../../lexicon/org-words';
import { SCALE_WORDS } from '../../lexicon/number-words';
import { isGivenName } from './name-words';
import { lowerPhrase, type Token } from './tokens';

// Verbs a market report moves a share price with: "Glaxo rose 14 pence", "Sony lost 40 yen".
const PRICE_VERBS = new Set([
  'rose', 'fell', 'gained', 'added', 'lost', 'shed', 'eased', 'slipped', 'firmed', 'dropped', 'jumped', 'climbed', 'dipped',
  'slid', 'tumbled', 'plunged', 'soared', 'surged', 'rallied', 'advanced', 'declined', 'edged', 'improved', 'retreated', 'weakened', 'strengthened',
]);
// Verbs of a state that a direction makes a move: "Telkom was up 50 rupiah", "Sony ended down 40 yen".
const STATE_VERBS = new Set(['was', 'were', 'is', 'are', 'closed', 'ended', 'finished', 'opened', 'traded']);
// What may close a figure given without its unit, in a sentence that quotes prices in one: "… and Mitsui lost 20 ."
const CLAUSE_CLOSERS = new Set(['.', ',', ';', 'and']);
// Words that may stand between the verb and the figure: "edged up 2 cents", "fell back 5 pence".
const DIRECTION_WORDS = new Set(['up', 'down', 'back', 'higher', 'lower']);
// Currency words a person gains, loses or spends as often as a share moves by them ("He lost 20 dollars").
const SPENT_MONEY = new Set(['dollar', 'dollars', 'dlr', 'dlrs', 'buck', 'bucks', 'quid', 'euro', 'euros', 'pound', 'pounds']);
// Units share prices were quoted in that the currency lexicon, which holds currencies in use, lacks.
const RETIRED_PRICE_UNITS = ['p', 'pfennig', 'pfennigs', 'groszy', 'halers', 'ore', 'centimos', 'won'];
// The units a share's price is quoted in: the lexicon's minor units and currency names, less the
// ambiguous words ("real", "mark") and money a person spends; a person's weight or points are none.
const PRICE_UNITS: ReadonlySet<string> = new Set([
  ...Object.keys(MINOR_UNIT_WORDS),
  ...Object.keys(ADDEND_MINOR_UNITS),
  ...[...Object.keys(CURRENCY_WORDS), ...Object.keys(CURRENCY_PLURALS)].filter((w) => !AMBIGUOUS_CURRENCY_WORDS.has(w) && !SPENT_MONEY.has(w)),
  ...RETIRED_PRICE_UNITS,
]);
// What else a market report prices, which is no company: "Gold rose $3.50 to $371.20"; currencies
// ("Sterling fell 2 pfennigs") are the lexicon's.
const MARKET_GOODS = new Set([
  'gold', 'silver', 'platinum', 'palladium', 'copper', 'aluminium', 'aluminum', 'nickel', 'zinc', 'tin', 'lead', 'oil',
  'crude', 'gasoline', 'petrol', 'heating', 'gas', 'wheat', 'corn', 'maize', 'soybeans', 'soybean', 'coffee', 'cocoa',
  'sugar', 'cotton', 'rubber', 'cattle', 'hogs', 'pork', 'bellies', 'barley', 'oats', 'rice', 'bullion', 'bonds',
  'gilts', 'treasuries', 'bunds', 'futures', 'shares', 'stocks',
]);
// What a results or an economy story moves by a price's units, which is no share either:
// "Earnings rose 25 cents a share", "Prices fell 3 cents", "Wages rose 50 cents an hour".
const MEASURES = new Set([
  'earnings', 'profit', 'profits', 'net', 'income', 'revenue', 'revenues', 'sales', 'dividend', 'dividends', 'payout',
  'price', 'prices', 'rate', 'rates', 'yield', 'yields', 'volume', 'wages', 'pay', 'premiums', 'costs', 'fares', 'rents',
]);
const isMarketGood = (lower: string) => MARKET_GOODS.has(lower) || MEASURES.has(lower) || Object.hasOwn(CURRENCY_WORDS, lower);
// A price or a move in figures: "14", "3.50", "6,420", "1-1/4" (the fraction's slash is a token of its own), "14p".
const PRICE_FIGURE = /^\d[\d,]*(?:[.-]\d+)?p?$/;
const PENCE_FIGURE = /^\d[\d,.]*p$/;
// A currency sign before the figure: "rose $ 1.25 to $ 45.50", "added € 0.40" (a letter before "$" is a token of its own).
const PRICE_SIGNS: ReadonlySet<string> = new Set(Object.keys(CURRENCY_SYMBOLS));
const DIGITS = /^\d+$/;

/**
 * The run is a share whose price moved, as market reports name companies: "Glaxo Wellcome rose
 * 14 pence to 864", "Zeneca added nine pence", "Hitachi shed eight yen", "Cheung Kong eased five
 * cents", "Kmart fell 1/4 to 9-3/8", "Telkom was up 50 rupiah". A verb of a price, a figure and a
 * unit of a price, or a figure and "to" a price, follow the name; a person who "added nine
 * points" names no price.
 */
/** "the REIT", "the ETF": one word of initials that names a kind of thing, which moves in price but is no firm. */
export const isNonOrgAcronym = (tokens: Token[], from: number, to: number): boolean => to - from === 1 && NON_ORG_ACRONYMS.has(tokens[from].text);

export function isPriceMover(tokens: Token[], to: number): boolean {
  let k = to;
  if (tokens[to - 1].possessive || isMarketGood(tokens[to - 1].lower)) return false;
  const verb = tokens[k]?.lower ?? '';
  const stated = STATE_VERBS.has(verb) && DIRECTION_WORDS.has(tokens[k + 1]?.lower ?? '');
  if (!PRICE_VERBS.has(verb) && !stated) return false;
  k++;
  if (DIRECTION_WORDS.has(tokens[k]?.lower ?? '')) k++;
  // "Wall Street fell on fears of a rate rise": a market named by its place moves on news too.
  if (PRICE_VERBS.has(verb) && movesOnNews(tokens, k)) return !PLACE_HEADS.has(tokens[to - 1].lower);
  const signed = PRICE_SIGNS.has(tokens[k]?.lower ?? '');
  if (signed) k++;
  const figure = tokens[k];
  if (!figure || (!PRICE_FIGURE.test(figure.text) && (signed || !CARDINAL_WORDS.has(figure.lower)))) return false;
  k = afterFraction(tokens, k + 1);
  if (PENCE_FIGURE.test(figure.text)) return true;
  if (!signed && PRICE_UNITS.has(tokens[k]?.lower ?? '')) return true;
  // "Mitsubishi Estate fell 30 yen and Mitsui Fudosan lost 20 .": the unit the sentence quotes in.
  if (!signed && PRICE_FIGURE.test(figure.text) && (!tokens[k] || CLAUSE_CLOSERS.has(tokens[k].lower)) && tokens.some((t) => PRICE_UNITS.has(t.lower))) return true;
  // "fell 1/4 to 9-3/8", "rose $ 1.25 to $ 45.50": the price it closed at.
  if (tokens[k]?.lower !== 'to' || !PRICE_FIGURE.test(figure.text)) return false;
  const close = PRICE_SIGNS.has(tokens[k + 1]?.lower ?? '') ? tokens[k + 2] : tokens[k + 1];
  return !!close && PRICE_FIGURE.test(close.text);
}

// What a market report says moved a share, after "on": "Glaxo Wellcome rose on news of a U.S.
// approval", "Hanson slipped on fresh bid speculation". A person rises on a stage or falls on ice.
const MARKET_CAUSES = new Set(['news', 'reports', 'report', 'speculation', 'rumours', 'rumors', 'talk', 'hopes', 'fears', 'worries', 'concerns', 'profit-taking', 'bid', 'takeover', 'buying', 'selling']);
// Words that may qualify the cause: "on fresh bid speculation", "on renewed takeover talk".
const CAUSE_QUALIFIER_WORDS = 2;

/** "on news of", "on fresh bid speculation": the move's cause, as market reports give it. */
function movesOnNews(tokens: Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'on') return false;
  for (let j = k + 1; j <= k + 1 + CAUSE_QUALIFIER_WORDS && tokens[j]?.word && !tokens[j].cap; j++) {
    if (MARKET_CAUSES.has(tokens[j].lower)) return true;
  }
  return false;
}

const PERCENT_WORDS = new Set(['percent', 'pct', '%']);

// Prepositions of where a thing comes from or lies, whose object is no subject of the verb after it.
const PLACE_OBJECT_PREPOSITIONS = new Set(['from', 'in', 'across', 'throughout', 'near']);

/**
 * "shipments from the Pilbara rose 4 percent", "sales in Catalonia fell 3 percent": after a
 * preposition of place, the name is where the mover comes from, not the mover.
 */
export function isPlaceOfMover(tokens: Token[], from: number): boolean {
  const k = tokens[from - 1]?.lower === 'the' ? from - 2 : from - 1;
  return PLACE_OBJECT_PREPOSITIONS.has(tokens[k]?.lower ?? '') && !!tokens[k - 1] && !tokens[k - 1].cap;
}

/**
 * "Glaxo slipped 1 percent", "National Westminster rose 2 percent": a share's move in percent.
 * Economies and figures move so too ("Sales rose 5 percent"), so only a run no list or shape
 * names takes this cue.
 */
export function isPercentMover(tokens: Token[], to: number): boolean {
  if (!PRICE_VERBS.has(tokens[to]?.lower ?? '') || tokens[to - 1].possessive || isMarketGood(tokens[to - 1].lower)) return false;
  const k = DIRECTION_WORDS.has(tokens[to + 1]?.lower ?? '') ? to + 2 : to + 1;
  return PRICE_FIGURE.test(tokens[k]?.text ?? '') && PERCENT_WORDS.has(tokens[k + 1]?.lower ?? '');
}

// What a company issues that a market moves: "Novo Nordisk shares jumped", "Vexcor stock slid".
const SHARE_NOUNS = new Set(['shares', 'stock', 'stocks']);

/**
 * "Novo Nordisk shares jumped", "Quorvex stock was up": the run's shares move, so it names a
 * company. A person "shares" a view, but no verb of a price follows that.
 */
export function isShareIssuer(tokens: Token[], to: number): boolean {
  const noun = tokens[to];
  if (!noun || noun.cap || !SHARE_NOUNS.has(noun.lower) || tokens[to - 1].possessive) return false;
  const verb = tokens[to + 1]?.lower ?? '';
  return PRICE_VERBS.has(verb) || (STATE_VERBS.has(verb) && DIRECTION_WORDS.has(tokens[to + 2]?.lower ?? ''));
}

// What a market's index is called after its name: "the Hang Seng index", "the Nikkei average".
const INDEX_NOUNS = new Set(['index', 'indices', 'indexes', 'average', 'composite']);

/**
 * "the Hang Seng index", "Seoul's Kospi composite": a name between "the" or a possessive and a
 * market's index noun names the index, which news reads as a body, whatever its words' shape.
 */
export function namesMarketIndex(tokens: Token[], from: number, to: number): boolean {
  const [before, noun] = [tokens[from - 1], tokens[to]];
  if (!before || !noun || noun.cap || tokens[to - 1].possessive || !INDEX_NOUNS.has(noun.lower)) return false;
  return before.lower === 'the' || before.possessive;
}

// The count of an index's members: "100" in "the FTSE 100", "2000" in "the Russell 2000".
const MEMBER_COUNT = /^\d{2,4}$/;

/**
 * Past the count that an index's name and its members' number run to, or -1: "the FTSE 100
 * closed higher", "Tokyo's Nikkei 225". A name that is also a person's needs "the" or a
 * possessive before it, or capitals ("the Russell 2000", "Germany's DAX 30"), and a count a
 * scale word or a unit follows is an amount ("Nasdaq 100 points").
 */
export function numberedIndexEnd(tokens: Token[], from: number, to: number): number {
  const count = tokens[to];
  if (!count || count.start !== tokens[to - 1].end + 1 || !MEMBER_COUNT.test(count.text) || !NUMBERED_INDEX_NAMES.has(lowerPhrase(tokens, from, to))) return -1;
  // "Germany's DAX 30": a possessive frames an index as "the" does, and a name in capitals is no person's.
  const framed = tokens[from - 1]?.lower === 'the' || !!tokens[from - 1]?.possessive || tokens[from].upper;
  if (isGivenName(tokens[from].lower) && !framed) return -1;
  const after = tokens[to + 1]?.lower ?? '';
  return after in SCALE_WORDS || COUNTED_UNITS.has(after) ? -1 : to + 1;
}

// Units a figure after an index's name counts, which make it a move, not the index's members.
const COUNTED_UNITS = new Set(['points', 'point', 'percent', 'per', '%', 'pts']);

/** Past the "/4" of a fraction that the figure before `k` opens. */
function afterFraction(tokens: Token[], k: number): number {
  return tokens[k]?.text === '/' && DIGITS.test(tokens[k + 1]?.text ?? '') && tokens[k].start === tokens[k - 1].end ? k + 2 : k;
}
