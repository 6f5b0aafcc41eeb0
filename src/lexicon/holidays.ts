import type { LunarDate } from '../resolve/lunar-calendars';

/**
 * Holidays that news names without a date. Fixed ones give month and day; movable ones give
 * the nth weekday of a month (n = -1 for the last; Black Friday is the day after Thanksgiving, Cyber Monday the Monday after), and Easter-based ones an offset from Easter.
 * Days of history that news names like holidays ("Black Monday", the 1987 crash) happen once.
 */
export type Holiday =
  | { kind: 'once'; year: number; month: number; day: number }
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'nth-weekday'; month: number; weekday: number; n: number; offset?: number }
  | { kind: 'easter'; offset: number }
  | { kind: 'lunar'; date: LunarDate; days?: number };

const once = (year: number, month: number, day: number): Holiday => ({ kind: 'once', year, month, day });
const fixed = (month: number, day: number): Holiday => ({ kind: 'fixed', month, day });
const nth = (month: number, weekday: number, n: number): Holiday => ({ kind: 'nth-weekday', month, weekday, n });
const easter = (offset: number): Holiday => ({ kind: 'easter', offset });
const islamic = (month: number, day: number, days?: number): Holiday => ({ kind: 'lunar', date: { calendar: 'islamic-umalqura', month: String(month), day }, days });
const hebrew = (month: string, day: number, days?: number): Holiday => ({ kind: 'lunar', date: { calendar: 'hebrew', month, day }, days });
const chinese = (month: number, day: number, days?: number): Holiday => ({ kind: 'lunar', date: { calendar: 'chinese', month: String(month), day }, days });

