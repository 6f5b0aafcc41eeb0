import { describeCorpus, describeNegatives } from '../../helpers/corpus';

/** A Tuesday in the winter of 1995, a Sunday in the summer of 2006 and a Monday in the autumn of 2017. */
const TUESDAY_1995 = { referenceDate: '1995-01-17' };
const SUNDAY_2006 = { referenceDate: '2006-08-13' };
const MONDAY_2017 = { referenceDate: '2017-11-06' };

describeCorpus(
  'date',
  'tense cues of wire copy pick the weekday (reference Tuesday 1995-01-17)',
  [
    // A participle after "remain" or "stay" is a state, not a past event.
    { expect: { value: '1995-01-19' }, phrases: ['The border crossing will remain closed until [[Thursday]].', 'Banks will stay shut on [[Thursday]].'] },
    // Irregular past forms that the -ed rule cannot see.
    { expect: { value: '1995-01-12' }, phrases: ['The guerrillas said they would fight on after soldiers overran the camp on [[Thursday]].', 'Rebels overthrew the governor on [[Thursday]].'] },
    // A vote or a hearing in the present tense is on a timetable.
    { expect: { value: '1995-01-19' }, phrases: ['The province elects a new assembly on [[Thursday]].', 'The minister testifies before the committee on [[Thursday]].'] },
    { expect: { value: '1995-01-12' }, phrases: ['The province elected a new assembly on [[Thursday]].'] },
    { expect: { value: '1995-01-19' }, phrases: ['The trial continues on [[Thursday]].', 'The series premieres [[Thursday]] on cable.', 'Talks continue in Geneva on [[Thursday]].', 'The summit concludes [[Thursday]].'] },
    { expect: { value: '1995-01-12' }, phrases: ['The trial continued on [[Thursday]].', 'Talks that began on [[Thursday]] continue.'] },
    // A date fixed for an event lies ahead; one told as fixed in the past does not.
    { expect: { value: '1995-01-19' }, phrases: ['The hearing is set for [[Thursday]].', 'A vote slated for [[Thursday]] could slip.'] },
    { expect: { value: '1995-01-19T09:00' }, phrases: ['The trial is scheduled for [[9 a.m. Thursday]].', 'The hearing is set for [[9 a.m. Thursday]].'] },
    // An adverb between the auxiliary and the participle leaves the arrangement told in the past.
    { expect: { value: '1995-01-12' }, phrases: ['The hearing was originally set for [[Thursday]].', 'The vote had initially been scheduled for [[Thursday]].'] },
    { expect: { value: '1995-01-19' }, phrases: ['The hearing is originally set for [[Thursday]].'] },
    { expect: { value: '1995-01-12' }, phrases: ['The hearing was set for [[Thursday]].', 'The team is set for a busy month after [[Thursday]]\'s loss.'] },
    // After a plural subject the bare form is on a timetable too; as a noun or after "did" it is not.
    { expect: { value: '1995-01-19' }, phrases: ['Peace talks resume [[Thursday]] in Geneva.', 'Polls close [[Thursday]] in most states.', 'Voters go to the polls on [[Thursday]].', 'The central bank holds a meeting [[Thursday]].', "Voters head to the polls in [[Thursday]]'s election.", 'The team heads to Boston on [[Thursday]].'] },
    // A phrase of place or kind may stand between the plural subject and its verb; "close to" is no verb.
    { expect: { value: '1995-01-19' }, phrases: ['Voters in the borough go to the polls on [[Thursday]].', 'Ministers from the region meet on [[Thursday]].'] },
    { expect: { value: '1995-01-12' }, phrases: ['Voters in the borough went to the polls on [[Thursday]].', 'Sources in the party close to the leader spoke on [[Thursday]].'] },
    // Taking office is on a timetable, as taking effect is.
    { expect: { value: '1995-01-19' }, phrases: ['The new governor takes office on [[Thursday]].', 'The new cabinet takes power on [[Thursday]].'] },
    { expect: { value: '1995-01-12' }, phrases: ['The new governor took office on [[Thursday]].'] },
    // Readiness looks ahead to the deadline of its infinitive, as a directive does.
    { expect: { value: '1995-01-19' }, phrases: ['The union said it was ready to strike until [[Thursday]].', 'Landlords said they were prepared to wait until [[Thursday]].'] },
    { expect: { value: '1995-01-12' }, phrases: ['The union said it was ready to strike on [[Thursday]].', 'The union stayed out until [[Thursday]].'] },
    // A side's name before a bare fixture verb is its plural subject, as British copy writes it.
    { expect: { value: '1995-01-19' }, phrases: ['Brazil face Argentina on [[Thursday]].', 'Juventus meet Ajax in Rome on [[Thursday]].', 'Arsenal play at home [[Thursday]].'] },
    { expect: { value: '1995-01-12' }, phrases: ['Brazil faced Argentina on [[Thursday]].', 'Face masks sold out on [[Thursday]].', 'The play on [[Thursday]] drew crowds.', 'This meet on [[Thursday]] drew crowds.'] },
    // So is it before the verbs of a start, but not a capital one of a name, nor after a possessive.
    { expect: { value: '1995-01-19' }, phrases: ['Ireland begin their title defence on [[Thursday]].', 'Leinster start the tournament at home on [[Thursday]].', 'Spain open their campaign against Italy on [[Thursday]].'] },
    { expect: { value: '1995-01-12' }, phrases: ['Graf won the French Open on [[Thursday]].', "Shearer's start on [[Thursday]] ended in defeat."] },
    // After a relative pronoun the bare form agrees with a plural before it.
    { expect: { value: '1995-01-19' }, phrases: ['Fans flocked to the Games, which open on [[Thursday]].', 'The All Blacks, who play Wales on [[Thursday]], named their side.'] },
    // A future word inside a hyphenated compound is an adjective, no tense.
    { expect: { value: '1995-01-12' }, phrases: ['The chipmaker unveiled next-generation processors on [[Thursday]].', 'A would-be buyer walked away on [[Thursday]].'] },
    { expect: { value: '1995-01-19' }, phrases: ['The chipmaker will unveil next-generation processors on [[Thursday]].'] },
    // So are a group's nouns, and the verbs of a journey or of hosting a fixture.
    { expect: { value: '1995-01-19' }, phrases: ["The manager's side travel to Milan on [[Thursday]].", 'The squad fly out on [[Thursday]].', 'Arsenal host Chelsea on [[Thursday]].', 'Leeds visit Everton on [[Thursday]].', 'Fans travel to the final on [[Thursday]].'] },
    { expect: { value: '1995-01-12' }, phrases: ['The travel ban began on [[Thursday]].', 'He took a flight home on [[Thursday]].', 'The squad flew out on [[Thursday]].', 'A host of clubs signed players on [[Thursday]].'] },
    // A figure's change after "after" and a gerund is reported data, behind a forecast around it.
    { expect: { value: '1995-01-12' }, phrases: ['Output is expected to stagnate this month after falling 2% on [[Thursday]].', 'Shares should recover after sliding as much as 8% on [[Thursday]].'] },
    { expect: { value: '1995-01-19' }, phrases: ['Leaders will speak to reporters after meeting on [[Thursday]].'] },
    { expect: { value: '1995-01-12' }, phrases: ['The fair was off to a slow start on [[Thursday]].', 'Its return on [[Thursday]] drew crowds.', 'Department heads met on [[Thursday]].', 'Media reports [[Thursday]] said the talks had failed.', 'Sources close to the talks, speaking [[Thursday]], were upbeat.'] },
  ],
  TUESDAY_1995,
);

