import { describeCorpus } from '../../helpers/corpus';

describeCorpus('date', 'sets', [
  { expect: { value: 'P1Y', timexType: 'SET' }, phrases: ['The race is held [[every year]].', 'The report is published [[annually]].', 'The board meets [[twice a year]].', 'It builds tankers at a rate of 15 [[a year]].'] },
  { expect: { value: 'P1W', timexType: 'SET' }, phrases: ['New jobless claims are counted [[weekly]].', 'They meet [[each week]].'] },
  { expect: { value: 'P2W' }, phrases: ['The club meets [[every other week]].'] },
  { expect: { value: 'P2WE', timexType: 'SET' }, phrases: ['The course runs [[every two weekends]].'] },
  { expect: { value: 'XXXX-WXX-WE', timexType: 'SET' }, phrases: ['The course runs [[every weekend]].'] },
  { expect: { value: 'XXXX-WXX-1', timexType: 'SET' }, phrases: ['The market opens [[every Monday]].', 'The shop is closed on [[Mondays]].', 'The gym is shut [[mondays]].'] },
  { expect: { value: 'XXXX-WXX-5TMO', timexType: 'SET' }, phrases: ['The choir rehearses [[Friday mornings]].', 'The choir rehearses [[Fridays mornings]].', 'The choir rehearses [[every Friday morning]].'] },
  { expect: { value: 'XXXX-WXX-2TAF' }, phrases: ['i am free [[tuesday afternoons]].'] },
]);

describeCorpus('date', 'a frequency word that opens a sentence', [
  { expect: { value: 'P1D', timexType: 'SET' }, phrases: ['[[Daily]], the ferry leaves at noon.'] },
]);
