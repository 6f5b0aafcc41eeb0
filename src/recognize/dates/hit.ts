import type { Sentence } from '../../pipeline-types';
import type { Day } from '../../resolve/timex-calendar';
import type { Tense } from '../../resolve/timex-tense';
import type { RangeLink, TimexMod, TimexType } from '../../types';

/** What a date rule sees: the normalized text, the reference day, and cheap context helpers. */
export interface DateScan {
  text: string;
  ref: Day | null;
  sentences: readonly Sentence[];
  /** The tense cue nearest to [start, end) inside its sentence. */
  tense(start: number, end: number): Tense | null;
  /**
   * That cue is a fixture told in the past with nothing undoing it ("were due to take effect on
   * Monday"), whose day may be just past the report as well as ahead of it.
   */
  standingFixture(start: number, end: number): boolean;
  /** "by" stands before the expression ("said it wants to cut dealers by early June"). */
  deadlineBefore(start: number): boolean;
  /** Day before month (15/02/2024) when the article writes numeric dates that way. */
  dayFirst(): boolean;
  /**
   * The whole text is one short line typed to an assistant or a calendar ("tuesday at 3pm",
   * "christmas", "in 2 hours"), not an article: its case says nothing, and a date with no
   * tense cue is a plan, so it lies ahead.
   */
  query: boolean;
}

/** How precise a date is, for modifiers ("early 2024" but not "early Feb. 15, 2024"). */
export type Grain = 'time' | 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half' | 'year' | 'decade' | 'century' | 'other';

/** A date found by a rule, before overlaps, modifiers, ranges and anchors are settled. */
export interface DateHit {
  start: number;
  end: number;
  rule: string;
  value: string;
  timexType: TimexType;
  grain: Grain;
  mod?: TimexMod;
  ambiguous?: boolean;
  range?: RangeLink;
  /** The day a day-level date names; later anchored expressions count from it. */
  day?: Day;
  /** False when the year came from context rather than the text ("Feb. 15"). */
  explicitYear?: boolean;
  /**
   * Resolved after every hit is known, against the previous day-level date in the text
   * ("three days later"), or the nearest one in the same sentence for clock times.
   */
  anchored?: {
    from: 'previous' | 'sentence';
    resolve: (anchor: Day | null) => { value: string; day?: Day };
    /** The grain of the date it counts from when coarser than its own: "that summer" needs only a year. */
    grain?: Grain;
  };
  /**
   * Resolved against the latest earlier date that is not itself anchored, when it is at most
   * `within` sentences back ("sales rose in February compared to the same period last year" →
   * the February before). Null leaves the hit to `anchored`, or to the value it has.
   */
  fromSentenceDate?: { within: number; resolve: (previous: DateHit | null) => string | null };
  /**
   * Resolved against the latest earlier date of one grain anywhere in the text ("revenue for the
   * quarter" after "the third quarter"), or null when the text has named none.
   */
  fromEarlier?: { grain: Grain; resolve: (earlier: DateHit | null) => string };
  /** Breaks ties between equal spans: a range endpoint beats the plain date it contains. */
  priority?: number;
}

export interface DateRule {
  id: string;
  /** A global, precompiled pattern; it runs once over the whole text. */
  pattern: RegExp;
  build(m: RegExpExecArray, scan: DateScan): DateHit | DateHit[] | null;
}