describeCorpus(
  'date',
  'an ordinal after a weekday that counts the noun after it is no day of the month (reference Tuesday 1995-01-17)',
  [
    { expect: { value: '1995-01-13' }, phrases: ['The central bank cut rates on [[Friday]], the second cut in a month.', 'Troops withdrew on [[Friday]], the third pullback this winter.', 'She won on [[Friday]], the first Irish rider to take the title.'] },
    // A spelled ordinal before "in" and the field it ranks in; a part of the day after "in" goes on with the date.
    { expect: { value: '1995-01-13' }, phrases: ['A ban took effect on [[Friday]], the first in the region since the war.', 'Miners struck on [[Friday]], the second in a month.'] },
    { expect: { value: '1995-02-03' }, phrases: ['The fair opens on [[Friday the third]] in the morning.'] },
    { expect: { value: '1995-03-01' }, phrases: ['The talks end on [[Wednesday, the first of March]].'] },
    { expect: { value: '1994-12-13' }, phrases: ['The plant closed on [[Tuesday the 13th]].'] },
    { expect: { rule: 'date/day-of-month' }, phrases: ['Stocks Slide on [[Tuesday the 13th]] Amid Panic'] },
  ],
  TUESDAY_1995,
);

describeCorpus(
  'date',
  'the weekend ahead, told on a weekend day, is the one under way (reference Sunday 2006-08-13)',
  [
    { expect: { value: '2006-W32-WE' }, phrases: ['Rescue teams will keep searching through [[the weekend]].', 'Talks dragged on over [[the weekend]].'] },
  ],
  SUNDAY_2006,
);

