/**
 * The literal strings a pattern's matches begin with, read off the pattern itself:
 * "\b(?:(?:the\s+)?day\s+after\s+)?(today|tomorrow)" begins with "the", "day", "today" or
 * "tomorrow". A scan of a whole text costs a few nanoseconds per character and pattern whether it
 * matches or not, and most date rules match at a handful of places or none; trying a pattern only
 * where one of its first words stands finds the same matches for a fraction of the cost. Being
 * derived from the pattern, the starts cannot drift from the rule.
 *
 * The reading is conservative: whatever it does not follow (a wide class such as [a-z], a
 * back-reference) makes the starts unknown, and such a pattern scans the whole text as before.
 * Strings are lower-cased: ASCII letters, digits, punctuation and caseless characters (’, ½);
 * a cased non-ASCII letter is unknown, since a case-insensitive pattern may match its other case.
 * Three private-use characters stand for \d, \s and \b, so "\b(?:a|an)\s+" begins with
 * "\b" "a" "\s" and "\b" "an" "\s", not with every "a".
 */

/** Any digit, as \d. */
export const DIGIT = '\uE000';
/** Any whitespace character, as \s. */
export const SPACE = '\uE001';
/** A word boundary, as \b: it matches no character of its own. */
export const BOUNDARY = '\uE002';

/** The characters of a string that match text: all but the boundaries. */
function width(s: string): number {
  let n = 0;
  for (const c of s) if (c !== BOUNDARY) n++;
  return n;
}

/** Past this many strings the starts are cut shorter, which find the same places and a few more. */
const MAX_STRINGS = 48;

/**
 * Eight characters, boundaries and spaces included: "\bthe\s" stands every few lines, while
 * "\bthe\sfirs" (for "the first half") picks out few places.
 */
const MAX_LENGTH = 8;

/** One character ("a", "1") stands nearly everywhere: a scan of the whole text is cheaper than trying each place. */
const MIN_START = 2;

/** A pattern as the reader sees it. */
type PatternNode =
  | { type: 'chars'; chars: Set<string> }
  | { type: 'unknown' }
  | { type: 'empty' }
  | { type: 'sequence'; items: PatternNode[] }
  | { type: 'alternation'; branches: PatternNode[] }
  | { type: 'repeat'; item: PatternNode; min: number; max: number };

/** What a piece of a pattern and all that follows it can match. */
interface Reading {
  /** Every match that is not empty begins with one of these; null when unknown. */
  starts: Set<string> | null;
  nullable: boolean;
}

const EMPTY: Reading = { starts: new Set(), nullable: true };
const UNKNOWN: Reading = { starts: null, nullable: true };
const EMPTY_NODE: PatternNode = { type: 'empty' };
const UNKNOWN_NODE: PatternNode = { type: 'unknown' };

/**
 * The strings every non-empty match of `pattern` begins with (none beginning with another),
 * or null when the pattern may begin with a character it does not name.
 */
export function patternStarts(pattern: RegExp): string[] | null {
  const reader = new PatternReader(pattern.source);
  const node = reader.disjunction();
  if (!reader.atEnd()) throw new Error(`patternStarts: cannot read /${pattern.source}/ at ${reader.position}`);
  const { starts } = read(node, MAX_LENGTH, () => EMPTY);
  if (!starts) return null;
  const list = [...starts];
  // Without a boundary before it, a start also stands inside words and numbers: "\d\d" in "2014", "a\s" in "data ".
  if (list.some((s) => width(s) < (s.startsWith(BOUNDARY) ? MIN_START : MIN_START + 1))) return null;
  return list.filter((s) => !list.some((other) => other !== s && s.startsWith(other))).sort();
}

/** What follows a piece of a pattern, read on demand for the characters still wanted. */
type Follow = (budget: number) => Reading;

/** A follow read at most once per budget: many branches of an alternation share it. */
function remembered(follow: Follow): Follow {
  const seen = new Map<number, Reading>();
  return (budget) => {
    let reading = seen.get(budget);
    if (!reading) {
      reading = follow(budget);
      seen.set(budget, reading);
    }
    return reading;
  };
}

/** Nothing more is wanted: the characters so far begin the match, whatever follows. */
const ENOUGH: Reading = { starts: new Set(['']), nullable: true };

/**
 * The first `budget` characters of what `node` followed by `follow` matches. Reading each piece
 * together with what follows it lets "\d+" in "(\d+|a)\s+year" begin "\d\d" or "\d\s", not
 * just "\d"; what follows is read only while characters are still wanted.
 */
