import { describeCorpus, factsOf } from '../../helpers/corpus';

function endpoints(text: string) {
  return factsOf('date', text).map((f) => ({ text: f.text, value: f.value, role: f.kind === 'date' ? f.range?.role : undefined }));
}

describe('date ranges: each endpoint is a fact, linked by range', () => {
  it.each([
    ['Spending rose from 2014-2024.', [['2014', '2014', 'start'], ['2024', '2024', 'end']]],
    ['Prices rose from 1990-95.', [['1990', '1990', 'start'], ['95', '1995', 'end']]],
    ['He served 1990-1991.', [['1990', '1990', 'start'], ['1991', '1991', 'end']]],
    ['Ministers meet Feb. 15-16, 2024.', [['Feb. 15', '2024-02-15', 'start'], ['16, 2024', '2024-02-16', 'end']]],
    ['The vote runs from November 20 to December 11, 2015.', [['November 20', '2015-11-20', 'start'], ['December 11, 2015', '2015-12-11', 'end']]],
    ['Taxes were owed for the period between 2004 and 2009.', [['2004', '2004', 'start'], ['2009', '2009', 'end']]],
    ['The show runs from March to May.', [['March', '2024-03', 'start'], ['May', '2024-05', 'end']]],
    // A spread of durations: the bare count is the shorter end, in the unit of the longer.
    ['The trial will take two to three years.', [['two', 'P2Y', 'start'], ['three years', 'P3Y', 'end']]],
    ['Talks lasted 3-4 days.', [['3', 'P3D', 'start'], ['4 days', 'P4D', 'end']]],
    ['Repairs take between two and three decades.', [['two', 'P20Y', 'start'], ['three decades', 'P30Y', 'end']]],
    // Counts that fall are a score, and "and" without "between" joins two things.
    ['Leeds won 3-2 days after the draw.', [['2 days', 'P2D', undefined]]],
    ['It took two and three years.', [['three years', 'P3Y', undefined]]],
    ['Fares rose $2 to 3 hours before the race.', [['3 hours', 'PT3H', undefined]]],
    ['Pupils aged 8-10 years were tested.', [['10 years', 'P10Y', undefined]]],
    // Clock times whose end comes before the start end on the day after.
    ['A curfew from 10pm to 5am was imposed on Monday.', [['10pm', '2024-02-12T22:00', 'start'], ['5am', '2024-02-13T05:00', 'end'], ['Monday', '2024-02-12', undefined]]],
    ['The shift ran from 11 p.m. Wednesday to 7 a.m.', [['11 p.m. Wednesday', '2024-02-14T23:00', 'start'], ['7 a.m.', '2024-02-15T07:00', 'end']]],
    ['The bar was open from 6pm to 12am on Wednesday.', [['6pm', '2024-02-14T18:00', 'start'], ['12am', '2024-02-14T24:00', 'end'], ['Wednesday', '2024-02-14', undefined]]],
    ['Polls were open from 7 a.m. to 8 p.m. on Tuesday.', [['7 a.m.', '2024-02-13T07:00', 'start'], ['8 p.m.', '2024-02-13T20:00', 'end'], ['Tuesday', '2024-02-13', undefined]]],
  ])('%s', (text, expected) => {
    expect(endpoints(text)).toEqual(expected.map(([t, value, role]) => ({ text: t, value, role })));
  });

  it('gives both endpoints one range id', () => {
    const facts = factsOf('date', 'Trade grew between 2010 and 2015.');
    const ids = facts.map((f) => (f.kind === 'date' ? f.range?.id : undefined));
    expect(ids[0]).toBeDefined();
    expect(ids[0]).toEqual(ids[1]);
  });
});

describeCorpus('date', 'a month range takes its year from the second month', [
  { expect: { value: '2020-05', range: { role: 'start' } }, phrases: ['Sales fell from [[May]] to October 2020.'] },
  { expect: { value: '2016-11' }, phrases: ['Rain fell from [[November]] to February 2017.'] },
]);

