import { describeCorpus } from '../../helpers/corpus';

describeCorpus('date', 'month names with days and years', [
  {
    expect: { value: '2024-02-15', timexType: 'DATE' },
    phrases: [
      'The summit opened on [[Feb. 15, 2024]].',
      'It was signed [[February 15th, 2024]] in Geneva.',
      'The ceasefire began on [[15 February 2024]].',
      'Officials met on [[Thursday, Feb. 15]], to review the plan.',
      'The deal closed [[Feb 15 2024]] after weeks of talks.',
      'Voting ended on [[the 15th of February 2024]]'.replace('[[the ', 'the [['),
    ],
  },
  { expect: { value: '2023-12-11' }, phrases: ['The plane first flew on [[11 December]] last year.'.replace(' last year', ''), 'Talks collapsed on [[December 11]].'] },
  { expect: { value: '2008-05' }, phrases: ['The airline took delivery in [[May 2008]].', 'Sales peaked in [[May of 2008]].'] },
  { expect: { value: '2024-04-28' }, phrases: ['The rocket was moved to the pad; its last flight launches [[April 28]].', 'He said the plant opens [[April 28]].'] },
  { expect: { value: '2023-11-20' }, phrases: ['The strike began on [[November 20]].'] },
  { expect: { value: '1955-02-24' }, phrases: ['He was born in San Francisco on [[February 24, 1955]].'] },
]);

describeCorpus('date', 'numeric dates', [
  { expect: { value: '2024-02-15' }, phrases: ['Filed on [[2024-02-15]] with the court.', 'Deadline: [[02/15/2024]].', 'Signed [[15/02/2024]] in Paris.'] },
  { expect: { value: '2024-03-02', ambiguous: true }, phrases: ['The form is dated [[03/02/2024]].'] },
]);

describeCorpus('date', 'years and bare months', [
  { expect: { value: '1949' }, phrases: ['NATO was founded in [[1949]].', 'Since [[1949]], the alliance has grown.'] },
  { expect: { value: '2014' }, phrases: ['[[2014]] was a turning point.', 'the [[2014]] elections'] },
  { expect: { value: '2023-10' }, phrases: ['The board rejected the offer in [[October]].'] },
  { expect: { value: '2024-10' }, phrases: ['The merger will close in [[October]].'] },
  { expect: { value: '2024-05' }, phrases: ['The vote is expected in [[May]].'] },
]);

describeCorpus('date', 'periods: quarters, halves, decades, centuries, seasons, holidays', [
  { expect: { value: '2023-Q3' }, phrases: ['Profit fell in [[the third quarter of 2023]].', 'Revenue rose in [[Q3 2023]].'] },
  { expect: { value: '2023-Q4' }, phrases: ['Sales grew in [[the fourth quarter]].'] },
  { expect: { value: '2024-H1' }, phrases: ['Output will rise in [[the first half of 2024]].'] },
  { expect: { value: '199X' }, phrases: ['Prices soared in [[the 1990s]].', "It was popular in [[the '90s]]."] },
  { expect: { value: '19XX' }, phrases: ['It shaped [[the 20th century]].'] },
  { expect: { value: '2023-SU' }, phrases: ['The bridge closed [[last summer]].', 'Work began in [[the summer of 2023]].'] },
  { expect: { value: '2023-12-25' }, phrases: ['The shops were busy before [[Christmas]].'] },
  { expect: { value: '2024-11-28' }, phrases: ['The parade will be held on [[Thanksgiving]].'] },
  { expect: { value: 'FY2024' }, phrases: ['Earnings for [[fiscal 2024]] beat forecasts.'] },
]);

describeCorpus('date', 'position modifiers', [
  { expect: { value: '2024', mod: 'END' }, phrases: ['By [[the end of 2024]], spending will double.', 'Output slowed in [[late 2024]].'] },
  { expect: { value: '2023-12', mod: 'START' }, phrases: ['Snow fell in [[early December]].'] },
  { expect: { value: '2011', mod: 'MID' }, phrases: ['The system ships in [[mid-2011]].'] },
  { expect: { value: '2024' }, phrases: ['Prices rose [[earlier this year]].'] },
]);
