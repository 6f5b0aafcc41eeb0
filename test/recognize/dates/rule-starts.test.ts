import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DATE_RULES } from '../../../src/recognize/dates';
import { ruleStarts, writeRuleStartsSnapshot } from '../../../src/recognize/dates/rule-starts';
import { patternStarts } from '../../../src/recognize/pattern-starts';
import { StartIndex } from '../../../src/recognize/start-index';
import { normalizeText } from '../../../src/text/normalize';

/** Text in many date forms and cases, with the spacing and punctuation news copy has. */
const SAMPLES = [
  fs.readFileSync(path.join(__dirname, '..', '..', '..', 'fixtures', 'nato-2024-02-16.txt'), 'utf8'),
  'On MONDAY, Jan. 5, 2015, at 9:30 a.m. EST the board met; on Tues. the 6th it met again (at 14:00 GMT).',
  'Two weeks ago, about 3 1/2 years earlier, and in a fortnight\u2019s time: the year-ago quarter, Q3 2019, FY2020.',
  'Sales in the first half of fiscal 2012 rose; the 1990s and the \u201990s, the nineteen-eighties, mid-2014.',
  'Every other Tuesday, twice a week, 3 times per month, daily, each morning, on weekends, at noon-ish.',
  'Christmas Eve, New Year\u2019s Day, the Fourth of July, Thanksgiving weekend, last summer, this fall.',
  'From 1 to 3 March 2020; 15/02/2024; 2024-02-15; 02/15; March 2nd and 3rd; June 1\u20133; 10 - year - old.',
  'The day after tomorrow, tonight, yesterday morning, this week\u2019s Friday, next Monday evening, the 1980\u2019s.',
  'Eleven o\u2019clock, half past seven, a quarter to six, 0800 hrs, 7pm, 7 p.m., 12 noon, twenty past three.',
  'For the past five trading days, over the weekend, in recent years, the end of the month, year-to-date.',
  'PRICES ROSE 5 PERCENT IN THE THIRD QUARTER OF 2023 AND IN THE YEAR TO MARCH, SINCE THE SPRING OF 1998.',
].map(normalizeText);

describe('date rules tried only where their starts stand', () => {
  const starts = DATE_RULES.map((rule) => {
    const read = patternStarts(rule.pattern);
    return read && read.every(StartIndex.covers) ? read : null;
  });
  const index = new StartIndex(starts.map((s) => s ?? []));

  it('read the starts of most rules', () => {
    expect(starts.filter(Boolean).length).toBeGreaterThan(DATE_RULES.length * 0.8);
  });

  it.each(SAMPLES.map((text, i) => [i, text] as const))('every match of every rule begins at one of its places (sample %i)', (_i, text) => {
    const places = index.placesIn(text);
    DATE_RULES.forEach((rule, r) => {
      if (!starts[r]) return;
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        if (m[0].length === 0) {
          pattern.lastIndex++;
          continue;
        }
        expect({ rule: rule.id, at: m.index, found: places[r].includes(m.index) }).toEqual({ rule: rule.id, at: m.index, found: true });
      }
    });
  });

  it('the build snapshot gives what reading the patterns gives, and a missing one is read again', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-starts-'));
    const file = path.join(dir, 'starts.json');
    writeRuleStartsSnapshot(DATE_RULES, file);
    const fromPatterns = DATE_RULES.map((rule) => patternStarts(rule.pattern));
    expect(ruleStarts(DATE_RULES, file)).toEqual(fromPatterns);
    expect(ruleStarts(DATE_RULES, path.join(dir, 'missing.json'))).toEqual(fromPatterns);
    fs.rmSync(dir, { recursive: true });
  });
});
