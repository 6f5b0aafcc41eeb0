import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { readFileInBlocks } from '../../src/cli/read-blocks';
import { decodeBytes } from '../../src/text/decode';
import { runBin } from '../helpers/cli';
import { schemaErrors } from '../helpers/schema';

const PARAGRAPH =
  'On March 3, 2023, Acme Corp. agreed to pay $2.3 billion for Beta Ltd., a rise of 4.5% on last year’s offer.\n\n' +
  'Sales grew 12 percent in the first quarter — the best since 2019 — and costs fell by €40 million.\n\n';

let tmp: string;
let big: string;
let text: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-large-'));
  big = path.join(tmp, 'big.txt');
  text = 'date 2024-02-16\n\n' + PARAGRAPH.repeat(Math.ceil((1.1 * 1024 * 1024) / PARAGRAPH.length));
  fs.writeFileSync(big, text);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('a file over 1 MB', () => {
  const kinds = ['--kinds', 'date,money,percent'];

  it('streams one JSON record with whole-file offsets, and the same record as JSONL and in --out-dir', () => {
    const json = runBin([big, '-f', 'json', ...kinds]);
    expect(json.status).toBe(0);
    const doc = JSON.parse(json.stdout);
    expect(schemaErrors(doc)).toBe('');
    expect(doc.length).toBe(text.length);
    expect(doc.referenceDate).toBe('2024-02-16');
    expect(doc.facts.length).toBeGreaterThan(10000);
    expect(doc.facts.length).toBe(Object.values(doc.counts as Record<string, number>).reduce((a, b) => a + b, 0));
    for (const f of doc.facts) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(json.stdout).toBe(JSON.stringify(doc, null, 2) + '\n');

    const jsonl = runBin([big, '-f', 'jsonl', ...kinds]);
    expect(jsonl.stdout).toBe(JSON.stringify(doc) + '\n');

    const out = path.join(tmp, 'out');
    expect(runBin([big, '--out-dir', out, ...kinds]).status).toBe(0);
    expect(fs.readFileSync(path.join(out, 'big.txt.json'), 'utf8')).toBe(json.stdout);
  });

  it('sits in a JSON array with the indent of its neighbours', () => {
    const small = path.join(tmp, 'small.txt');
    fs.writeFileSync(small, PARAGRAPH);
    const temp = fs.mkdtempSync(path.join(tmp, 'temp-'));
    const r = runBin([small, big, small, '-f', 'json', '--jobs', '2', ...kinds], { env: { TMPDIR: temp } });
    expect(r.status).toBe(0);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { source: string }) => d.source)).toEqual([small, big, small]);
    expect(r.stdout).toBe(JSON.stringify(docs, null, 2) + '\n');
    expect(fs.readdirSync(temp)).toEqual([]);
  });
});

describe('readFileInBlocks', () => {
  const roundTrip = (bytes: Buffer, blockChars: number) => {
    const file = path.join(tmp, 'enc.txt');
    fs.writeFileSync(file, bytes);
    const blocks: string[] = [];
    const { encoding } = readFileInBlocks(file, blockChars, (b) => blocks.push(b));
    return { text: blocks.join(''), encoding, blocks };
  };
  // Over 1 MB, so that reads cut multi-byte characters: é, €, an emoji.
  const sample = 'Café prices rose 5%, or €3, in 2023 😀.\nAnother line.\n\n'.repeat(25000);

  it.each([
    ['utf-8', Buffer.from(sample, 'utf8')],
    ['utf-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')])],
    ['utf-16le with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sample, 'utf-16le')])],
    ['utf-16be with a BOM and an odd last byte', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sample, 'utf-16be'), Buffer.from([0x41])])],
    ['utf-16le without a BOM', iconv.encode(sample.replace(/[é€😀]/g, '-'), 'utf-16le')],
    ['windows-1252', iconv.encode(sample.replace(/😀/g, ':)'), 'windows-1252')],
  ])('decodes %s as decodeBytes does, in blocks', (_name, bytes) => {
    const whole = decodeBytes(bytes);
    const { text: joined, encoding, blocks } = roundTrip(bytes, 100_000);
    expect(blocks.length).toBeGreaterThan(5);
    expect(encoding).toBe(whole.encoding);
    expect(joined === whole.text).toBe(true);
  });

  it('refuses binary input like decodeBytes, even with the NUL far past the head', () => {
    expect(() => roundTrip(Buffer.from([0x50, 0, 1, 2, 3]), 1000)).toThrow(/binary/);
    const late = Buffer.concat([Buffer.from(sample, 'utf8'), Buffer.from([0]), Buffer.from(sample, 'utf8')]);
    expect(() => decodeBytes(late)).toThrow(/binary/);
    expect(() => roundTrip(late, 100_000)).toThrow(/binary/);
  });
});
