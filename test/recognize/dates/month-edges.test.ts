import { describeCorpus } from '../../helpers/corpus';

// Reference Friday 2024-02-16. One DATE, the month with START or END, as "early October" is.
describeCorpus('date', 'a stretch at the start or end of a month', [
  { expect: { value: '2023-10', mod: 'START', timexType: 'DATE' }, phrases: ['Prices rose in [[the first two weeks of October]].', 'Prices rose in [[the first half of October]].', 'Rain fell in [[the first 10 days of October]].'] },
  { expect: { value: '2023-12', mod: 'END' }, phrases: ['Sales slumped in [[the final weeks of December]].', 'Shops were busy in [[the last days of December]].'] },
  { expect: { value: '2024-01', mod: 'START' }, phrases: ['Sales slumped in [[the first days of January]].'] },
  { expect: { value: '2024-03', mod: 'END' }, phrases: ['Prices will rise in [[the last ten days of March 2024]].', 'Sales should pick up in [[the second half of next month]].', 'Talks run into [[the final two weeks of March]].'] },
]);

describeCorpus('date', 'a week of a month and a stretch with no month stay as they were', [
  { expect: { value: '2023-W40' }, phrases: ['[[The first week of October]] was calm.'] },
  { expect: { value: 'P2W' }, phrases: ['Sales fell in [[the first two weeks]].'] },
]);

// Counted, the stretch is measured, as TimeML annotates "the first nine months of the year"; uncounted, it is the year's edge.
describeCorpus('date', 'a stretch at the start or end of a year', [
  { expect: { value: 'P9M', timexType: 'DURATION' }, phrases: ['Profit rose 12% in [[the first nine months of 1989]].', 'The unit lost money in [[the first nine months of fiscal 1990]].'] },
  // Quarters are counted as the duration rule counts "three quarters".
  { expect: { value: 'P3Q', timexType: 'DURATION' }, phrases: ['Talks run into [[the final three quarters of the year]].'] },
  { expect: { value: 'P10W', timexType: 'DURATION' }, phrases: ['Sales fell in [[the first 10 weeks of 1989]].'] },
  { expect: { value: 'P2M', timexType: 'DURATION' }, phrases: ['Output will slow in [[the last two months of this year]].'] },
  { expect: { value: '2023', mod: 'END', timexType: 'DATE' }, phrases: ['Importers rushed goods in during [[the closing weeks of 2023]].', 'Prices fell in [[the final months of last year]].'] },
  // Two stretches joined by "and" are two, not one sum.
  { expect: { value: 'P10D' }, phrases: ['Sales fell in the first nine months of 2023 and [[the first 10 days of 2024]].'] },
]);

// A stretch that is a whole half or quarter of the year takes that period's own code, with no mod.
describeCorpus('date', 'a stretch at the edge of a year that is a whole half or quarter', [
  { expect: { value: '2024-H1', timexType: 'DATE' }, phrases: ['Profit should double in [[the first six months of the year]].', 'Costs rose in [[the first two quarters of this year]].'] },
  { expect: { value: '2023-H2' }, phrases: ['Demand slumped in [[the last six months of 2023]].', 'Demand slumped in [[the final 6 months of last year]].'] },
  { expect: { value: 'FY1990-H1' }, phrases: ['The unit lost money in [[the first six months of fiscal 1990]].'] },
  { expect: { value: '2024-Q4' }, phrases: ['Output will slow in [[the last three months of this year]].'] },
  { expect: { value: '2022-Q1' }, phrases: ['Orders fell in [[the first three months of 2022]].'] },
]);

describeCorpus('date', 'a half of a decade or a century is its start or its end (reference 2024-05-01)', [
  { expect: { value: '199X', mod: 'END', rule: 'date/decade' }, phrases: ['Growth slowed in [[the second half of the 1990s]].', 'Rents were flat in [[the latter half of the 1990s]].'] },
  { expect: { value: '19XX', mod: 'START', rule: 'date/century' }, phrases: ['The mill was built in [[the first half of the 20th century]].'] },
  // A year's half is a date of its own.
  { expect: { value: '2019-H2', rule: 'date/half' }, phrases: ['Sales rose in [[the second half of 2019]].'] },
  // This decade or century, named by "the".
  { expect: { value: '202X', mod: 'START', rule: 'date/period-edge' }, phrases: ['Rates should fall in [[the first half of the decade]].'] },
  { expect: { value: '20XX', mod: 'END', rule: 'date/period-edge' }, phrases: ['Seas may rise faster in [[the second half of the century]].', 'Seas may rise faster in [[the latter half of this century]].'] },
  { expect: { value: '2024-H2', rule: 'date/half' }, phrases: ['Output will grow in [[the second half of the year]].'] },
], { referenceDate: '2024-05-01' });
