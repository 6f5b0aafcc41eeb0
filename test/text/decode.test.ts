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

  it('accepts empty input', () => {
    expect(decodeBytes(Buffer.alloc(0))).toEqual({ text: '', encoding: 'utf-8' });
  });
});
