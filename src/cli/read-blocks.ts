import fs from 'node:fs';
import iconv from 'iconv-lite';
import { blockCut } from '../text/blocks';
import { DecodeError, decodeBytes } from '../text/decode';

const READ_BYTES = 1 << 20;
const SNIFF_BYTES = 64 * 1024;

/**
 * Reads a file in chunks, decodes it as a stream and hands over blocks of about `blockChars`
 * code units cut at paragraph breaks, so that a file of any size is read in bounded memory.
 * The encoding is chosen from the first 64 KB exactly as decodeBytes chooses it for a whole
 * file (which also only sniffs that far), and refuses binary input the same way.
 */
export function readFileInBlocks(file: string, blockChars: number, onBlock: (block: string) => void): { encoding: string; bytes: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(READ_BYTES);
    let n = fs.readSync(fd, buffer, 0, READ_BYTES, null);
    let bytes = n;
    const { encoding } = decodeBytes(buffer.subarray(0, sniffEnd(buffer, n)));
    const decode = streamDecoder(encoding);
    let pending = '';
    while (n > 0) {
      pending += decode.write(buffer.subarray(0, n));
      while (pending.length >= 2 * blockChars) {
        const cut = blockCut(pending, blockChars);
        onBlock(pending.slice(0, cut));
        pending = pending.slice(cut);
      }
      n = fs.readSync(fd, buffer, 0, READ_BYTES, null);
      bytes += n;
    }
    pending += decode.end();
    while (pending.length > 0) {
      const cut = blockCut(pending, blockChars);
      onBlock(pending.slice(0, cut));
      pending = pending.slice(cut);
    }
    return { encoding, bytes };
  } finally {
    fs.closeSync(fd);
  }
}

/** The sniff ends before a UTF-8 sequence that the read cut in two, which would look broken. */
function sniffEnd(buffer: Buffer, n: number): number {
  let end = Math.min(n, SNIFF_BYTES);
  if (end === n) return end;
  for (let back = 0; back < 3 && end > 0 && (buffer[end - 1] & 0xc0) === 0x80; back++) end--;
  if (end > 0 && buffer[end - 1] >= 0xc0) end--;
  return end;
}

interface StreamDecoder {
  write(chunk: Buffer): string;
  end(): string;
}

const NUL = '\u0000';
const REPLACEMENT = '\ufffd';

/**
 * Decodes chunk by chunk to exactly what decodeBytes gives for the whole file: the BOM dropped,
 * UTF-16 made well formed (a pair split between two reads is kept whole, an odd last byte is
 * U+FFFD), and a NUL anywhere refused as binary, as decodeBytes refuses it.
 */
function streamDecoder(encoding: string): StreamDecoder {
  const inner = encoding === 'utf-16le' || encoding === 'utf-16be' ? utf16Decoder(encoding) : plainDecoder(encoding);
  const checked = (text: string) => {
    if (text.includes(NUL)) throw new DecodeError('BINARY_INPUT', 'binary input (NUL bytes), not text');
    return text;
  };
  return { write: (chunk) => checked(inner.write(chunk)), end: () => checked(inner.end()) };
}

function plainDecoder(encoding: string): StreamDecoder {
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8');
    return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
  }
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
}

function utf16Decoder(encoding: 'utf-16le' | 'utf-16be'): StreamDecoder {
  let start = true;
  let oddByte: Buffer | undefined;
  let highSurrogate = '';
  return {
    write: (chunk) => {
      let bytes = oddByte ? Buffer.concat([oddByte, chunk]) : chunk;
      if (start && bytes.length >= 2) {
        start = false;
        const bom = encoding === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
        if (bom) bytes = bytes.subarray(2);
      }
      const even = bytes.length - (bytes.length % 2);
      oddByte = even < bytes.length ? Buffer.from(bytes.subarray(even)) : undefined;
      let text = highSurrogate + iconv.decode(bytes.subarray(0, even), encoding, { stripBOM: false });
      const last = text.charCodeAt(text.length - 1);
      highSurrogate = last >= 0xd800 && last <= 0xdbff ? text.slice(-1) : '';
      if (highSurrogate) text = text.slice(0, -1);
      return toWellFormed(text);
    },
    end: () => toWellFormed(highSurrogate) + (oddByte ? REPLACEMENT : ''),
  };
}

/** String.prototype.toWellFormed (Node 20), which TypeScript's ES2022 lib does not declare. */
function toWellFormed(text: string): string {
  return (text as string & { toWellFormed(): string }).toWellFormed();
}
