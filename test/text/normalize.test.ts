import { normalizeText } from '../../src/text/normalize';

describe('normalizeText', () => {
  it.each([
    ['curly quotes', '\u201cNo,\u201d he said, \u2018fine\u2019', '"No," he said, \'fine\''],
    ['dashes and minus', '2014\u20132024 \u2014 down \u22120.4%', '2014-2024 - down -0.4%'],
    ['no-break spaces', '5\u00a0billion\u202fdollars', '5 billion dollars'],
    ['CRLF keeps one line break', 'a\r\nb', 'a \nb'],
    ['lone CR is a line break', 'a\rb', 'a\nb'],
    ['zero-width and bidi marks', 'A\u200bB\u200eC\ufeffD', 'A B C D'],
    ['terminal escapes', 'x\u001b[31my\u0007', 'x [31my '],
    ['form feed ends a paragraph', 'a\fb', 'a\nb'],
  ])('folds %s one code unit for one', (_name, input, expected) => {
    const out = normalizeText(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });

  it('leaves astral characters whole', () => {
    const s = '😀 𝐓 ok';
    expect(normalizeText(s)).toBe(s);
  });

  it('returns plain ASCII unchanged', () => {
    const s = 'Plain text, nothing to fold.';
    expect(normalizeText(s)).toBe(s);
  });

  it('keeps printable ASCII and ordinary letters, and folds every code unit to one', () => {
    const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');
    expect(normalizeText(printable)).toBe(printable);
    expect(normalizeText('é ñ ß Ж 中')).toBe('é ñ ß Ж 中');
    const folded = new Set([' ', '\n', "'", '"', '-', '$', '%']);
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const out = normalizeText(ch);
      expect(out === ch || folded.has(out)).toBe(true);
    }
  });

  it('folds the edges of the invisible ranges to spaces', () => {
    expect(normalizeText('\u0000\u0008\u000e\u001f\u007f\u0084\u0086\u009f\u00ad\u206f\ufffb')).toBe(' '.repeat(11));
    expect(normalizeText('\u0009\u000a\u0085\u00ae\u2065\ufffc')).toBe(' \n\n\u00ae\u2065\ufffc');
  });
});