function read(node: PatternNode, budget: number, follow: Follow): Reading {
  if (budget === 0) return ENOUGH;
  switch (node.type) {
    case 'chars':
      return alternate([...node.chars].map((c) => prepend(c, follow(budget - 1))));
    case 'unknown':
      return UNKNOWN;
    case 'empty':
      return follow(budget);
    case 'sequence':
      return readSequence(node.items, 0, budget, follow);
    case 'alternation': {
      const shared = remembered(follow);
      return alternate(node.branches.map((b) => read(b, budget, shared)));
    }
    case 'repeat':
      return readRepeat(node.item, node.min, node.max, budget, remembered(follow));
  }
}

function readSequence(items: PatternNode[], from: number, budget: number, follow: Follow): Reading {
  if (from === items.length) return follow(budget);
  return read(items[from], budget, remembered((rest) => readSequence(items, from + 1, rest, follow)));
}

function readRepeat(item: PatternNode, min: number, max: number, budget: number, follow: Follow): Reading {
  if (max === 0) return follow(budget);
  if (min > 0) return read(item, budget, remembered((rest) => readRepeat(item, min - 1, max - 1, rest, follow)));
  if (max === 1) return alternate([read(item, budget, follow), follow(budget)]);
  // Any number more: each begins as one item does, or the repeat is over and what follows begins.
  const again: Follow = (rest) => {
    const after = follow(rest);
    const { starts } = alternate([read(item, rest, () => EMPTY), after]);
    return { starts, nullable: after.nullable };
  };
  return alternate([follow(budget), read(item, budget, remembered(again))]);
}

/** One character, or a boundary, before what follows. */
function prepend(c: string, follow: Reading): Reading {
  if (c === BOUNDARY) {
    if (!follow.starts) return UNKNOWN;
    return { starts: new Set([...follow.starts].map((s) => c + s)), nullable: follow.nullable };
  }
  // What follows may match nothing, or begins unknown: the character alone still begins every match.
  if (follow.nullable || !follow.starts) return { starts: new Set([c]), nullable: false };
  const starts = new Set<string>();
  for (const s of follow.starts) starts.add(c + s);
  return { starts, nullable: false };
}

function alternate(branches: Reading[]): Reading {
  if (branches.length === 1) return branches[0];
  const nullable = branches.some((b) => b.nullable);
  const starts = new Set<string>();
  for (const b of branches) {
    if (!b.starts) return { starts: null, nullable };
    for (const s of b.starts) starts.add(s);
  }
  return { starts: starts.size > MAX_STRINGS ? shorten(starts) : starts, nullable };
}

/** Cuts starts back one character at a time until few enough remain; a shorter start finds every place the longer one does. */
function shorten(starts: Set<string>): Set<string> {
  let cut = starts;
  for (let keep = MAX_LENGTH - 1; cut.size > MAX_STRINGS && keep > 0; keep--) cut = new Set([...cut].map((s) => s.slice(0, keep)));
  return cut;
}

/** One character as the lower-cased text holds it; unknown for a non-ASCII letter with a case. */
function literalChar(c: string): PatternNode {
  if (c.charCodeAt(0) < 128) return { type: 'chars', chars: new Set([c.toLowerCase()]) };
  if (c.toLowerCase() === c && c.toUpperCase() === c) return { type: 'chars', chars: new Set([c]) };
  return UNKNOWN_NODE;
}

const CLASS_ESCAPES = new Set(['d', 'D', 's', 'S', 'w', 'W']);

/** Classes of more characters than this ([a-z]) begin matches almost anywhere. */
const MAX_CLASS = 8;

