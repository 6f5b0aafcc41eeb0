import type { DateRule } from './hit';
import { edgeMod } from './relative';

/**
 * "the turn of the millennium", "the end of this millennium", "the start of the millennium": an
 * edge of the thousand years the story is told in, written as TIMEX3 writes a century with its
 * unknown digits ("2XXX", as "20XX"); a turn told in the past is where this millennium began
 * (about 2000), one still to come its end, as for "the turn of the century".
 */
const MILLENNIUM_EDGE = /\b(?:the\s+)?(?:very\s+)?(end|beginning|start|middle|close|turn)\s+of\s+(?:the|this)\s+millennium\b/gi;

const millenniumEdge: DateRule = {
  id: 'date/millennium-edge',
  pattern: MILLENNIUM_EDGE,
  build(m, scan) {
    const end = m.index + m[0].length;
    const value = scan.ref ? `${Math.floor(scan.ref.y / 1000)}XXX` : 'XXXX';
    return { start: m.index, end, rule: this.id, value, timexType: 'DATE', grain: 'other', mod: edgeMod(m[1].toLowerCase(), scan.tense(m.index, end)) };
  },
};

export const MILLENNIUM_RULES: readonly DateRule[] = [millenniumEdge];
