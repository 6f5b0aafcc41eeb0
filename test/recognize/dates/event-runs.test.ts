import { describeCorpus, describeNegatives } from '../../helpers/corpus';

// Reference Friday 2024-02-16: a run still going is reported in the period the story is written in.
describeCorpus('date', "the nth period an event has reached is the story's own", [
  { expect: { value: '2024-W07', timexType: 'DATE' }, phrases: ['The walkout entered [[its third week]] on Monday.', 'The blockade, which is now in [[their second full week]], goes on.'] },
  { expect: { value: '2024-02-16' }, phrases: ['The hunt, now in [[its 12th day]], has found nothing.', 'Miners marched on [[the 10th day of the strike]].', 'Leaders left on [[the final day of the summit]].', 'Rain stopped play on [[the fourth day of the fifth Test]].'] },
  // The day is the last the story reports, or its sentence's, but never one still to come.
  { expect: { value: '2024-02-16' }, phrases: ['A new law takes effect on March 1, 2025. The strike entered [[its 40th day]].'] },
  { expect: { value: '2024-02-14' }, phrases: ['Pickets blocked the gates on Feb. 14 as the strike entered [[its 40th day]].', 'On Wednesday the strike entered [[its 40th day]].'] },
  { expect: { value: '2024-02' }, phrases: ['The siege moved into [[its fourth month]].'] },
  { expect: { value: '2024' }, phrases: ['The conflict has entered [[its fifth year]].', 'Farmers marked [[the second year of the drought]].'] },
]);

describeCorpus('date', 'a streak written without "straight"', [
  { expect: { value: '2024-02-16' }, phrases: ['Protests went on for [[a third day]].', 'Markets fell for [[the fifth day running]].'] },
  { expect: { value: '2024-01' }, phrases: ['Exports grew for [[the fourth month in a row]].'] },
]);

describeCorpus('date', 'the first or last stretch of a trading day', [
  { expect: { value: '2024-02-16TAF', timexType: 'TIME' }, phrases: ['Shares slid in [[the final hour of trading]].', 'Bonds rallied in [[the last half-hour of the session]].', 'The index jumped in [[the closing 30 minutes of trade]].'] },
  { expect: { value: '2024-02-16TMO' }, phrases: ['Shares rose in [[the first hour of trading]].'] },
]);

describeNegatives('date', 'ordinals that are no run of an event', [
  'In its first year, the firm lost money.',
  'He won for the first time.',
  'She is in her third marriage.',
  'The team is in its third season under him.',
  'Its third weekend drew crowds.',
  'Rain fell on the first day of the second week.',
]);