describeCorpus(
  'date',
  'a season every year is a set',
  [
    { expect: { value: 'XXXX-SU', timexType: 'SET' }, phrases: ['Floods close the pass [[every summer]].'] },
    { expect: { value: 'XXXX-WI', timexType: 'SET' }, phrases: ['Geese return to the lake [[each winter]].'] },
  ],
  SUNDAY_2006,
);

describeCorpus(
  'date',
  'a calendar quarter named by its months (reference Monday 2017-11-06)',
  [
    { expect: { value: '2017-Q3', rule: 'date/quarter-months' }, phrases: ['Exports grew 2 percent in [[the July-September quarter]].', 'Exports grew in [[the July to September quarter]].'] },
    { expect: { value: '2016-Q4' }, phrases: ['Exports grew in [[the October-December quarter of 2016]].'] },
    { expect: { value: '2018-Q1' }, phrases: ['The ministry expects growth to slow in [[the Jan.-March quarter]].'] },
    { expect: { value: '2017-Q2' }, phrases: ['Output rose in [[the April-June period]].', 'Output rose in [[the April-to-June quarter]].'] },
  ],
  MONDAY_2017,
);

describeCorpus('date', 'a fiscal quarter whose months are no calendar quarter stays two months', [{ expect: { value: '2016-11' }, phrases: ['Sales rose in the [[November]]-January quarter.'] }], MONDAY_2017);

describeCorpus(
  'date',
  'a clock time before a capitalized word that opens the next sentence keeps its own day (reference Monday 2017-11-06)',
  [
    { expect: { value: '2017-11-06T10:00' }, phrases: ['The river crested at [[10 a.m.]] Ferries will not run on Wednesday.'] },
    { expect: { value: '2017-11-06T21:00' }, phrases: ['The address will air at [[9 p.m. EST]], aides said.'] },
  ],
  MONDAY_2017,
);

/** A Wednesday early in 1990, when fourth-quarter results come out. */
const JANUARY_1990 = { referenceDate: '1990-01-24' };

describeCorpus(
  'date',
  '"the year" of a results story is the year of the quarter it reported (reference 1990-01-24)',
  [
    { expect: { value: '1989' }, phrases: ['The bank posted a fourth-quarter loss. For [[the year]], it earned $40 million.'] },
    { expect: { value: '1990' }, phrases: ['The bank expects losses to narrow. For [[the year]], it sees a profit.'] },
  ],
  JANUARY_1990,
);

describeCorpus(
  'date',
  'a clock time told in the past falls on no day still to come (reference 1990-01-24)',
  [
    { expect: { value: '1990-01-23T14:15' }, phrases: ['The rocket was launched yesterday. Its mission ends Feb. 3. It lifted off at [[2:15 p.m.]]'] },
    { expect: { value: '1990-02-03T09:00' }, phrases: ['Its mission ends Feb. 3. Landing is set for [[9 a.m.]]'] },
    // Nor on one its own sentence names ahead of the report.
    { expect: { value: '1990-01-24T11:00' }, phrases: ['Landfall is forecast early Friday, the weather service said in its [[11 a.m.]] bulletin.'] },
    { expect: { value: '1990-01-26T11:00' }, phrases: ['Landfall is forecast early Friday, and the service will issue a bulletin at [[11 a.m.]]'] },
  ],
  JANUARY_1990,
);

describeCorpus(
  'date',
  'the month just ended stays behind in a forward-looking sentence (reference 1990-01-24)',
  [
    { expect: { value: '1989-12' }, phrases: ['Figures for [[December]] will be released on Friday.'] },
    { expect: { value: '1990-11' }, phrases: ['The company will hold a vote in [[November]].'] },
  ],
  JANUARY_1990,
);

/** A Friday in the summer of 1995. */
const SUMMER_1995 = { referenceDate: '1995-07-21' };

