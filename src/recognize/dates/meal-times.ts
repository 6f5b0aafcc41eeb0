import type { DateRule } from './hit';
import { timeOfDayHit } from './times';
import { lookupTable } from '../../lexicon/lookup-table';

/**
 * "at lunch", "by dinner time", "before breakfast", "lunchtime": a meal that places a time of day.
 * TIMEX3 has no value for a meal (Recognizers' TMEL is its own code), so each takes the TIMEX3
 * part of the day it falls in: breakfast and brunch the morning (TMO), lunch midday (TMI), tea
 * the afternoon (TAF), dinner and supper the evening (TEV). As with "in the morning", the span
 * leaves out the preposition. A bare meal needs a preposition of time ("the lunch ran long" and
 * "a dinner for donors" are events), and a meal that modifies a noun is no time ("after dinner
 * speeches", "a lunch meeting").
 */
const MEAL_TIME = new RegExp(
  String.raw`\b(?:(?:at|by|before|after|around|until|till|during|since)\s+((breakfast|brunch|lunch|luncheon|dinner|supper)(?:[\s-]?time)?)|((breakfast|lunch|dinner|supper|tea)[\s-]?time))\b(?![-'\u2019]|\s+(?:party|parties|speech|speeches|menu|guests?|table|meeting|talks?|service|date|invitation|reservation|bill|event|club|show|crowd|rush|slot|break)\b)`,
  'gi',
);

const MEAL_PART: Readonly<Record<string, string>> = lookupTable({ breakfast: 'MO', brunch: 'MO', lunch: 'MI', luncheon: 'MI', tea: 'AF', dinner: 'EV', supper: 'EV' });

const mealTime: DateRule = {
  id: 'date/meal-time',
  pattern: MEAL_TIME,
  build(m) {
    const span = m[1] ?? m[3];
    const end = m.index + m[0].length;
    return timeOfDayHit(end - span.length, end, this.id, `T${MEAL_PART[(m[2] ?? m[4]).toLowerCase()]}`);
  },
};

export const MEAL_TIME_RULES: readonly DateRule[] = [mealTime];
