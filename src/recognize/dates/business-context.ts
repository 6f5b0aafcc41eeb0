import { sentenceAt } from '../../text/sentence-at';
import type { DateScan } from './hit';
import { sentenceWindow } from './sentence-window';

/**
 * Words of a report on money or the economy. Without a year, "the first half" is a date only in
 * one ("profit in the first half", "first-half sales", "lost $4 million in the first half"); in
 * sport it is part of a match. Budgets and their papers' words ("expenditure", "borrowing", "Rs
 * 500 crore", "4 per cent") count as much as a company's results do.
 */
export const BUSINESS_CUE = /\b(?:profits?|revenues?|sales|earnings|earned|results|growth|output|loss(?:es)?|income|GDP|econom(?:y|ic)|inflation|fiscal|dividends?|percent|per\s+cent|shares|exports|imports|deficit|surplus|million|billion|mergers?|acquisitions?|takeovers?|orders|demand|investment|spending|cash\s+flow|margins|costs|shipments|production|prices|economists|analysts|company|budgets?|expenditure|borrowing|debt|tax(?:es)?|crore|lakh)\b|[%$€£¥₹₦]/i;

/** How far around a yearless period to look for a business word. */
const CUE_WINDOW = 80;

/**
 * A business word near [start, end) in its own sentence: "the first half" after a sentence on a
 * forecast's revenue is still a match's ("scored twice in the second half").
 */
export function businessNear(scan: DateScan, start: number, end: number): boolean {
  return BUSINESS_CUE.test(sentenceWindow(scan, start, end, CUE_WINDOW));
}

/**
 * The counts an airline, an airport or a tourist board reports by halves and quarters ("306
 * deliveries in the first half", "passengers in the third quarter"); not "visitors", which in sport
 * is the away side. Kept apart from BUSINESS_CUE: travel seasons straddle January ("bookings for
 * 2025-26" of a ski resort), so these words make no split year fiscal.
 */
const TRAFFIC_CUE = /\b(?:passengers|travell?ers|tourists|arrivals|bookings|occupancy|deliveries|aircraft|flights)\b/i;

/** A business word or a traffic count near [start, end): what makes a yearless half or quarter a date. */
export function reportNear(scan: DateScan, start: number, end: number): boolean {
  return businessNear(scan, start, end) || TRAFFIC_CUE.test(sentenceWindow(scan, start, end, CUE_WINDOW));
}

/** Words of a sport's or a school's year: a player's pay "from 2025-26" is a season's. */
const SEASON_CUE = /\b(?:seasons?|league|club|team|players?|matches|games|cup|squad|coach|tournament|transfer|school|academic|semester)\b/i;

/** A word of sport or school anywhere in the sentence around `start`. */
export function seasonInSentence(scan: DateScan, start: number): boolean {
  const sentence = scan.sentences[sentenceAt(scan.sentences, start)];
  return !!sentence && SEASON_CUE.test(scan.text.slice(sentence.start, sentence.end));
}