describeCorpus(
  'date',
  'an expectation looks ahead even in a reported sentence (reference 1995-07-21)',
  [
    { expect: { value: '1995-10' }, phrases: ['The maker said it expects to ship the drive in [[October]].', 'The agency said it anticipates a decision in [[October]].'] },
    { expect: { value: '1995-FA' }, phrases: ['The studio said it predicts a recovery in [[the fall]].'] },
    { expect: { value: '1994-10' }, phrases: ['The maker said it shipped the drive in [[October]].'] },
    // The plural present looks ahead like the -s form; a past form after an article is a noun ("a cut").
    { expect: { value: '1995-10' }, phrases: ['Most economists expect a cut in [[October]].', 'We anticipate a hit to margins in [[October]].', 'Traders predict a rise after the set of data due in [[October]].'] },
    { expect: { value: '1996-03' }, phrases: ['Dealers foresee the cut in [[March]].', 'Unions intend to strike in [[March]].'] },
    // Names or an adverb before it: no noun is spelled "expect", so it is the verb.
    { expect: { value: '1996-03' }, phrases: ['Westland and Harcourt now expect the first cut in [[March]].', 'Both banks still expect a cut in [[March]].'] },
    { expect: { value: '1995-03' }, phrases: ['Investors had come to expect a cut in [[March]].', 'Few analysts did not expect a cut in [[March]].'] },
    { expect: { value: '1995-FA' }, phrases: ['Analysts expect a recovery in [[the fall]].'] },
    // A stretch the infinitive's act fills after a directive dates that act, like a deadline.
    { expect: { value: '1995-WI' }, phrases: ['Teachers voted to strike during [[the winter]] term.', 'The cartel agreed to cut output throughout [[the winter]].'] },
    { expect: { value: '1995-07-20' }, phrases: ['The union voted to strike during talks on [[Thursday]].'] },
    { expect: { value: '1994-WI' }, phrases: ['Prices fell during [[the winter]].'] },
    { expect: { value: '1994-10' }, phrases: ['The bank that cut rates in [[October]] held them steady.', 'Economists did not expect the slump in [[October]].', 'The proposed merger collapsed in [[October]].'] },
  ],
  SUMMER_1995,
);

describeCorpus(
  'date',
  'a month that is also a name opens a sentence before the figures it dates (reference 1995-07-21)',
  [
    { expect: { value: '1995-06' }, phrases: ['Output slowed. [[June]] sales fell 2 percent.'] },
    { expect: { value: '1995-05' }, phrases: ['[[May]] exports were revised up.'] },
  ],
  SUMMER_1995,
);

describeNegatives('date', 'a month that is a given name before a surname or a verb', ['[[June]] Carter sang.', '[[May]] Lee left early.'], SUMMER_1995);

describeCorpus(
  'date',
  'a present copula before a date puts it on a timetable (reference 1995-07-21)',
  [
    { expect: { value: '1995-07-24' }, phrases: ['The vote is [[Monday]].', 'The deadline is on [[Monday]].'] },
    { expect: { value: '1995-07-17' }, phrases: ['The vote was [[Monday]].'] },
  ],
  SUMMER_1995,
);

describeCorpus(
  'date',
  'the previous or following quarter counts from the quarter the story named (reference 1990-01-24)',
  [
    { expect: { value: '1989-Q2' }, phrases: ['Exports rose in the third quarter of 1989 from [[the previous quarter]].'] },
    { expect: { value: '1990-Q1' }, phrases: ['The bank reported a fourth-quarter loss and sees a profit in [[the following quarter]].'] },
    // The day the report came out is no period the quarter counts from.
    { expect: { value: '1989-Q2' }, phrases: ['Output grew in the three months to September, the agency said on Tuesday, down from [[the previous quarter]].'] },
    { expect: { value: '1989-12' }, phrases: ['The firm said on Tuesday that sales rose, after falling [[the previous month]].'] },
  ],
  JANUARY_1990,
);

/** A Wednesday in the summer of 1990, when futures pages name contracts by their delivery month. */
const WEDNESDAY_1990 = { referenceDate: '1990-08-15' };

