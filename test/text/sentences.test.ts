import { MAX_SENTENCE, splitSentences } from '../../src/text/sentences';

const texts = (s: string) => splitSentences(s).map((x) => s.slice(x.start, x.end));

describe('splitSentences', () => {
  it.each([
    ['full stops', 'Prices rose. Wages fell! Why? Nobody knows.', ['Prices rose.', 'Wages fell!', 'Why?', 'Nobody knows.']],
    ['titles and months do not end sentences', 'Dr. Ana Ruiz arrived on Feb. 15 with Mr. Lee. They left.', ['Dr. Ana Ruiz arrived on Feb. 15 with Mr. Lee.', 'They left.']],
    ['initials do not end sentences', 'J. R. Smith spoke. Then he left.', ['J. R. Smith spoke.', 'Then he left.']],
    ["a term's letter ends a sentence", 'They lost in Serie A. Arsenal won. We need Plan B. Smith agreed.', ['They lost in Serie A.', 'Arsenal won.', 'We need Plan B.', 'Smith agreed.']],
    ['a letter after a name stays an initial', 'John F. Kennedy spoke.', ['John F. Kennedy spoke.']],
    ["a plural's letter after digits ends a sentence", 'Rents soared in the 1990s. Wages did not. He flew 747s. Then he retired.', ['Rents soared in the 1990s.', 'Wages did not.', 'He flew 747s.', 'Then he retired.']],
    ['a zone in capitals ends a sentence', 'It landed at 8:48 p.m. EST. The board met Thursday. Costs, est. 5 million, rose.', ['It landed at 8:48 p.m. EST.', 'The board met Thursday.', 'Costs, est. 5 million, rose.']],
    ['U.S. mid-sentence', 'The U.S. Navy sailed. It was late.', ['The U.S. Navy sailed.', 'It was late.']],
    ['U.S. at the end', 'He moved to the U.S. The rest stayed.', ['He moved to the U.S.', 'The rest stayed.']],
    ['quotes close the sentence', '"We agree." She nodded.', ['"We agree."', 'She nodded.']],
    ['lower case does not open a sentence', 'The price was 3.5 p.m. sharp. ok then.', ['The price was 3.5 p.m. sharp. ok then.']],
    ['a rank opens its entry', 'Final standings :\n1. Ana Ruiz ( Spain ) 4:12:33\n2. Lea Roth ( Austria ) 4:12:40', ['Final standings :', '1. Ana Ruiz ( Spain ) 4:12:33', '2. Lea Roth ( Austria ) 4:12:40']],
    ['ranks after a label and a figure', '400 metres : 1. Ana Ruiz 49.10 2. Lea Roth 49.35', ['400 metres : 1. Ana Ruiz 49.10 2. Lea Roth 49.35']],
    ['a number closing a sentence mid-line ends it', 'They won 3. Then they lost.', ['They won 3.', 'Then they lost.']],
    ['a capital after a clock time opens a sentence', 'It rose at 11 a.m. Schools closed.', ['It rose at 11 a.m.', 'Schools closed.']],
    ['a weekday or a zone after a clock time goes on', 'It aired at 9 p.m. Eastern time and at 10 a.m. Sunday.', ['It aired at 9 p.m. Eastern time and at 10 a.m. Sunday.']],
    ['a line break ends a headline', 'Markets fall\nMarch 1, 2008\nStocks fell on Friday.', ['Markets fall', 'March 1, 2008', 'Stocks fell on Friday.']],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('numbers paragraphs', () => {
    const s = splitSentences('One. Two.\n\nThree.');
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
    expect(s.map((x) => x.index)).toEqual([0, 1, 2]);
  });

  it('joins hard-wrapped lines into sentences', () => {
    const line = 'word '.repeat(14);
    const wrapped = Array.from({ length: 8 }, (_, i) => (i === 7 ? `${line}end.` : line.trimEnd())).join('\n');
    expect(splitSentences(wrapped)).toHaveLength(1);
  });

  it('caps sentence length so that no piece is longer than MAX_SENTENCE', () => {
    const long = 'word '.repeat(5000);
    const pieces = splitSentences(long);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('stays linear on a long run of dots', () => {
    const dots = '.'.repeat(200_000);
    const t0 = process.hrtime.bigint();
    splitSentences(dots + ' A.');
    expect(Number(process.hrtime.bigint() - t0) / 1e9).toBeLessThan(2);
  });
});
