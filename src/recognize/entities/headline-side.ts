import { MAX_SLUG_WORDS, slugNamesSport } from '../../lexicon/sport-slugs';
import type { Token } from './tokens';

/**
 * Verbs a sports headline gives a club in the plural, British style: "COVENTRY SACK MANAGER",
 * "DERBY SIGN ASANOVIC", "PORTO EXTEND LEAD". A town is one place and takes the singular
 * ("LONDON SIGNS DEAL"), so the bare plural after it names its side.
 */
const HEADLINE_CLUB_VERBS = new Set([
  'sign', 'sack', 'appoint', 'name', 'draw', 'lose', 'win', 'stay', 'extend', 'stretch', 'clinch', 'keep', 'hold',
  'go', 'move', 'climb', 'slip', 'slump', 'crash', 'cruise', 'romp', 'edge', 'snatch', 'grab', 'sink', 'stun',
  'face', 'meet', 'host', 'need', 'lead', 'top', 'reach', 'regain', 'retain', 'take', 'fight', 'bounce', 'end',
  'seal', 'survive', 'avoid', 'buy', 'sell', 'complete', 'reject', 'fire', 'rout', 'thrash', 'hammer', 'down',
  'overpower', 'outclass', 'squeeze', 'scrape', 'storm', 'march', 'slide', 'tumble', 'struggle', 'share', 'close',
  // the passive of a result, which a headline writes without its "are": "BAYERN HELD BY KARLSRUHE"
  'held', 'beaten', 'stunned', 'thrashed', 'humbled', 'knocked',
]);
// Names of other sides a headline lists before the verb they share: "LEEDS AND ASTON VILLA DRAW".
const MAX_LISTED_WORDS = 4;

/** The line opens with a sport's slug and its dash: "SOCCER - …", "RUGBY LEAGUE - …". */
function opensWithSportSlug(tokens: Token[]): boolean {
  const dash = tokens.findIndex((t) => t.text === '-');
  return dash > 0 && dash <= MAX_SLUG_WORDS && slugNamesSport(tokens.slice(0, dash).map((t) => t.lower));
}

/**
 * In a sports headline the run takes a club's plural verb, alone or after the other sides a
 * list joins to it: "SOCCER - COVENTRY SACK MANAGER", "SOCCER - LEEDS AND ASTON VILLA DRAW".
 */
export function takesHeadlineClubVerb(tokens: Token[], from: number, to: number): boolean {
  if (!tokens[from].upper || !opensWithSportSlug(tokens)) return false;
  let verb = to;
  if (tokens[verb]?.lower === 'and') {
    verb++;
    const end = Math.min(tokens.length, verb + MAX_LISTED_WORDS);
    while (verb < end && tokens[verb].word && !HEADLINE_CLUB_VERBS.has(tokens[verb].lower)) verb++;
  }
  return HEADLINE_CLUB_VERBS.has(tokens[verb]?.lower ?? '');
}
