import type { DateRule } from './hit';
import { timeOfDayHit } from './times';
import { lookupTable } from '../../lexicon/lookup-table';

/** The TIMEX3 part of the day each edge of daylight falls in. */
const TWILIGHT_PART: Readonly<Record<string, string>> = lookupTable({
  dawn: 'MO',
  daybreak: 'MO',
  sunrise: 'MO',
  sunup: 'MO',
  'first light': 'MO',
  dusk: 'EV',
  sunset: 'EV',
  sundown: 'EV',
  nightfall: 'EV',
});

/**
 * "attacked at dawn", "before daybreak", "a curfew from dusk", "fighting until nightfall": an edge
 * of daylight placed by a preposition of time is a time of day, the morning (TMO) or evening
 * (TEV) it opens or closes. Without the preposition it is mostly a figure ("the dawn of a new
 * era", "a sunset clause"), and a capital is a name ("at Dawn's house"). "to" counts only before
 * the evening's edges ("from dawn to dusk"), since "to dawn" is also a verb.
 */
const PLACED_TWILIGHT =
  /\b(?:(?:at|before|after|until|till|by|around|near|toward|towards|from|since|past)\s+(?:about\s+|around\s+|just\s+)?(dawn|daybreak|sunrise|sunup|first\s+light|dusk|sunset|sundown|nightfall)|to\s+(dusk|sunset|sundown|nightfall))\b(?![-'\u2019]|\s+(?:clauses?|provisions?|laws?|rules?|dates?|strip|boulevard|industr(?:y|ies))\b)/gi;

/** "in midmorning", "by mid-afternoon": the middle of a part of the day, but not "a midmorning snack". */
const MID_PART = /\b(mid-?(morning|afternoon|evening))\b(?![-'\u2019]|\s+(?:snacks?|breaks?|coffee|naps?|tea|meals?)\b)/gi;

const MID_PART_CODE: Readonly<Record<string, string>> = lookupTable({ morning: 'MO', afternoon: 'AF', evening: 'EV' });

export const TWILIGHT_RULE = 'date/twilight';

const placedTwilight: DateRule = {
  id: TWILIGHT_RULE,
  pattern: PLACED_TWILIGHT,
  build(m) {
    const word = m[1] ?? m[2];
    if (word[0] !== word[0].toLowerCase() && word !== word.toUpperCase()) return null;
    const end = m.index + m[0].length;
    return timeOfDayHit(end - word.length, end, this.id, `T${TWILIGHT_PART[word.toLowerCase().replace(/\s+/g, ' ')]}`);
  },
};

const midPart: DateRule = {
  id: TWILIGHT_RULE,
  pattern: MID_PART,
  build(m) {
    return timeOfDayHit(m.index, m.index + m[0].length, this.id, `T${MID_PART_CODE[m[2].toLowerCase()]}`);
  },
};

export const TWILIGHT_RULES: readonly DateRule[] = [placedTwilight, midPart];
