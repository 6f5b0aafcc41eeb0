import { describeCorpus, describeNegatives } from '../../helpers/corpus';

// Reference Friday 2024-02-16. TIMEX3 parts of the day: a meal takes the part it falls in.
describeCorpus('date', 'a meal after a preposition of time', [
  { expect: { value: '2024-02-16TMI', timexType: 'TIME' }, phrases: ["Let's talk at [[lunch]].", 'He called at [[lunchtime]].', 'She left before [[lunch]].', '[[Lunchtime]] trade was thin.'] },
  { expect: { value: '2024-02-16TEV' }, phrases: ['The report is due by [[dinner time]].', 'We stayed until [[supper]].', 'He rang after [[dinnertime]].'] },
  { expect: { value: '2024-02-13TMO' }, phrases: ['We met at [[breakfast]] on Tuesday.'] },
  { expect: { value: '2024-02-17TMI' }, phrases: ['We will decide at [[lunch]] tomorrow.'] },
]);

describeNegatives('date', 'meals that are events or modify a noun', [
  'The lunch ran long.',
  'He gave a speech at a dinner for donors.',
  'He delivered after dinner speeches.',
  'They booked a breakfast meeting.',
]);

describeCorpus('date', 'a meridiem said as the half of the day', [
  { expect: { value: '2024-02-16TAF', timexType: 'TIME' }, phrases: ['The store opens in [[the PM]].', 'I work in [[the p.m.]] and rest later.', 'Calls come in [[the pm]], mostly.'] },
  { expect: { value: '2024-02-16TMO' }, phrases: ['Deliveries arrive in [[the a.m.]]'] },
]);

describeNegatives('date', 'the Prime Minister and AM radio', ['Voters lost confidence in the PM.', "Talks in the PM's office ended.", 'Faith in the PM and his team fell.', 'He listens to talk in the AM band.']);

describeCorpus('date', 'an hour range in a part of the day after "from"', [
  { expect: { value: '2024-02-16T16:00' }, phrases: ['The meeting runs from 3 to [[4 in the afternoon]].', 'The clinic is open between 3 and [[4 in the afternoon]].'] },
]);

describeNegatives('date', 'a figure that changed from 3 to 4', ['Turnout rose from [[3]] to [[4]] in the afternoon.', 'Shares closed from [[3]] to [[4]] in the afternoon session.']);

describeCorpus('date', 'an edge of daylight after a preposition of time', [
  { expect: { value: '2024-02-16TMO', timexType: 'TIME' }, phrases: ['Gunmen struck at [[dawn]].', 'Troops moved in before [[daybreak]].', 'The search resumed at [[first light]].', 'Crowds lined up before [[sunrise]].'] },
  { expect: { value: '2024-02-16TEV', timexType: 'TIME' }, phrases: ['Fighting went on until [[dusk]].', 'The fast ends at [[sunset]].', 'Rebels withdrew after [[nightfall]].'] },
  { expect: { value: '2024-02-12TMO' }, phrases: ['Jets bombed the port before [[dawn Monday]].'] },
  { expect: { value: '2024-02-16TAF' }, phrases: ['Trading picked up in [[midafternoon]].', 'The rain stopped by [[mid-afternoon]].'] },
  { expect: { value: '2024-02-16TMO' }, phrases: ['Prices slipped in [[midmorning]] dealings.'] },
]);

describeNegatives('date', 'daylight as a figure, a name or a noun modifier', [
  'It marked the dawn of a new era.',
  'They met at Dawn\'s house.',
  'The law has a sunset clause.',
  'Lawmakers added a sunset provision.',
  'He ate a midmorning snack.',
  'He waited for dawn\'s early light.',
]);

describeCorpus('date', 'the whole of a part of the day', [
  { expect: { value: '2024-02-16TNI', timexType: 'TIME' }, phrases: ['Residents heard explosions [[all night]].', 'The talks went on [[all night long]], aides said.'] },
  { expect: { value: '2024-02-16TMO' }, phrases: ['It rained [[all morning]] and then cleared.'] },
]);

describeNegatives('date', 'a whole part of the day before the noun it qualifies', ['They held an all night vigil.', 'It was an all morning affair.']);

describeCorpus('date', 'a part of the day counted from the day last named', [
  { expect: { value: '2024-02-13TMO', timexType: 'TIME' }, phrases: ['The rebels attacked on Feb. 12. They withdrew [[the next morning]].', 'The rebels attacked on Feb. 12. [[The following morning]] they withdrew.'] },
  { expect: { value: '2024-02-11TNI' }, phrases: ['The rebels attacked on Feb. 12. Scouts had come [[the night before]].', 'The rebels attacked on Feb. 12. Scouts had come [[the previous night]].'] },
  { expect: { value: '2024-02-12TEV' }, phrases: ['The rebels attacked on Feb. 12. They withdrew [[the same evening]].'] },
]);

describeCorpus('date', 'the hours after midnight, and a part of the day an event names', [
  { expect: { value: '2024-02-16TMO', timexType: 'TIME' }, phrases: ['Talks ran into [[the small hours]].', 'He got home in [[the wee hours of the morning]].'] },
  { expect: { value: '2024-02-16TMO' }, phrases: ['Voters queued on [[the morning]] of the vote.'] },
  { expect: { value: '2024-02-16TNI' }, phrases: ['Crowds gathered on [[the night]] of the election.'] },
]);

describeNegatives('date', 'a part of the day in a title', ['He wrote about the Night of the Long Knives.']);

describeCorpus('date', 'a part of the day a forecast or a plan is for (reference 2024-02-16)', [
  { expect: { value: '2024-02-16TAF', timexType: 'TIME', rule: 'date/day-part' }, phrases: ['Heavy rain is forecast for [[the afternoon]].', 'The vote is scheduled for [[the afternoon]].'] },
  { expect: { value: '2024-02-16TEV' }, phrases: ['A second session is planned for [[the evening]].'] },
]);
describeNegatives('date', 'leaving for the evening is leaving for the day', ['Staff had left for the evening.', 'Thanks for the evening, she said.']);
