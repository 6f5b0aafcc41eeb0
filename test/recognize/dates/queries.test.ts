import { describeCorpus, describeNegatives } from '../../helpers/corpus';

/** A Tuesday, as in Duckling's corpus; the phrases are typed queries, not sentences of an article. */
const options = { referenceDate: '2013-02-12' };

describeCorpus(
  'date',
  'a short query leans ahead and ignores case (reference Tuesday 2013-02-12)',
  [
    { expect: { value: '2013-02-18' }, phrases: ['monday', 'see you on [[Monday]]'] },
    { expect: { value: '2013-02-19' }, phrases: ['tuesday'] },
    { expect: { value: '2013-02-14' }, phrases: ['[[thursday]] please'] },
    { expect: { value: '2013-10-03' }, phrases: ['third day of october'] },
    { expect: { value: '2013-09-20' }, phrases: ['dinner on [[Fri, Sep 20]]'] },
    { expect: { value: '2013-03-02' }, phrases: ['march 2nd', 'on [[march 2nd]]'] },
    { expect: { value: '2013-03' }, phrases: ['in [[march]]', 'march'] },
    { expect: { value: '2013-12-25' }, phrases: ['christmas', 'christmas day'] },
    { expect: { value: '2013-11-28' }, phrases: ['thanksgiving'] },
    { expect: { value: '2013-05-27' }, phrases: ['memorial day'] },
  ],
  options,
);

describeCorpus(
  'date',
  'a sentence or a tense cue keeps the news reading',
  [
    { expect: { value: '2013-02-11' }, phrases: ['The minister resigned on [[Monday]].', 'we met [[monday]]'] },
    { expect: { value: '2013-02-16T09:00' }, phrases: ['[[9am on Saturday]]'] },
  ],
  options,
);

describeNegatives('date', 'modal and verb readings stay in a query', ['this may take longer', 'they march on', 'it may or may not'], options);

describeCorpus(
  'date',
  'days counted past the next one, month ends, and clock offsets in whole days',
  [
    { expect: { value: '2013-02-22', rule: 'date/weekday-after-next' }, phrases: ['friday after next', 'We meet [[Friday after next]].'] },
    { expect: { value: '2013-02-20' }, phrases: ['see you the [[wednesday after next]]'] },
    { expect: { value: '2014-03', rule: 'date/month-after-next' }, phrases: ['March after next', 'The law takes effect [[March after next]].'] },
    { expect: { value: '2013-02-14' }, phrases: ['day after tomorrow', 'It opens [[the day after tomorrow]].'] },
    { expect: { value: '2015-10-31', rule: 'date/last-day-of-month' }, phrases: ['last day of october 2015', 'on [[the last day in October 2015]]'] },
    { expect: { value: '2013-W21-WE' }, phrases: ['memorial day week-end'] },
    { expect: { value: '2013-02-13' }, phrases: ['She will be back in [[24 hours]].'] },
  ],
  options,
);

describeNegatives('date', 'a verb month before "after next"', ['Thousands will march after next.'], options);

describeCorpus(
  'date',
  'a count before or after a named day is one date',
  [
    { expect: { value: '2013-03-05', rule: 'date/offset-from-day' }, phrases: ['It will happen [[3 days after March 2nd]].', '[[a week before March 12]]'] },
    { expect: { value: '2014-12-25' }, phrases: ['a year after christmas'] },
    { expect: { value: '2013-02-22' }, phrases: ['The audit closes [[10 days from 02/12/2013]].'] },
    { expect: { value: 'P1W', timexType: 'DURATION' }, phrases: ["It came [[a week]] after Monday's crash.", 'It came [[a week]] after the vote.'] },
  ],
  options,
);

describeCorpus(
  'date',
  'holidays as people type them',
  [
    { expect: { value: '2013-12-25', rule: 'date/holiday' }, phrases: ['xmas', 'See you at [[Xmas]]'] },
    { expect: { value: '2013-12-31' }, phrases: ['new years eve'] },
    { expect: { value: '2013-02-14' }, phrases: ['valentines day'] },
    { expect: { value: '2013-03-15' }, phrases: ['the [[ides of march]]', 'It falls on the [[Ides of March]].'] },
    { expect: { value: '2014-01-20' }, phrases: ['MLK day'] },
    { expect: { value: '2013-05-19' }, phrases: ['pentecost'] },
    { expect: { value: '2013-05-20' }, phrases: ['whit monday'] },
  ],
  options,
);

describeCorpus(
  'date',
  'a numeric day, an hour after a day, a meridiem in words and a week-end in a typed request',
  [
    { expect: { value: '2013-02-15' }, phrases: ['2/15', 'lunch [[2/15]]?'] },
    { expect: { value: '2013-04-25T16:00' }, phrases: ['4/25 at 4:00pm'] },
    { expect: { value: '2013-02-13T05:00' }, phrases: ['tomorrow at 5'] },
    { expect: { value: '2013-02-14T05:00' }, phrases: ['the day after tomorrow at 5'] },
    { expect: { value: '2013-02-12T03:00' }, phrases: ['3 in the AM', 'at [[three am]]'] },
    { expect: { value: '2013-02-12T15:00' }, phrases: ['3 in the p.m.'] },
    { expect: { value: '2013-W08-WE' }, phrases: ['next week-end'] },
    { expect: { value: '2013-W07-WE' }, phrases: ['this week-end'] },
  ],
  options,
);

describeNegatives('date', 'fractions and a bare "am" in a typed request', ['a 2/3 majority', 'half of 3/4 cup', 'one am I'], options);

describeCorpus(
  'date',
  'a day of the month that opens a request, or of a month counted from the reference',
  [
    { expect: { value: '2013-02-15T15:00' }, phrases: ['the 15th at 3pm'] },
    { expect: { value: '2013-01-20' }, phrases: ['the 20th of the previous month'] },
    { expect: { value: '2013-02-20' }, phrases: ['the 20th of the current month'] },
  ],
  options,
);

describeNegatives('date', 'ordinals that are no day in a request', ['the 21st amendment', 'the 18th hole'], options);
