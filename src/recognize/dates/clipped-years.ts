import { expandTwoDigitYear } from '../../resolve/timex';
import type { DateRule } from './hit';

/**
 * A year clipped to its last two digits after an apostrophe, where a year stands after a
 * preposition or an article: "the class of '58", "came home in '46 and married in '48", "the
 * flood of '93", "the '58 Chevy". Not a decade ("the '70s", which the decade rule reads), a
 * quoted figure ("wore '58' on his back") nor a count ("'58 years", "'58 percent").
 */
const CLIPPED_YEAR = /(?<=\b(?:in|of|since|until|till|through|from|to|by|during|before|after|and|or|the)\s)['\u2019](\d\d)(?![\w'\u2019%]|\s+(?:years?|percent|per\b))/gi;

const clippedYear: DateRule = {
  id: 'date/clipped-year',
  pattern: CLIPPED_YEAR,
  build(m, scan) {
    const year = expandTwoDigitYear(Number(m[1]), scan.ref);
    return { start: m.index, end: m.index + m[0].length, rule: this.id, value: String(year), timexType: 'DATE', grain: 'year' };
  },
};

export const CLIPPED_YEAR_RULES: readonly DateRule[] = [clippedYear];
