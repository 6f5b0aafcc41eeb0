import iconv from 'iconv-lite';
import { DecodeError, decodeBytes } from '../../src/text/decode';

describe('decodeBytes', () => {
  const text = 'Café costs €5, naïve “quotes”.';

  it.each([
    ['UTF-8', Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8'],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), 'utf-16le'],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]), 'utf-16be'],
    ['Windows-1252', iconv.encode(text, 'windows-1252'), 'windows-1252'],
  ])('decodes %s', (_name, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding });
  });

  it('replaces broken UTF-8 sequences and keeps the rest', () => {
    const bytes = Buffer.concat([Buffer.from('Price: €5 ', 'utf8'), Buffer.from([0xe2, 0x82]), Buffer.from(' and £3 in 2024 ', 'utf8')]);
    const { text: out } = decodeBytes(bytes);
    expect(out).toContain('€5');
    expect(out).toContain('£3 in 2024');
  });

  it.each([
    ['NUL bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14])],
    ['mostly control bytes', Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01)))],
  ])('refuses %s as binary', (_name, bytes) => {
    expect(() => decodeBytes(bytes)).toThrow(DecodeError);
  });

  it.each([
    ['Latin-1, short', 'Café'],
    ['Latin-1, a sentence', 'The mayor of Bogotá said on Tuesday that München would pay £10 million.'],
    ['Windows-1252 curly quotes and dashes', '“Quoted” – said the minister — in 2024.'],
  ])('decodes %s as Windows-1252', (_name, source) => {
    expect(decodeBytes(iconv.encode(source, 'windows-1252'))).toEqual({ text: source, encoding: 'windows-1252' });
  });

  it('replaces broken UTF-8 with U+FFFD when most of the file is good UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Zürich, €5 and ', 'utf8'), Buffer.from([0xff, 0xc3]), Buffer.from(' naïve', 'utf8')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Zürich, €5 and \ufffd\ufffd naïve', encoding: 'utf-8' });
  });

  it.each([
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x41, 0x00, 0x00, 0xd8, 0x42, 0x00])])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from([0x00, 0x41, 0xd8, 0x00, 0x00, 0x42])])],
  ])('replaces a lone surrogate in %s with U+FFFD', (encoding, bytes) => {
    expect(decodeBytes(bytes)).toEqual({ text: 'A\ufffdB', encoding });
  });

  it('replaces an odd last byte of UTF-16 with U+FFFD', () => {
    expect(decodeBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toEqual({ text: 'A\ufffd', encoding: 'utf-16le' });
  });

  it.each([
    ['utf-16le', iconv.encode(text, 'utf-16le')],
    ['utf-16be', iconv.encode(text, 'utf-16be')],
  ])('decodes %s without a BOM rather than calling it binary', (encoding, bytes) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding });
  });

  it('refuses a NUL byte far past the sniffed head', () => {
    const bytes = Buffer.concat([Buffer.from('a'.repeat(200_000)), Buffer.from([0x00]), Buffer.from('tail')]);
    expect(() => decodeBytes(bytes)).toThrow(/NUL/);
  });

  it.each([
    ['UTF-16 with NUL characters', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from([0x41, 0x00, 0x00, 0x00, 0x42, 0x00])])],
    ['UTF-16 of control characters', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(Array.from({ length: 40 }, (_, i) => (i % 2 ? 0 : 2)))])],
    ['UTF-8 with a BOM and control bytes', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(Array.from({ length: 40 }, () => 3))])],
  ])('refuses %s as binary', (_name, bytes) => {
    expect(() => decodeBytes(bytes)).toThrow(DecodeError);
  });

  it('keeps ESC, tabs, form feeds and CR as text, for the views to neutralize', () => {
    const source = 'Red \u001b[31malert\u001b[0m\tcol\fpage\r\nend \u0007';
    expect(decodeBytes(Buffer.from(source, 'utf8'))).toEqual({ text: source, encoding: 'utf-8' });
  });

  it('accepts empty input', () => {
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});
