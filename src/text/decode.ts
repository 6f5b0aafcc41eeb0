import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as: utf-8, utf-16le, utf-16be, windows-1252 … */
  encoding: string;
}

export class DecodeError extends Error {
  constructor(
    readonly code: 'BINARY_INPUT',
    message: string,
  ) {
    super(message);
  }
}

/** Above this share of control bytes, input is binary rather than text. */
const MAX_CONTROL_SHARE = 0.1;
const SNIFF_BYTES = 64 * 1024;

/**
 * Turns bytes into text. A BOM decides first; then valid UTF-8 is UTF-8; then a detector picks a
 * legacy single-byte encoding (Latin-1, Windows-1252 …). Text that is neither keeps its valid
 * UTF-8 and gets U+FFFD for broken sequences, so the rest is still processed.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  assertText(bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const { valid, broken } = countUtf8Sequences(bytes.subarray(0, SNIFF_BYTES));
    const guess = valid >= broken ? undefined : legacyEncoding(bytes);
    if (guess) return { text: iconv.decode(Buffer.from(bytes), guess), encoding: guess };
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and stray high bytes. UTF-8 text with a few
 * damaged sequences has many of the first; Latin-1 text has only the second.
 */
function countUtf8Sequences(bytes: Uint8Array): { valid: number; broken: number } {
  let valid = 0;
  let broken = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need;
    } else broken++;
  }
  return { valid, broken };
}

function assertText(bytes: Uint8Array): void {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) throw new DecodeError('BINARY_INPUT', 'binary input (NUL bytes), not text');
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_SHARE) throw new DecodeError('BINARY_INPUT', 'binary input (control bytes), not text');
}

const LEGACY = new Map<string, string>([
  ['ISO-8859-1', 'windows-1252'], // Windows-1252 is a superset of Latin-1 in the printable range
  ['windows-1252', 'windows-1252'],
  ['ISO-8859-2', 'iso-8859-2'],
  ['windows-1250', 'windows-1250'],
  ['ISO-8859-15', 'iso-8859-15'],
  ['windows-1251', 'windows-1251'],
  ['KOI8-R', 'koi8-r'],
]);

function legacyEncoding(bytes: Uint8Array): string | undefined {
  const detected = chardet.detect(bytes.subarray(0, SNIFF_BYTES));
  return detected ? LEGACY.get(detected) : undefined;
}
