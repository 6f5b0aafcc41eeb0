import { BOUNDARY, DIGIT, SPACE } from '../../src/recognize/pattern-starts';
import { StartIndex } from '../../src/recognize/start-index';

describe('StartIndex: where the starts of many patterns stand, in one pass', () => {
  const index = new StartIndex([
    [`${BOUNDARY}may`],
    [`${BOUNDARY}the${SPACE}`, `${BOUNDARY}${DIGIT}${DIGIT}`],
    ['year’s'],
  ]);

  it('compares ASCII letters without case and keeps each pattern apart', () => {
    expect(index.placesIn('MAY the 12 May')).toEqual([[0, 11], [4, 8], []]);
  });

  it('matches \\b, \\d and \\s as a pattern does', () => {
    // "dismay" has no boundary before "may"; "the\u00a0" is a space to \s; "a12" has no boundary before 1.
    expect(index.placesIn('dismay the\u00a0x a12 99')).toEqual([[], [7, 17], []]);
  });

  it('finds starts that hold a character outside ASCII', () => {
    expect(index.placesIn('the year’s end')).toEqual([[], [0], [4]]);
  });

  it('accepts only starts that begin with an ASCII character, a digit or a space', () => {
    expect(StartIndex.covers(`${BOUNDARY}½${SPACE}`)).toBe(false);
    expect(StartIndex.covers(`${BOUNDARY}${DIGIT}s`)).toBe(true);
    expect(() => new StartIndex([['½ ']])).toThrow(/cannot index/);
  });
});
