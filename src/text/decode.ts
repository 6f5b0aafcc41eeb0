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
/** Share of zero bytes in every other position that marks BOM-less UTF-16 ("A\0B\0C\0"). */
const UTF16_ZERO_SHARE = 0.9;
const REPLACEMENT = '\ufffd';

/**
 * Turns bytes into text. A BOM decides first; then valid UTF-8 is UTF-8; then a detector picks a
 * legacy single-byte encoding (Latin-1, Windows-1252 …). Text that is neither keeps its valid
 * UTF-8 and gets U+FFFD for broken sequences, so the rest is still processed. Binary input
 * (NUL bytes anywhere, or many control bytes) is refused with BINARY_INPUT.
 *
 * The decoded string is what every offset in the output refers to.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checkedText(new TextDecoder('utf-8').decode(bytes.subarray(3)), 'utf-8');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const bomless = bomlessUtf16(bytes);
  if (bomless) return decodeUtf16(bytes, bomless);
  assertText(bytes);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const { valid, broken } = countUtf8Sequences(bytes.subarray(0, SNIFF_BYTES));
    if (valid >= broken) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
    const legacy = legacyEncoding(bytes);
    return { text: iconv.decode(Buffer.from(bytes), legacy), encoding: legacy };
  }
}

/**
 * UTF-16 whose code units may be broken: a lone surrogate or an odd last byte becomes U+FFFD,
 * so the text is well formed like any other decoded input.
 */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const even = bytes.length - (bytes.length % 2);
  const text = toWellFormed(iconv.decode(Buffer.from(bytes.subarray(0, even)), encoding)) + (even < bytes.length ? REPLACEMENT : '');
  return checkedText(text, encoding);
}

/**
 * Notepad and some exporters write UTF-16 without a BOM. In English text every other byte is
 * then zero, which would otherwise read as binary. Real binary files do not keep that pattern.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 4) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (zeroOdd / pairs >= UTF16_ZERO_SHARE && zeroEven === 0) return 'utf-16le';
  if (zeroEven / pairs >= UTF16_ZERO_SHARE && zeroOdd === 0) return 'utf-16be';
  return undefined;
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

/** Control codes that plain text does not use; tab, line feed, form feed, CR and ESC are text. */
function isControl(code: number): boolean {
  return code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13 && code !== 27;
}

function assertText(bytes: Uint8Array): void {
  // A NUL anywhere, even past the sniffed head, means a binary file (or text glued to one).
  if (bytes.indexOf(0) >= 0) throw new DecodeError('BINARY_INPUT', 'binary input (NUL bytes), not text');
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i])) control++;
  if (n > 0 && control / n > MAX_CONTROL_SHARE) throw new DecodeError('BINARY_INPUT', 'binary input (control bytes), not text');
}

/** The same test on decoded UTF-16, whose bytes hold zeros by design. */
function checkedText(text: string, encoding: string): DecodedText {
  if (text.includes('\u0000')) throw new DecodeError('BINARY_INPUT', 'binary input (NUL characters), not text');
  const n = Math.min(text.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) if (isControl(text.charCodeAt(i))) control++;
  if (n > 0 && control / n > MAX_CONTROL_SHARE) throw new DecodeError('BINARY_INPUT', 'binary input (control characters), not text');
  return { text, encoding };
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

/**
 * The detector's single-byte guess, or Windows-1252 when it has none we trust: on a short text
 * ("Café" in Latin-1) it may answer UTF-8 or a CJK encoding, and English news in a legacy
 * encoding is overwhelmingly Windows-1252, which decodes every byte.
 */
function legacyEncoding(bytes: Uint8Array): string {
  const detected = chardet.detect(bytes.subarray(0, SNIFF_BYTES));
  return (detected && LEGACY.get(detected)) ?? 'windows-1252';
}

/** String.prototype.toWellFormed (Node 20), which TypeScript's ES2022 lib does not declare. */
function toWellFormed(text: string): string {
  return (text as string & { toWellFormed(): string }).toWellFormed();
}
