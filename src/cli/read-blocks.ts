import fs from 'node:fs';
import iconv from 'iconv-lite';
import { blockCut } from '../text/blocks';
import { decodeBytes } from '../text/decode';

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

function streamDecoder(encoding: string): StreamDecoder {
  if (encoding === 'utf-8') {
    const decoder = new TextDecoder('utf-8');
    return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
  }
  const decoder = iconv.getDecoder(encoding);
  return { write: (chunk) => decoder.write(chunk), end: () => decoder.end() ?? '' };
}
