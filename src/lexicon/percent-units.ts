import type { PercentUnit } from '../types';
import { lookupTable } from './lookup-table';

/**
 * Words after a number that make it a percentage, with the unit they name: "2 percent",
 * "2 pct", "0.5 percentage points", "25 basis points", "25bp". Two-word forms are keyed with a
 * space ("per cent"). "percentile" is not here: it ranks, it does not measure.
 */
export const PERCENT_UNIT_WORDS: Readonly<Record<string, PercentUnit>> = lookupTable({
  percent: 'percent',
  percents: 'percent',
  'per cent': 'percent',
  'per cents': 'percent',
  'per-cent': 'percent',
  pct: 'percent',
  percentage: 'percent',
  'percentage point': 'percentage-point',
  'percentage points': 'percentage-point',
  'percent point': 'percentage-point',
  'percent points': 'percentage-point',
  'per cent point': 'percentage-point',
  'per cent points': 'percentage-point',
  'pct point': 'percentage-point',
  'pct points': 'percentage-point',
  'pct pt': 'percentage-point',
  'pct pts': 'percentage-point',
  'basis point': 'basis-point',
  'basis points': 'basis-point',
  bps: 'basis-point',
  bp: 'basis-point',
  bpts: 'basis-point',
});

/** Unit words trusted only glued to the digits: "5pc" in British papers, "25bp". */
export const GLUED_PERCENT_UNITS: Readonly<Record<string, PercentUnit>> = lookupTable({ pc: 'percent', bp: 'basis-point', bps: 'basis-point', pct: 'percent' });

/** The longest key of PERCENT_UNIT_WORDS, in words. */
export const MAX_PERCENT_UNIT_WORDS = 4;