describeCorpus(
  'date',
  'a contract month is the next of its name, whatever the tense (reference 1990-08-15)',
  [
    { expect: { value: '1990-10', rule: 'date/month' }, phrases: ['Gold for [[October]] delivery rose $6.40 yesterday.', 'The [[October]] contract fell 2 cents.', '[[October]] futures closed lower.'] },
    { expect: { value: '1990-12' }, phrases: ['[[December]] crude oil rose 90 cents.', 'The [[December]] wheat contract slipped.'] },
    { expect: { value: '1991-03' }, phrases: ['Corn for [[March]] delivery fell 2 cents.', 'The [[March]] contract ended lower.'] },
    { expect: { value: '1990-08' }, phrases: ['Crude for [[August]] delivery expired Monday.'] },
  ],
  WEDNESDAY_1990,
);

describeCorpus(
  'date',
  'a month in time before a commodity keeps its tense (reference 1990-08-15)',
  [
    { expect: { value: '1989-10' }, phrases: ['In [[October]] gold prices fell.'] },
    { expect: { value: '1990-03' }, phrases: ['Prices rose in [[March]].'] },
  ],
  WEDNESDAY_1990,
);

describeCorpus(
  'date',
  'a plan named as a noun is no cue of the future; the verb that plans something is (reference Wednesday 2011-10-12)',
  [
    { expect: { value: '2011-10-11' }, phrases: ['Lawmakers rejected the rescue plan [[Tuesday]], but a second vote is likely.', 'The council shelved its housing plans on [[Tuesday]].'] },
    { expect: { value: '2011-10-18' }, phrases: ['The party plans a vote on [[Tuesday]].', 'Unions plan to strike on [[Tuesday]].'] },
  ],
  { referenceDate: '2011-10-12' },
);

describeCorpus(
  'date',
  'the day a report came out is no period its figures compare with (reference Friday 2016-04-08)',
  [
    { expect: { value: '2015-03' }, phrases: ['Prices rose 1 percent in March, the bureau said Friday, and were up 3 percent from [[a year ago]].'] },
    { expect: { value: '2015-03' }, phrases: ['Pay rose in March, the agency reported on Thursday. It was up 2 percent from [[a year earlier]].'] },
  ],
  { referenceDate: '2016-04-08' },
);

describeCorpus(
  'date',
  'a past verb of the event a day dates puts it on or before the report; a reported plan may lie ahead (reference 2021-12-01)',
  [
    { expect: { value: '2021-03-23' }, phrases: [
      'The ship ran aground on [[March 23]].',
      'The ferry sank off Crete on [[Tuesday, March 23]].',
      'The final was played on [[March 23]].',
      'The company said it opened a plant on [[March 23]].',
    ] },
    { expect: { value: '2022-03-23' }, phrases: [
      'He said the vote is on [[March 23]].',
      'They agreed to meet on [[March 23]].',
      'They booked a room for [[March 23]].',
      'The last flight, which launches [[March 23]], is full.',
    ] },
  ],
  { referenceDate: '2021-12-01' },
);

describeCorpus(
  'date',
  'a weekday stated with a yearless day picks the year it is true of (reference Wednesday 2021-12-01)',
  [
    { expect: { value: '2021-12-02' }, phrases: ['Officials met on [[Thursday, Dec. 2]].'] },
    { expect: { value: '2022-03-23' }, phrases: ['The vote is on [[Wednesday, March 23]].'] },
    { expect: { value: '2021-03-23' }, phrases: ['Aides said the vote was on [[Tuesday, March 23]].'] },
  ],
  { referenceDate: '2021-12-01' },
);

describeCorpus(
  'date',
  'a change told in the present from a month, or a departure on a timetable, lies ahead (reference Monday 2017-11-06)',
  [
    { expect: { value: '2018-03' }, phrases: ['Rail fares rise from [[March]], the operator said.', 'Water bills go up from [[March]] as costs climb.', 'The new charge kicks in from [[March]].', 'The cap falls from [[March]], the regulator said on Friday.'] },
    { expect: { value: '2018-04' }, phrases: ['New rules apply from [[April]], requiring banks to hold more capital.', 'The levy applies from [[April]].'] },
    { expect: { value: '2018-04-06' }, phrases: ['The tax rises from [[April 6]].'] },
    // The size of the change may stand between the verb and "from".
    { expect: { value: '2018-03' }, phrases: ['Rail fares rise by 3.4% from [[March]], the operator said.', 'Water bills go up by an average of £20 from [[March]].'] },
    { expect: { value: '2017-03' }, phrases: ['Rail fares rose by 3.4% from [[March]], the report said.'] },
    { expect: { value: '2018-03' }, phrases: ['The chairman steps down in [[March]], the bank said.', 'The governor retires in [[March]].'] },
    // A past verb, a noun after the month or a determiner before the verb tells no change ahead.
    { expect: { value: '2017-03' }, phrases: ['Exports rose from [[March]], the report said.', 'Shares fall from [[March]] highs.', 'Prices did not rise from [[March]], the report said.', 'Lawmakers returned from [[March]] recess with a plan.'] },
  ],
  MONDAY_2017,
);

