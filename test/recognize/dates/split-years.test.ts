import { describeCorpus, describeNegatives } from '../../helpers/corpus';

// Two consecutive years written as one span name one fiscal, school or sports year.
describeCorpus('date', 'a year that straddles two calendar years is one span', [
  { expect: { value: '1990', timexType: 'DATE' }, phrases: ['Enrolment fell in [[the 1990/91 school year]].', 'Rainfall was low in [[1990\u201391]].'] },
  { expect: { value: '2023' }, phrases: ['He scored 30 goals in [[the 2023-24 season]].', '[[The 2023-2024 season]] ends in May.', '[[The 2023/24 academic year]] starts late.'] },
  { expect: { value: '1999' }, phrases: ['Figures for [[1999-00]] were poor.'] },
  // A month's digits that are the next year's make the span, not a month: "2008-09" is no September.
  { expect: { value: '2008', rule: 'date/split-year' }, phrases: ['Banks failed in the [[2008-09]] crisis.', '[[The 2008-09 season]] was his last.'] },
]);

// With its kind of year the article joins it, as in "the fourth quarter"; a year of harvest opens as a season does.
describeCorpus('date', 'a straddling year with its kind of year is one span from its article', [
  { expect: { value: '2017' }, phrases: ['Pay rises are retroactive to [[the 2017-18 school year]].'] },
  { expect: { value: '2025' }, phrases: ['Canola exports in [[the 2025-26 crop year]] fell.', 'Soy sales for [[the 2025/26 marketing year]] rose.'] },
  { expect: { value: 'FY2025' }, phrases: ['The deficit narrowed in [[the 2024-25 fiscal year]].'] },
  { expect: { value: '2023' }, phrases: ['Fees rose in [[2023-24]] at most schools.', 'They bathe [[2023-24 season]] lambs.'] },
]);

// A season of the calendar before "season" says which part of the two years: the one the first year opens.
describeCorpus('date', 'a straddling year with a season of the calendar before "season"', [
  { expect: { value: '2026-WI', timexType: 'DATE', rule: 'date/split-year' }, phrases: ['Cruise lines will base more ships in Florida for [[the 2026-27 winter season]].', 'Resorts expect a record [[2026/27 winter season]] in the Alps.'] },
  { expect: { value: '2024-SU' }, phrases: ['Bushfires marked [[the 2024-25 summer season]] in Australia.'] },
]);

// A travel count ("bookings", "flights") makes a yearless half a date, but no split year fiscal: travel seasons straddle January.
describeCorpus('date', 'a straddling year in travel copy opens as a season does', [
  { expect: { value: '2024', rule: 'date/split-year' }, phrases: ['Bookings at ski resorts rose in [[2024-25]].', 'The airline will add flights for the [[2024-25]] winter.'] },
]);

describeCorpus('date', 'a year and a month that cannot be two years', [
  { expect: { value: '2015-03', rule: 'date/iso-month' }, phrases: ['Exports for [[2015-03]] rose.'] },
  { expect: { value: '2008-04', rule: 'date/iso-month' }, phrases: ['The survey dated [[2008-04]] found mould.'] },
]);

// A fiscal year is named for the year it ends in, as "fiscal 1996" and "FY96" are.
describeCorpus('date', 'a fiscal year written by both its years', [
  { expect: { value: 'FY1996' }, phrases: ['Revenue fell in [[fiscal 1995-96]].', 'Revenue fell in [[fiscal year 1995/96]].', 'Revenue fell in [[the 1995-96 fiscal year]].', 'Tax rose in [[the 1995-96 financial year]].'] },
  { expect: { value: 'FY2024' }, phrases: ['Sales grew in [[FY2023-24]].', 'Sales grew in [[FY 2023/24]].'] },
  { expect: { value: 'FY2025' }, phrases: ['Profit is forecast to rise in [[FY24/25]].'] },
]);

describeNegatives('date', 'prices and shares are no years', [
  'The rooms sold for $1995-96 a night.',
  'Turnout reached 1995-96 percent in some wards.',
]);

// Bare, in a report on money with no word of sport or school, it is a fiscal year: budgets and results are kept by them.
describeCorpus('date', 'a bare year that straddles two in a report on money is fiscal', [
  { expect: { value: 'FY1991', rule: 'date/split-year' }, phrases: ['Profits rose in [[1990-91]].'] },
  { expect: { value: 'FY2026' }, phrases: ['The capital expenditure target for [[2025-26]] is Rs 11.21 lakh crore.', 'The council approved a 16.5 per cent rates rise for [[2025/26]].', 'Gross debt will stabilise at 75.3% in [[2025/26]].', 'The deal takes another $7.1 billion from reserves in [[2025-26]].'] },
  { expect: { value: 'FY2024' }, phrases: ['The Treasurer will deliver a surplus of A$9.3 billion in [[2023-24]].'] },
]);
describeCorpus('date', 'a bare year that straddles two beside a word of sport or school is a season', [
  { expect: { value: '2025', rule: 'date/split-year' }, phrases: ['Owed $34.8 million next season, he will earn $62.8 million a year from [[2025-26]].', 'The club paid £40m in wages in [[2025-26]].'] },
  { expect: { value: '2023' }, phrases: ['Fees at the school rose 5 per cent in [[2023-24]].'] },
]);
