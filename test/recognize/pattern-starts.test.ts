import { BOUNDARY, DIGIT, SPACE, patternStarts } from '../../src/recognize/pattern-starts';

/** Starts written with \b, \d and \s for the stand-ins, for readable cases. */
function shown(starts: string[] | null): string[] | null {
  return starts && starts.map((s) => s.replaceAll(BOUNDARY, '\\b').replaceAll(DIGIT, '\\d').replaceAll(SPACE, '\\s'));
}

describe('patternStarts: the strings every match begins with', () => {
  it.each<[RegExp, string[]]>([
    [/\b(today|tonight|yesterday)\b/gi, ['\\btoday', '\\btonight', '\\byesterd']],
    [/\bJAN(?:UARY)?\b/g, ['\\bjan']],
    [/\b[12]\d{3}\b/g, ['\\b1\\d\\d\\d', '\\b2\\d\\d\\d']],
    [/\b\d+ ?years?\b/g, ['\\b\\d year', '\\b\\dyear', '\\b\\d\\d year', '\\b\\d\\dyear', '\\b\\d\\d\\d']],
    [/(?<=\bin\s)the weekend/gi, ['the week']],
    [/\b(?:half|½) hour/gi, ['\\bhalf ho', '\\b½ hour']],
    [/\bmid-?(?:week|month)/gi, ['\\bmid-mon', '\\bmid-wee', '\\bmidmont', '\\bmidweek']],
    [
      /\b(?:the\s+)?(today|tomorrow)\b/gi,
      ['\\bthe\\stod', '\\bthe\\stom', '\\bthe\\s\\sto', '\\bthe\\s\\s\\s', '\\btoday', '\\btomorro'],
    ],
  ])('%s', (pattern, expected) => {
    expect(shown(patternStarts(pattern))?.sort()).toEqual([...expected].sort());
  });

  it.each<[string, RegExp]>([
    ['a wide class can begin anywhere', /\b[a-z]+day\b/gi],
    ['\\w can begin anywhere', /\w{2,}est\b/gi],
    ['a single letter stands nearly everywhere', /\b(?:a|p)\b/gi],
    ['without a boundary before them, two letters also end words ("plan", "upon")', /(?<=\bin\s)(?:an|on)\b/gi],
    ['a back-reference is not followed', /\b(a)?\1bc/g],
    ['a cased non-ASCII letter may match its other case', /\bétéday/gi],
    ['a pattern that may begin with a repeat of anything', /.*day/g],
  ])('%s: unknown', (_why, pattern) => {
    expect(patternStarts(pattern)).toBeNull();
  });

  it('refuses syntax it does not know rather than guess', () => {
    expect(() => patternStarts(/\p{L}day/gu)).toThrow(/unsupported/);
  });
});