/** A Tuesday in May 2024: plans made before the report name months either side of it. */
const MAY_2024 = { referenceDate: '2024-05-14' };

describeCorpus(
  'date',
  'the old date of a postponed plan lies before its new one (reference Tuesday 2024-05-14)',
  [
    { expect: { value: '2024-03' }, phrases: ['The vote, originally planned for [[March]], was pushed back to June.', 'The launch, initially scheduled for [[March]], has been postponed until August.'] },
    { expect: { value: '2024-03-20' }, phrases: ['The hearing, first set for [[March 20]], was delayed to June 4.'] },
    // A plan brought forward was for a date after the new one.
    { expect: { value: '2025-01' }, phrases: ['The election, originally due in [[January]], has been brought forward to November.'] },
    // Without a word for the old plan, or with its own year, the date keeps the tense's reading.
    { expect: { value: '2025-03' }, phrases: ['The vote is planned for [[March]], officials said.'] },
    { expect: { value: '2026-03' }, phrases: ['The vote, originally planned for [[March 2026]], was pushed back to June.'] },
    // A plan told as due, and a new date that tells no way: the old date nearest the new one, the earlier on a tie.
    { expect: { value: '2024-03' }, phrases: ['The plant was due to open in [[March]] but will now open in September.'] },
  ],
  MAY_2024,
);

describeCorpus(
  'date',
  'a moved plan whose new date tells no way keeps its old date nearest the new one (reference 2024-11-20)',
  [
    { expect: { value: '2025-03' }, phrases: ['The conference, originally slated for [[March]], will now be held in January.'] },
    { expect: { value: '2024-10' }, phrases: ['The race was scheduled to take place in [[October]] but was rescheduled for December.'] },
  ],
  { referenceDate: '2024-11-20' },
);

describeCorpus(
  'date',
  'a date put off to lies ahead, also as "a date in" a month or with a position word (reference Tuesday 2024-05-14)',
  [
    { expect: { value: '2024-09' }, phrases: ['The inquest was opened and adjourned until a date in [[September]].'] },
    { expect: { value: '2025-03', mod: 'START' }, phrases: ['The case was adjourned to a date in [[early March]].', 'The case was adjourned to [[early March]].'] },
    { expect: { value: '2024-03' }, phrases: ['The trial was adjourned in [[March]].'] },
  ],
  MAY_2024,
);

describeCorpus(
  'date',
  'a present copula before "in" and a month puts it on a timetable (reference Tuesday 2024-05-14)',
  [
    { expect: { value: '2024-11' }, phrases: ['The primary was held in March, and the general election is in [[November]].'] },
    { expect: { value: '2024-03' }, phrases: ['The primary was held in [[March]], and the general election is in November.', 'The primary was in [[March]].'] },
  ],
  MAY_2024,
);

describeCorpus(
  'date',
  '"votes" after a name is a vote on a timetable (reference Tuesday 1995-01-17)',
  [
    { expect: { value: '1995-01-22' }, phrases: ['Spain votes in a general election on [[Sunday]].', 'The Senate votes on the bill [[Sunday]].'] },
    // After a determiner or a possessive it is the noun.
    { expect: { value: '1995-01-15' }, phrases: ['Officials counted the votes on [[Sunday]].', "Labour's votes on [[Sunday]] were counted."] },
  ],
  TUESDAY_1995,
);

describeCorpus(
  'date',
  'a change named by a noun with its figure after "after" or "following" is reported data (reference 1996-04-04)',
  [
    { expect: { value: '1996-02' }, phrases: ['Economists expect a gain of 150,000 jobs, after a rise of 705,000 in [[February]].', 'Prices should recover, following a 0.3% decline in [[February]].', 'Output will grow after a revised 2.1% drop in [[February]].'] },
    // Without its figure the change may be one still to come.
    { expect: { value: '1997-02' }, phrases: ['Analysts expect sales to rebound after a drop in [[February]].'] },
  ],
  { referenceDate: '1996-04-04' },
);
