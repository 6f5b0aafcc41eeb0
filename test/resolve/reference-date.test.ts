import { detectReferenceDate } from '../../src/resolve/reference-date';
import { prepareText } from '../../src/text/prepare';

const detect = (text: string) => detectReferenceDate(prepareText(text));

describe('detectReferenceDate', () => {
  it.each([
    [' date 2024-02-16 NATO ministers meet\n\nBody text.', '2024-02-16', 'header'],
    ['Headline here\n\nXinhua) 09:11, February 16, 2024\n\nBody.', '2024-02-16', 'header'],
    ['Boeing wins tanker deal\nMarch 01, 2008\nThe Pentagon said on Friday …', '2008-03-01', 'header'],
    ['Robots compete in Washington\n\nFriday, July 21, 2017\n\nTeams from 150 countries …', '2017-07-21', 'header'],
    ['Storm hits coast\n2019-10-04\nWinds reached 100 mph.', '2019-10-04', 'header'],
    ['WASHINGTON, Jan. 5, 2024 (AP) -- Lawmakers met on Friday.', '2024-01-05', 'dateline'],
    ['Xinhua 2024\nBRUSSELS, Feb. 15 (Xinhua) -- NATO ministers met.', '2024-02-15', 'dateline'],
  ])('%s', (text, date, source) => {
    expect(detect(text)).toEqual({ date, source });
  });

  it('does not take a dateline without any year', () => {
    expect(detect('BRUSSELS, Feb. 15 (Xinhua) -- NATO ministers met on Thursday.')).toEqual({ date: null, source: 'none' });
  });

  it('ignores dates inside running text', () => {
    expect(detect('The treaty, signed on April 4, 1949 by twelve countries, created the alliance that still stands today.')).toEqual({ date: null, source: 'none' });
  });

  it('finds nothing in text without a date', () => {
    expect(detect('Just a sentence.')).toEqual({ date: null, source: 'none' });
  });
});

describe('relative dates without a reference date stay unresolved', () => {
  it('keeps X placeholders', () => {
    const { extract } = jest.requireActual('../../src') as typeof import('../../src');
    const facts = extract('Ministers met on Thursday, and will meet again next week.', { kinds: ['date'] }).facts;
    expect(facts.map((f) => f.value)).toEqual(['XXXX-WXX-4', 'XXXX-WXX']);
  });
});
