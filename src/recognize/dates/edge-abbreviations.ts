import { relativePeriod } from '../../resolve/timex';
import type { DateRule } from './hit';

/**
 * Deadlines of office mail: "by EOD", "COB Friday", "by the EOY", "close of business". They are
 * the end of the current day, month, quarter or year. Lower-case forms are taken only where
 * they are no English word ("eod", not "cob"). The abbreviations need a word of time before
 * them or a short typed request: "EOD teams" are bomb disposal squads in news.
 */
const EDGE_ABBREVIATION = /\b(?:(EOD|COB|EOM|EOQ|EOY)|(close\s+of\s+business))\b/gi;

const LOWER_CASE_TAKEN: ReadonlySet<string> = new Set(['eod', 'eom', 'eoy']);

/** "by EOD", "at the eod", "until COB", "due COB Friday". */
const DEADLINE_LEAD = /\b(?:by|until|till|before|after|at|from|to|due)\s+(?:the\s+)?$/i;

const UNIT_OF = { eod: 'day', cob: 'day', eom: 'month', eoq: 'quarter', eoy: 'year' } as const;

const edgeAbbreviation: DateRule = {
  id: 'date/edge-abbreviation',
  pattern: EDGE_ABBREVIATION,
  build(m, scan) {
    const [whole, abbreviation, phrase] = m;
    if (abbreviation && abbreviation !== abbreviation.toUpperCase() && !LOWER_CASE_TAKEN.has(abbreviation)) return null;
    if (abbreviation && !scan.query && !DEADLINE_LEAD.test(scan.text.slice(Math.max(0, m.index - 16), m.index))) return null;
    const unit = phrase ? 'day' : UNIT_OF[abbreviation.toLowerCase() as keyof typeof UNIT_OF];
    return { start: m.index, end: m.index + whole.length, rule: this.id, value: relativePeriod(scan.ref, unit, 0), timexType: 'DATE', grain: unit, mod: 'END' };
  },
};

export const EDGE_ABBREVIATION_RULES: readonly DateRule[] = [edgeAbbreviation];
