import { blockCut } from '../../src/text/blocks';

describe('blockCut', () => {
  it('takes the whole text when it fits', () => {
    expect(blockCut('short text', 100)).toBe(10);
  });

  it('cuts after the last paragraph break before the limit', () => {
    const text = 'First paragraph here.\n\nSecond one, longer than that.\n\nThird paragraph runs past the limit.';
    const cut = blockCut(text, 60);
    expect(text.slice(0, cut)).toBe('First paragraph here.\n\nSecond one, longer than that.\n\n');
  });

  it('counts a blank line with spaces or CR as a paragraph break', () => {
    const text = 'One line of text.\r\n \r\nAnother line of text that goes on.';
    expect(text.slice(0, blockCut(text, 30))).toBe('One line of text.\r\n \r\n');
  });

  it('falls back to a line break, then a space, then the limit', () => {
    expect(blockCut('aaaa aaaa\nbbbb bbbb cccc', 16)).toBe(10);
    expect(blockCut('aaaa bbbb cccc dddd', 12)).toBe(10);
    expect(blockCut('x'.repeat(50), 20)).toBe(20);
  });

  it('never splits a surrogate pair', () => {
    const text = 'x'.repeat(19) + '😀' + 'y'.repeat(30);
    expect(blockCut(text, 20)).toBe(19);
  });
});
