import { BOUNDARY, DIGIT, SPACE } from './pattern-starts';

/**
 * Finds, in one pass over a text, the places where the starts of many patterns stand
 * (pattern-starts.ts): ASCII letters compared without case, as a case-insensitive pattern
 * compares them, and the stand-ins for \d, \s and \b matched as those match. The starts share
 * one tree, walked from each place whose character can begin one, so most places cost one lookup.
 */

/** The characters \s matches. */
function isSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The characters \b sees as word characters (patterns without the u flag). */
function isWord(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * The starts as one tree while it is built: node n's child for symbol x is `children.get(n * SYMBOLS + x)`.
 * Symbols are ASCII code units (letters lower-cased), then \d, \s, \b, then any other character
 * a start holds (’), numbered as they come.
 */
const SYMBOLS = 256;
const DIGIT_SYMBOL = 128;
const SPACE_SYMBOL = 129;
const BOUNDARY_SYMBOL = 130;
const HAS_DIGIT = 1;
const HAS_SPACE = 2;
const HAS_BOUNDARY = 4;
const ROOT = 0;

export class StartIndex {
  /** The tree while it is built; `table` holds it flat once built. */
  private readonly children = new Map<number, number>();
  /** Node n's child for symbol x at `n * stride + x`, -1 for none: an array reads faster than a map in the walk, which is this recognizer's hottest loop. */
  private readonly table: Int32Array;
  /** The symbols the starts use, the row length of `table`. */
  private readonly stride: number;
  /** Per node: the patterns one of whose starts ends there. */
  private readonly owners: number[][] = [[]];
  /** Per node: which of \d, \s, \b it has a child for. */
  private wildcards = new Uint8Array(64);
  private readonly otherSymbols = new Map<number, number>();
  /** Which ASCII code units can begin a start at the root and right after a leading boundary. */
  private readonly rootMayBegin: Uint8Array;
  private readonly boundaryMayBegin: Uint8Array;
  private readonly patterns: number;

  /** Whether a start can be indexed: its first character is ASCII, a digit or a space. */
  static covers(start: string): boolean {
    const first = [...start].find((c) => c !== BOUNDARY);
    return first !== undefined && (first === DIGIT || first === SPACE || first.charCodeAt(0) < 128);
  }

  /** `startsPerOwner[i]` are the starts of pattern i, each one that `covers` accepts. */
  constructor(startsPerOwner: readonly (readonly string[])[]) {
    this.patterns = startsPerOwner.length;
    startsPerOwner.forEach((starts, owner) => {
      for (const start of starts) {
        if (!StartIndex.covers(start)) throw new Error(`StartIndex: cannot index ${JSON.stringify(start)}`);
        let node = ROOT;
        for (const c of start) node = this.child(node, this.symbolOf(c));
        if (!this.owners[node].includes(owner)) this.owners[node].push(owner);
      }
    });
    this.stride = BOUNDARY_SYMBOL + 1 + this.otherSymbols.size;
    this.table = new Int32Array(this.owners.length * this.stride).fill(-1);
    for (const [key, next] of this.children) this.table[Math.floor(key / SYMBOLS) * this.stride + (key % SYMBOLS)] = next;
    this.rootMayBegin = this.firstCharacters(ROOT);
    const afterBoundary = this.children.get(ROOT * SYMBOLS + BOUNDARY_SYMBOL);
    this.boundaryMayBegin = afterBoundary === undefined ? new Uint8Array(128) : this.firstCharacters(afterBoundary);
  }

  private symbolOf(c: string): number {
    if (c === DIGIT) return DIGIT_SYMBOL;
    if (c === SPACE) return SPACE_SYMBOL;
    if (c === BOUNDARY) return BOUNDARY_SYMBOL;
    const code = c.charCodeAt(0);
    if (code < 128) return code;
    let symbol = this.otherSymbols.get(code);
    if (symbol === undefined) {
      symbol = BOUNDARY_SYMBOL + 1 + this.otherSymbols.size;
      if (symbol >= SYMBOLS) throw new Error('StartIndex: too many distinct characters');
      this.otherSymbols.set(code, symbol);
    }
    return symbol;
  }

  private child(node: number, symbol: number): number {
    const key = node * SYMBOLS + symbol;
    let next = this.children.get(key);
    if (next === undefined) {
      next = this.owners.length;
      this.owners.push([]);
      this.children.set(key, next);
      if (next >= this.wildcards.length) {
        const grown = new Uint8Array(this.wildcards.length * 2);
        grown.set(this.wildcards);
        this.wildcards = grown;
      }
      if (symbol === DIGIT_SYMBOL) this.wildcards[node] |= HAS_DIGIT;
      if (symbol === SPACE_SYMBOL) this.wildcards[node] |= HAS_SPACE;
      if (symbol === BOUNDARY_SYMBOL) this.wildcards[node] |= HAS_BOUNDARY;
    }
    return next;
  }

  /** Which ASCII code units (either case) can come next below `node`; a non-ASCII space counts as " ". */
  private firstCharacters(node: number): Uint8Array {
    const may = new Uint8Array(128);
    for (let code = 0; code < 128; code++) {
      if (!this.children.has(node * SYMBOLS + code)) continue;
      may[code] = 1;
      if (code >= 97 && code <= 122) may[code - 32] = 1;
    }
    if (this.wildcards[node] & HAS_DIGIT) for (let d = 48; d <= 57; d++) may[d] = 1;
    if (this.wildcards[node] & HAS_SPACE) for (const code of [9, 10, 11, 12, 13, 32]) may[code] = 1;
    return may;
  }

  /** For each pattern, the ascending offsets in `text` where one of its starts stands. */
  placesIn(text: string): number[][] {
    const places: number[][] = Array.from({ length: this.patterns }, () => []);
    const length = text.length;
    const afterBoundary = this.table[ROOT * this.stride + BOUNDARY_SYMBOL];
    let wordBefore = false;
    for (let at = 0; at < length; at++) {
      const code = text.charCodeAt(at);
      const word = isWord(code);
      const ascii = code < 128 ? code : isSpace(code) ? 32 : -1;
      if (ascii >= 0) {
        if (this.rootMayBegin[ascii] === 1) this.walk(ROOT, text, at, at, places, true);
        // Most starts open with \b: at a boundary, go straight past it.
        if (afterBoundary >= 0 && word !== wordBefore && this.boundaryMayBegin[ascii] === 1) this.walk(afterBoundary, text, at, at, places, false);
      }
      wordBefore = word;
    }
    return places;
  }

  /**
   * Follows every start that matches `text` from `at`, having matched up to `i`, and records
   * where one ends. At the root, the boundary branch is left to the caller, which knows it.
   */
  private walk(node: number, text: string, at: number, i: number, places: number[][], atRoot: boolean): void {
    const owners = this.owners[node];
    for (let k = 0; k < owners.length; k++) {
      const list = places[owners[k]];
      if (list[list.length - 1] !== at) list.push(at);
    }
    const base = node * this.stride;
    const wildcards = this.wildcards[node];
    const table = this.table;
    if (wildcards & HAS_BOUNDARY && !atRoot && isWord(text.charCodeAt(i - 1)) !== isWord(text.charCodeAt(i))) {
      this.walk(table[base + BOUNDARY_SYMBOL], text, at, i, places, false);
    }
    if (i >= text.length) return;
    const code = text.charCodeAt(i);
    const symbol = code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : this.otherSymbols.get(code);
    if (symbol !== undefined) {
      const next = table[base + symbol];
      if (next >= 0) this.walk(next, text, at, i + 1, places, false);
    }
    if (wildcards & HAS_DIGIT && code >= 48 && code <= 57) this.walk(table[base + DIGIT_SYMBOL], text, at, i + 1, places, false);
    if (wildcards & HAS_SPACE && isSpace(code)) this.walk(table[base + SPACE_SYMBOL], text, at, i + 1, places, false);
  }
}
