import { formatDay } from '../../resolve/timex-calendar';
import type { DateRule } from './hit';

/**
 * "Our top story this hour", "at this hour, rescuers are still digging": broadcast copy names the
 * hour on the air, a time on the reference day whose clock the text does not give. Not "this hour
 * of need" (a figure), nor "this hour-long special" (a length).
 */
const THIS_HOUR = /\b(this\s+hour)\b(?!\s+of\b|[-'\u2019])/gi;

const thisHour: DateRule = {
  id: 'date/this-hour',
  pattern: THIS_HOUR,
  build(m, scan) {
    const base = { start: m.index, end: m.index + m[1].length, rule: this.id, timexType: 'TIME' as const };
    if (!scan.ref) return { ...base, value: 'XXXX-XX-XX', grain: 'time' };
    return { ...base, value: formatDay(scan.ref), grain: 'time', day: scan.ref };
  },
};

export const BROADCAST_HOUR_RULES: readonly DateRule[] = [thisHour];
