import { csvCell } from '../../src/format/csv';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-cmd', "'-cmd"],
    ['@user', "'@user"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', "\"'\rCR\""],
    ['-0.4', '-0.4'],
    ['=1,2', `"'=1,2"`],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});