/** Lower-cased names, apostrophes straight, to the rule that dates them. */
export const HOLIDAYS: ReadonlyMap<string, Holiday> = new Map([
  ["new year's day", fixed(1, 1)],
  ["new year's eve", fixed(12, 31)],
  ['new year day', fixed(1, 1)],
  ['new years day', fixed(1, 1)],
  ['new years eve', fixed(12, 31)],
  // Only before "holiday(s)", "weekend" or "week": alone, "the New Year" is the year (see ONLY_AS_HOLIDAY in the holiday rule).
  ['new year', fixed(1, 1)],
  ['christmas', fixed(12, 25)],
  ['xmas', fixed(12, 25)],
  ['christmas day', fixed(12, 25)],
  ['christmas eve', fixed(12, 24)],
  ['boxing day', fixed(12, 26)],
  ["valentine's day", fixed(2, 14)],
  ['valentines day', fixed(2, 14)],
  ['valentine day', fixed(2, 14)],
  ['ides of march', fixed(3, 15)],
  ["st patrick's day", fixed(3, 17)],
  ["st. patrick's day", fixed(3, 17)],
  ["saint patrick's day", fixed(3, 17)],
  ['halloween', fixed(10, 31)],
  ['independence day', fixed(7, 4)],
  ['the fourth of july', fixed(7, 4)],
  ['veterans day', fixed(11, 11)],
  ["veterans' day", fixed(11, 11)],
  ['armistice day', fixed(11, 11)],
  ['remembrance day', fixed(11, 11)],
  ['earth day', fixed(4, 22)],
  ['may day', fixed(5, 1)],
  ['bastille day', fixed(7, 14)],
  ['juneteenth', fixed(6, 19)],
  ['groundhog day', fixed(2, 2)],
  ['thanksgiving', nth(11, 4, 4)],
  ['thanksgiving day', nth(11, 4, 4)],
  ['labor day', nth(9, 1, 1)],
  ['labour day', nth(9, 1, 1)],
  ['memorial day', nth(5, 1, -1)],
  ['martin luther king day', nth(1, 1, 3)],
  ['martin luther king jr. day', nth(1, 1, 3)],
  ["martin luther king's day", nth(1, 1, 3)],
  ['mlk day', nth(1, 1, 3)],
  ['mlk jr. day', nth(1, 1, 3)],
  ["presidents' day", nth(2, 1, 3)],
  ['presidents day', nth(2, 1, 3)],
  ["mother's day", nth(5, 7, 2)],
  ['mothers day', nth(5, 7, 2)],
  ["father's day", nth(6, 7, 3)],
  ['fathers day', nth(6, 7, 3)],
  ['columbus day', nth(10, 1, 2)],
  ['black friday', { kind: 'nth-weekday', month: 11, weekday: 4, n: 4, offset: 1 }],
  ['cyber monday', { kind: 'nth-weekday', month: 11, weekday: 4, n: 4, offset: 4 }],
  // The United States votes on the Tuesday after the first Monday of November.
  ['election day', { kind: 'nth-weekday', month: 11, weekday: 1, n: 1, offset: 1 }],
  ['inauguration day', fixed(1, 20)],
  ['tax day', fixed(4, 15)],
  ['flag day', fixed(6, 14)],
  ['canada day', fixed(7, 1)],
  ['australia day', fixed(1, 26)],
  ['anzac day', fixed(4, 25)],
  ['cinco de mayo', fixed(5, 5)],
  // The bank holidays of England and Wales that travel copy dates getaways and rail closures by:
  // the first and last Mondays of May and the last Monday of August. "the May bank holiday" is
  // left out: papers call either May Monday so.
  ['early may bank holiday', nth(5, 1, 1)],
  ['may day bank holiday', nth(5, 1, 1)],
  ['spring bank holiday', nth(5, 1, -1)],
  ['late may bank holiday', nth(5, 1, -1)],
  ['august bank holiday', nth(8, 1, -1)],
  ['summer bank holiday', nth(8, 1, -1)],
  ['guy fawkes night', fixed(11, 5)],
  ['bonfire night', fixed(11, 5)],
  // National and civic days that politics copy dates events by, each with one fixed day in the
  // news that names it: South Africa's Freedom Day, Russia's Victory Day.
  ['freedom day', fixed(4, 27)],
  ['mandela day', fixed(7, 18)],
  ['victory day', fixed(5, 9)],
  ['europe day', fixed(5, 9)],
  ['africa day', fixed(5, 25)],
  ['german unity day', fixed(10, 3)],
  ["international women's day", fixed(3, 8)],
  ['world aids day', fixed(12, 1)],
  ["st george's day", fixed(4, 23)],
  ["st. george's day", fixed(4, 23)],
  ["st andrew's day", fixed(11, 30)],
  ["st. andrew's day", fixed(11, 30)],
  ["st david's day", fixed(3, 1)],
  ["st. david's day", fixed(3, 1)],
  ['hogmanay', fixed(12, 31)],
  ['black monday', once(1987, 10, 19)],
  ['black tuesday', once(1929, 10, 29)],
  ['black thursday', once(1929, 10, 24)],
  ['v-e day', once(1945, 5, 8)],
  ['v-j day', once(1945, 8, 15)],
  ['easter', easter(0)],
  ['easter sunday', easter(0)],
  ['easter monday', easter(1)],
  ['good friday', easter(-2)],
  ['ash wednesday', easter(-46)],
  ['palm sunday', easter(-7)],
  ['maundy thursday', easter(-3)],
  ['holy saturday', easter(-1)],
  ['shrove tuesday', easter(-47)],
  ['mardi gras', easter(-47)],
  ['pentecost', easter(49)],
  ['whit sunday', easter(49)],
  ['whit monday', easter(50)],
  ['trinity sunday', easter(56)],
  // Feasts of the Islamic, Hebrew and Chinese calendars; one that lasts days or a month is dated
  // by its first day, as "the Christmas holidays" are by Christmas, and is still this year's
  // while it lasts ("Ramadan ends on Tuesday", told during Ramadan).
  ['eid al-fitr', islamic(10, 1)],
  ['eid ul-fitr', islamic(10, 1)],
  ['eid el-fitr', islamic(10, 1)],
  ['eid al-adha', islamic(12, 10)],
  ['eid ul-adha', islamic(12, 10)],
  ['eid el-adha', islamic(12, 10)],
  ['ramadan', islamic(9, 1, 29)],
  ['ashura', islamic(1, 10)],
  ['islamic new year', islamic(1, 1)],
  ['rosh hashanah', hebrew('Tishri', 1)],
  ['rosh hashana', hebrew('Tishri', 1)],
  ['yom kippur', hebrew('Tishri', 10)],
  ['passover', hebrew('Nisan', 15, 8)],
  ['hanukkah', hebrew('Kislev', 25, 8)],
  ['hanukah', hebrew('Kislev', 25, 8)],
  ['chanukah', hebrew('Kislev', 25, 8)],
  ['lunar new year', chinese(1, 1)],
  ['chinese new year', chinese(1, 1)],
  ['spring festival', chinese(1, 1, 7)],
  ['mid-autumn festival', chinese(8, 15)],
  ['dragon boat festival', chinese(5, 5)],
]);