/** A recursive-descent reader of the regex syntax the rules use; syntax it does not know throws. */
class PatternReader {
  position = 0;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.position >= this.source.length;
  }

  disjunction(): PatternNode {
    const branches = [this.alternative()];
    while (this.peek() === '|') {
      this.position++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? branches[0] : { type: 'alternation', branches };
  }

  private alternative(): PatternNode {
    const items: PatternNode[] = [];
    while (!this.atEnd() && this.peek() !== '|' && this.peek() !== ')') items.push(this.term());
    return items.length === 1 ? items[0] : { type: 'sequence', items };
  }

  private term(): PatternNode {
    const item = this.atom();
    const quantifier = this.quantifier();
    return quantifier ? { type: 'repeat', item, ...quantifier } : item;
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.peek();
    let q: { min: number; max: number } | null = null;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q) this.position++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.position));
      if (!m) return null;
      this.position += m[0].length;
      const min = Number(m[1]);
      q = { min, max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : min };
    } else return null;
    if (this.peek() === '?') this.position++;
    return q;
  }

  private atom(): PatternNode {
    const c = this.source[this.position++];
    switch (c) {
      case '^':
      case '$':
        return EMPTY_NODE;
      case '.':
        return UNKNOWN_NODE;
      case '[':
        return this.characterClass();
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      default:
        return literalChar(c);
    }
  }

  private group(): PatternNode {
    const rest = this.source.slice(this.position, this.position + 3);
    let lookaround = false;
    if (rest.startsWith('?:')) this.position += 2;
    else if (/^\?<?[=!]/.test(rest)) {
      lookaround = true;
      this.position += rest[1] === '<' ? 3 : 2;
    } else if (rest.startsWith('?<')) {
      const close = this.source.indexOf('>', this.position);
      if (close < 0) throw new Error('patternStarts: unterminated group name');
      this.position = close + 1;
    } else if (rest.startsWith('?')) throw new Error(`patternStarts: unknown group (${rest}`);
    const inner = this.disjunction();
    if (this.source[this.position++] !== ')') throw new Error('patternStarts: unclosed group');
    // A lookaround matches no text of its own.
    return lookaround ? EMPTY_NODE : inner;
  }

  private escape(): PatternNode {
    const c = this.source[this.position++];
    if (c === 'b') return { type: 'chars', chars: new Set([BOUNDARY]) };
    if (c === 'B') return EMPTY_NODE;
    if (c === 'd') return { type: 'chars', chars: new Set([DIGIT]) };
    if (c === 's') return { type: 'chars', chars: new Set([SPACE]) };
    if (CLASS_ESCAPES.has(c) || (c >= '1' && c <= '9')) return UNKNOWN_NODE;
    if (c === 'k' && this.peek() === '<') {
      this.position = this.source.indexOf('>', this.position) + 1;
      return UNKNOWN_NODE;
    }
    return literalChar(this.escapedChar(c));
  }

  /** The character an escape other than a class, a back-reference or an assertion stands for. */
  private escapedChar(c: string): string {
    const hex = (digits: number): string => {
      const code = this.source.slice(this.position, this.position + digits);
      if (!/^[0-9a-fA-F]+$/.test(code) || code.length !== digits) throw new Error(`patternStarts: bad escape \\${c}${code}`);
      this.position += digits;
      return String.fromCharCode(parseInt(code, 16));
    };
    switch (c) {
      case 'u':
        return hex(4);
      case 'x':
        return hex(2);
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case '0':
        return '\0';
      case 'c':
      case 'p':
      case 'P':
        throw new Error(`patternStarts: unsupported escape \\${c}`);
      default:
        return c;
    }
  }

  /** A class of a few plain characters ("[ap]", "[-/]") is exact; any other is unknown. */
  private characterClass(): PatternNode {
    const chars = new Set<string>();
    let plain = true;
    if (this.peek() === '^') {
      plain = false;
      this.position++;
    }
    while (!this.atEnd() && this.peek() !== ']') {
      let c = this.source[this.position++];
      if (c === '\\') {
        const e = this.source[this.position++];
        if (e === 'd' || e === 's') {
          chars.add(e === 'd' ? DIGIT : SPACE);
          continue;
        }
        if (CLASS_ESCAPES.has(e)) {
          plain = false;
          continue;
        }
        c = e === 'b' ? '\b' : this.escapedChar(e);
      }
      if (this.peek() === '-' && this.source[this.position + 1] !== ']') {
        this.position++;
        let to = this.source[this.position++];
        if (to === '\\') to = this.escapedChar(this.source[this.position++]);
        // A range of digits is read as any digit: "[1-9]" begins where "\d" does, and a few places more.
        if (c >= '0' && to <= '9') chars.add(DIGIT);
        else for (let code = c.charCodeAt(0); code <= to.charCodeAt(0) && chars.size <= MAX_CLASS; code++) chars.add(String.fromCharCode(code));
      } else chars.add(c);
    }
    if (this.source[this.position++] !== ']') throw new Error('patternStarts: unclosed class');
    if (!plain || chars.size === 0 || chars.size > MAX_CLASS) return UNKNOWN_NODE;
    const members = new Set<string>();
    for (const c of chars) {
      const node = c === DIGIT || c === SPACE ? { type: 'chars' as const, chars: new Set([c]) } : literalChar(c);
      if (node.type !== 'chars') return UNKNOWN_NODE;
      for (const m of node.chars) members.add(m);
    }
    return { type: 'chars', chars: members };
  }

  private peek(): string {
    return this.source[this.position];
  }
}
