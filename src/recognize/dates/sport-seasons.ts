import { relativePeriod } from '../../resolve/timex';
import type { DateRule } from './hit';

/**
 * "last season", "this season", "the previous season": a sports or theatre season, named by the
 * year it is played in (TimeML has no season-of-play value); "last season" said in October 1989
 * is 1988. A bare "the season" is left alone: "open the season" is an event, not a time.
 */
const RELATIVE_SEASON = /\b(this|last|next|the\s+(?:previous|prior|following|current|coming|past|upcoming))\s+season\b(?!-)/gi;

const STEP: Readonly<Record<string, number>> = { this: 0, current: 0, last: -1, previous: -1, prior: -1, past: -1, next: 1, following: 1, coming: 1, upcoming: 1 };

const relativeSeason: DateRule = {
  id: 'date/sport-season',
  pattern: RELATIVE_SEASON,
  build(m, scan) {
    const step = STEP[m[1].toLowerCase().replace(/^the\s+/, '')];
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: relativePeriod(scan.ref, 'year', step), timexType: 'DATE', grain: 'year' };
  },
};

export const SPORT_SEASON_RULES: readonly DateRule[] = [relativeSeason];