describeCorpus(
  'date',
  'two endpoints without a year keep their order: the end moves on, or in the past the start moves back (reference 2024-11-20)',
  [
    { expect: { value: '2025-05-21', range: { role: 'end' } }, phrases: ['We have time from May 1 to [[May 21]].'] },
    { expect: { value: '2025-02' }, phrases: ['The exhibit runs from November to [[February]].'] },
    { expect: { value: '2023-11', range: { role: 'start' } }, phrases: ['The exhibit ran from [[November]] to February.'] },
    { expect: { value: '2024-03' }, phrases: ['Sales rose between [[March]] and May.'] },
  ],
  { referenceDate: '2024-11-20' },
);

describeCorpus('date', 'a count of days from a day that a range goes on from is the stretch, not a day', [
  { expect: { value: 'P5D' }, phrases: ['Sales over [[the five days]] from Thanksgiving through Cyber Monday set a record.'] },
  { expect: { value: 'P3W' }, phrases: ['We have [[three weeks]] from May 1 to May 21.'] },
  { expect: { rule: 'date/offset-from-day' }, phrases: ['The payment is due [[two weeks from Monday]].'] },
]);

describeCorpus('date', 'a count after "for" lasts from the day named after it; set "for" a count from a day it is one date', [
  { expect: { value: 'P8D', timexType: 'DURATION' }, phrases: ['Dock workers will strike for [[eight days]] from Sunday 26 July.'] },
  { expect: { value: 'P2W', timexType: 'DURATION' }, phrases: ['The plant will close for [[two weeks]] from Monday.'] },
  { expect: { value: 'P90D', timexType: 'DURATION' }, phrases: ['The ban applies for [[90 days]] from Jan. 1.'] },
  { expect: { rule: 'date/offset-from-day' }, phrases: ['The hearing is set for [[two weeks from Monday]].', 'The vote is scheduled for [[three weeks from Friday]].'] },
]);

describeCorpus(
  'date',
  "a range's end weekday falls on or after its start (reference Wednesday 1995-03-08)",
  [
    { expect: { value: '1995-03-17' }, phrases: ['The sale runs from Monday through [[Friday]].', 'The sale runs from Monday to [[Friday]].'] },
    // In the past, a range that would end after the reference ran the week before.
    { expect: { value: '1995-03-03' }, phrases: ['The sale ran from Monday through [[Friday]].', 'The strike lasted from Monday to [[Friday]].'] },
    { expect: { value: '1995-02-27' }, phrases: ['The sale ran from [[Monday]] through Friday.'] },
    { expect: { value: '1995-03-07' }, phrases: ['From Friday until [[Tuesday]] the office was closed.'] },
  ],
  { referenceDate: '1995-03-08' },
);

describeCorpus(
  'date',
  'a clock time on the end weekday of a range falls on or after the start (reference Monday 2024-06-03)',
  [
    { expect: { value: '2024-06-10T06:00', range: { role: 'end' } }, phrases: ['The road will be closed from 9 p.m. Friday until [[6 a.m. Monday]].'] },
    { expect: { value: '2024-06-02T14:00', range: { role: 'end' } }, phrases: ['The road was shut from 10 a.m. Saturday to [[2 p.m. Sunday]].'] },
  ],
  { referenceDate: '2024-06-03' },
);

describeCorpus('date', 'a bare start weekday falls in the week named after the end (reference Friday 2024-02-16)', [
  { expect: { value: '2024-02-06', range: { role: 'start' } }, phrases: ['Talks ran [[Tuesday]]-Thursday last week.', 'Talks ran from [[Tuesday]] to Thursday last week.'] },
  { expect: { value: '2024-02-19', range: { role: 'start' } }, phrases: ['Talks run [[Monday]] to Wednesday next week.'] },
  { expect: { value: '2024-02-13', range: { role: 'start' } }, phrases: ['Talks ran [[Tuesday]]-Thursday.'] },
]);
