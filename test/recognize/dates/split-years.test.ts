import { describeCorpus, describeNegatives } from '../../helpers/corpus';

// Two consecutive years written as one span name one fiscal, school or sports year.
describeCorpus('date', 'a year that straddles two calendar years is one span', [
  { expect: { value: '1990', timexType: 'DATE' }, phrases: ['Profits rose in [[1990-91]].', 'Enrolment fell in the [[1990/91]] school year.', 'Rainfall was low in [[1990\u201391]].'] },
  { expect: { value: '2023' }, phrases: ['He scored 30 goals in the [[2023-24]] season.', 'The [[2023-2024]] season ends in May.', 'The [[2023/24]] academic year starts late.'] },
  { expect: { value: '1999' }, phrases: ['Figures for [[1999-00]] were poor.'] },
  // A month's digits that are the next year's make the span, not a month: "2008-09" is no September.
  { expect: { value: '2008', rule: 'date/split-year' }, phrases: ['Banks failed in the [[2008-09]] crisis.', 'The [[2008-09]] season was his last.'] },
]);

describeCorpus('date', 'a year and a month that cannot be two years', [
  { expect: { value: '2015-03', rule: 'date/iso-month' }, phrases: ['Exports for [[2015-03]] rose.'] },
  { expect: { value: '2008-04', rule: 'date/iso-month' }, phrases: ['The survey dated [[2008-04]] found mould.'] },
]);

// A fiscal year is named for the year it ends in, as "fiscal 1996" and "FY96" are.
describeCorpus('date', 'a fiscal year written by both its years', [
  { expect: { value: 'FY1996' }, phrases: ['Revenue fell in [[fiscal 1995-96]].', 'Revenue fell in [[fiscal year 1995/96]].', 'Revenue fell in the [[1995-96 fiscal year]].', 'Tax rose in the [[1995-96 financial year]].'] },
  { expect: { value: 'FY2024' }, phrases: ['Sales grew in [[FY2023-24]].', 'Sales grew in [[FY 2023/24]].'] },
  { expect: { value: 'FY2025' }, phrases: ['Profit is forecast to rise in [[FY24/25]].'] },
]);

describeNegatives('date', 'prices and shares are no years', [
  'The rooms sold for $1995-96 a night.',
  'Turnout reached 1995-96 percent in some wards.',
]);
