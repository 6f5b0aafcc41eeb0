import { describeCorpus, describeNegatives } from '../../helpers/corpus';

// Reference Friday 2024-02-16.
describeCorpus('date', '"this Monday" is the current week\'s, or the coming one when the clause looks ahead', [
  { expect: { value: '2024-02-12' }, phrases: ['The board met [[this Monday]].', 'Shares fell sharply [[this monday]].'] },
  { expect: { value: '2024-02-19' }, phrases: ['I will see you [[this monday]].', 'The panel is going to rule [[this Monday]].'] },
  { expect: { value: '2024-02-17' }, phrases: ['The board will meet [[this Saturday]].', 'The strike ends [[this Saturday]].'] },
]);

describeCorpus('date', 'the British "Monday next" (the coming Monday) and "Monday week" (the one after)', [
  { expect: { value: '2024-02-19' }, phrases: ['We will meet [[Monday next]].', 'He will decide on [[Monday next]], aides said.'] },
  { expect: { value: '2024-02-18' }, phrases: ['Voters go to the polls on [[Sunday next]].'] },
  { expect: { value: '2024-02-26' }, phrases: ['The trial starts [[Monday week]].', 'Parliament sits again on [[Monday week]].'] },
  { expect: { value: '2024-02-19' }, phrases: ['We meet [[Monday next week]].', 'He will decide [[next Monday]] week.'] },
  // "next" and "week" that begin other words stay out of the span.
  { expect: { value: '2024-02-12' }, phrases: ['We met on [[Monday]] next to the river.', 'Police said on [[Monday]] week-long curfews would end.'] },
]);


// A title-case headline with a story below it: "to" and a capitalized verb is a plan.
describeCorpus('date', 'a weekday in a title-case headline of a plan', [
  { expect: { value: '2024-02-20' }, phrases: ['Senate to Vote [[Tuesday]] on Budget\n\nWASHINGTON -- The Senate said it would vote on the budget.', 'Talks To Resume [[Tuesday]]\n\nGENEVA -- Negotiators said the talks had stalled.'] },
  { expect: { value: '2024-02-13' }, phrases: ['Obama Flies to Berlin [[Tuesday]]\n\nBERLIN -- The president arrived in Berlin.'] },
]);

// Reference Friday 2024-02-16: a date something is put off to lies ahead, though the verb is past.
describeCorpus('date', 'a weekday or month that a postponement moves to', [
  { expect: { value: '2024-02-20' }, phrases: ['The vote was postponed to [[Tuesday]].', 'The court adjourned until [[Tuesday]].', 'The launch has been pushed back to [[Tuesday]].', 'The match was rescheduled for [[Tuesday]].'] },
  { expect: { value: '2024-04' }, phrases: ['The sale was delayed until [[April]].'] },
  // No postponement: a past verb keeps the day before.
  { expect: { value: '2024-02-13' }, phrases: ['The vote was held on [[Tuesday]].', 'The team moved to [[Tuesday]] training after the rain.', 'Prices fell to [[Tuesday]]\'s lows.'] },
]);

// Reference Friday 2024-02-16: after a verb that directs or commits someone, the deadline of the
// infinitive's act lies ahead, though the verb is past.
// Reference Friday 2024-02-16: a present perfect tells a state that holds now, lasting up to a day ahead.
describeCorpus('date', 'a state told in the present perfect lasts until a day ahead', [
  { expect: { value: '2024-02-20' }, phrases: ['Officials have closed the schools until [[Tuesday]].', 'The league has suspended the striker until [[Tuesday]].', "They've shut the bridge till [[Tuesday]]."] },
  { expect: { value: '2024-03' }, phrases: ['The regulator has frozen the licence until [[March]].'] },
  // A past or past perfect state ended before the report.
  { expect: { value: '2024-02-13' }, phrases: ['Officials had closed the schools until [[Tuesday]].', 'The bridge was closed until [[Tuesday]].'] },
]);

// Reference Friday 2024-02-16: an attribution after a stretch that lasts up to a day dates the report, not the stretch.
describeCorpus('date', 'a present stretch lasting until a day, with the attribution after it', [
  { expect: { value: '2024-02-20' }, phrases: ['The heat warning remains in effect through [[Tuesday]], the weather service said.', 'The bridge stays shut until [[Tuesday]], the council said on Friday.', 'The warning is in force until [[Tuesday]], officials said.'] },
  { expect: { value: '2024-02-20T20:00' }, phrases: ['An excessive heat warning remains in effect through [[8 p.m. Tuesday]], forecasters said.'] },
  // A stretch told in the past ended before the report.
  { expect: { value: '2024-02-13' }, phrases: ['The road was closed until [[Tuesday]], officials said.', 'Schools stayed shut until [[Tuesday]], officials said.'] },
]);

describeCorpus('date', 'a deadline after the infinitive a directive governs', [
  { expect: { value: '2024-02-20' }, phrases: ['The mayor urged the council to approve the budget by [[Tuesday]].', 'Rebels agreed to hand over their weapons before [[Tuesday]].', 'The judge ordered the firm to pay the fine no later than [[Tuesday]].'] },
  { expect: { value: '2024-12' }, phrases: ['The minister asked lenders to cut their rates by [[December]].', 'Producers agreed to keep the curbs in place through [[December]].'] },
  { expect: { value: '2024-Q4', mod: 'END' }, phrases: ['Producers agreed to extend the curbs through [[the end of the fourth quarter]].'] },
  { expect: { value: '2024-11' }, phrases: ['Lawyers asked the judge to delay the trial until after the [[November]] election.', 'The union urged members to vote by the [[November]] deadline.'] },
  { expect: { value: '2023-12' }, phrases: ['The minister asked lenders to cut their rates in [[December]].'] },
  // A plain date after the infinitive, or one before it, dates the directive; a verb that directs
  // nobody keeps the past, and "to" before a number is no infinitive.
  { expect: { value: '2024-02-13' }, phrases: ['The board agreed to buy the company on [[Tuesday]].', 'The mayor urged the council on [[Tuesday]] to approve the budget.', 'He flew to Rome to meet the pope before [[Tuesday]].', 'The Senate voted 60 to 40 on [[Tuesday]].'] },
]);

describeCorpus('date', 'a deadline after the infinitive a past hope or plan governs', [
  { expect: { value: '2024-02-20' }, phrases: ['The chancellor said he hoped to form a government by [[Tuesday]].', 'They aimed to reopen the line before [[Tuesday]].'] },
  // A past perfect tells of a hope that failed; trying is told of attempts that ended.
  { expect: { value: '2024-02-13' }, phrases: ['He had hoped to form a government by [[Tuesday]].', 'The firm sought to close the deal before [[Tuesday]].'] },
]);

describeCorpus('date', 'a deadline for the act a promise or a demand names by a noun', [
  { expect: { value: '2024-02-20' }, phrases: ['The union demanded an answer by [[Tuesday]].', 'The minister promised a decision before [[Tuesday]].', 'Rebels threatened fresh attacks by [[Tuesday]].'] },
  { expect: { value: '2024-12-25' }, phrases: ['The governor hinted at a rate cut before [[Christmas]].', 'She pledged a new vote by [[Christmas]].'] },
  // An act done before the day, and a plain date after the object, keep the past.
  { expect: { value: '2023-12-25' }, phrases: ['The parties agreed a deal before [[Christmas]].', 'Shops reported weak sales before [[Christmas]].'] },
  { expect: { value: '2024-02-13' }, phrases: ['The minister promised a decision on [[Tuesday]].'] },
]);

describeCorpus('date', 'the end of a measure put in force, which runs on past the report', [
  { expect: { value: '2024-02-20' }, phrases: ['Forecasters issued a flood watch through [[Tuesday]].', 'The city extended the curfew until [[Tuesday]].', 'The ban was reimposed until [[Tuesday]].'] },
  { expect: { value: '2024-02-20TEV' }, phrases: ['The agency issued a storm warning for the coast through [[Tuesday evening]].'] },
  { expect: { value: '2024-03' }, phrases: ['The league suspended the striker until [[March]].'] },
  // A closure or a halt is told as often of one already over, and a plain date dates the act.
  { expect: { value: '2024-02-13TAF' }, phrases: ['Police closed the road until [[Tuesday afternoon]].'] },
  { expect: { value: '2024-02-13' }, phrases: ['The ministry issued a statement on [[Tuesday]].'] },
]);

describeCorpus('date', 'time granted until a day is a deadline ahead of the report (reference Friday 2024-02-16)', [
  { expect: { value: '2024-02-20' }, phrases: ['He was given until [[Tuesday]] to respond.', 'The judge gave the state until [[Tuesday]] to file its brief.', 'The defence was granted until [[Tuesday]] to reply.'] },
  { expect: { value: '2024-02-20T17:00', timexType: 'TIME' }, phrases: ['He has been given until [[5pm]] on Tuesday to surrender his passport.', 'The court allowed him until [[5pm]] on Tuesday to pay.'] },
  // A deadline told in the past perfect, and a stretch that ran up to the day, keep the past.
  { expect: { value: '2024-02-13' }, phrases: ['He had until [[Tuesday]] to respond but missed it.', 'The strike lasted until [[Tuesday]].'] },
]);

describeCorpus('date', '"the following Monday" and "the previous Tuesday" count from the day the story last named', [
  { expect: { value: '2021-03-29' }, phrases: ['The ship ran aground on March 23, 2021. Two days later tugs arrived. By [[the following Monday]] it was afloat.'] },
  { expect: { value: '2021-03-29TEV' }, phrases: ['The ship ran aground on March 23, 2021. By the following Monday it was afloat. The canal reopened [[that evening]].'] },
  { expect: { value: '2023-11-07' }, phrases: ['He was arrested on Friday, Nov. 10, 2023. He had been seen [[the previous Tuesday]].'] },
  // With no day named before, they count from the report's.
  { expect: { value: '2024-02-19' }, phrases: ['Talks resume [[the following Monday]].'] },
]);

// Reference Friday 2024-02-16: "to" before a plural noun is a preposition, no plan.
describeCorpus('date', 'a weekday after "to" and a plural noun takes the tense of the main verb', [
  { expect: { value: '2024-02-14' }, phrases: ['Speaking to supporters [[early Wednesday]], the mayor said the count was over.', 'Writing to shareholders on [[Wednesday]], the chairman apologized.'] },
  { expect: { value: '2024-02-21' }, phrases: ['The board plans to discuss the bid on [[Wednesday]].'] },
]);

// Reference Friday 2024-02-16: an event no one schedules lies behind the day that owns it.
describeCorpus('date', "a weekday that owns an unplanned event has passed, whatever the clause's tense", [
  { expect: { value: '2024-02-13' }, phrases: ["Crews will keep searching after [[Tuesday]]'s magnitude 6.1 earthquake.", "Police will question witnesses to [[Tuesday]]'s bombing."] },
  { expect: { value: '2024-02-20' }, phrases: ["Ministers will meet ahead of [[Tuesday]]'s vote.", "Forecasters expect [[Tuesday]]'s storm to bring snow."] },
]);

// Reference Friday 2024-02-16: a start on a timetable in the present looks ahead.
describeCorpus('date', 'an event that "gets under way" or a golfer who "tees off" on a weekday', [
  { expect: { value: '2024-02-20' }, phrases: ['The Open Championship gets under way at Royal Portrush on [[Tuesday]].', 'The festival gets underway on [[Tuesday]].', 'McIlroy tees off in the first group on [[Tuesday]].'] },
  { expect: { value: '2024-02-13' }, phrases: ['The tournament got under way on [[Tuesday]].', 'The tees were soaked on [[Tuesday]].'] },
]);

describeCorpus('date', '"midweek" is the middle of the week whose Wednesday the tense points to', [
  { expect: { value: '2024-W07', mod: 'MID', timexType: 'DATE', rule: 'date/midweek' }, phrases: ['Stocks slid [[midweek]].', 'By [[mid-week]], the index had recovered.'] },
  { expect: { value: '2024-W08', mod: 'MID' }, phrases: ['The storm is expected to arrive [[midweek]].'] },
]);

describeNegatives('date', 'a midweek of no week in particular', ['We took a [[midweek]] flight.']);

describeCorpus('date', 'a weather outlook looks ahead; a firm that forecast on a day looks back', [
  { expect: { value: '2024-02-17' }, phrases: ['Heavy snow is forecast for [[Saturday]].', 'The forecast for [[Saturday]] calls for sleet.'] },
  { expect: { value: '2024-02-18' }, phrases: ['Thunderstorms are likely [[Sunday]].'] },
  { expect: { value: '2024-02-12' }, phrases: ['The retailer forecast on [[Monday]] a drop in margins.'] },
]);

// Reference Friday 2024-02-16: a fixture the reporter tells with "was set to" still lies ahead, unless its sentence undoes it.
describeCorpus('date', 'a fixture told in the past tense that nothing undid', [
  { expect: { value: '2024-02-18' }, phrases: ['The champions were set to play on [[Sunday]] in front of a full house.', 'The final was scheduled to start on [[Sunday]].'] },
  { expect: { value: '2024-02-20' }, phrases: ['The minister was due to arrive in Rome on [[Tuesday]].', 'The board was slated to vote on [[Tuesday]].'] },
  { expect: { value: '2024-02-13' }, phrases: ['The final was due to be played on [[Tuesday]] but was postponed.', 'The launch was set to take place on [[Tuesday]] before a storm hit.'] },
  { expect: { value: '2024-02-14' }, phrases: ['The summit had been scheduled to end on [[Wednesday]].'] },
  // Yesterday or the day before is the day just gone: a fixture so near the report is told as due, not done.
  { expect: { value: '2024-02-15' }, phrases: ['The new rules were due to take effect on [[Thursday]].', 'The ban was set to come into force on [[Thursday]].'] },
  { expect: { value: '2024-02-14' }, phrases: ['The law was supposed to take effect on [[Wednesday]].', 'The strike was due to end on [[Wednesday]].'] },
  { expect: { value: '2024-02-12' }, phrases: ['The rules were due to take effect on [[Monday]] but were delayed by a court.'] },
  { expect: { value: '2024-02-22' }, phrases: ['The new rules take effect on [[Thursday]].', 'The law is supposed to come into force on [[Thursday]].'] },
  // A turn told in the present leaves the plan ahead, in doubt; one told in the past undid a day gone by.
  {
    expect: { value: '2024-02-20' },
    phrases: [
      'Talks were due to resume on [[Tuesday]], but the opposition has not confirmed it will attend.',
      'The vote was set to take place on [[Tuesday]], but it is unclear whether it will.',
      'The match was due to start on [[Tuesday]], though heavy rain has forced organisers to rethink.',
    ],
  },
  { expect: { value: '2024-02-13' }, phrases: ['Talks were due to resume on [[Tuesday]], but the rebels pulled out.', 'The match was due to start on [[Tuesday]], but heavy rain forced a delay.'] },
  { expect: { value: '2024-02-13' }, phrases: ['The vote was due on [[Tuesday]] but was postponed, and it is unclear when it will be held.'] },
]);

// Reference Friday 2024-02-16: an obligation ("must") and a deadline whose hour comes before its day look ahead.
describeCorpus('date', 'what must be done, and by an hour of a day, lies ahead', [
  { expect: { value: '2024-02-20' }, phrases: ['Residents must leave by [[Tuesday]].', 'The firm must file its plan on [[Tuesday]].'] },
  { expect: { value: '2024-02-20T12:00' }, phrases: ['Residents were ordered to leave by [[noon Tuesday]].', 'Residents must leave by [[noon]] on Tuesday.'] },
  { expect: { value: '2024-02-20T17:00' }, phrases: ['Lawmakers were told to reply by [[5 p.m. Tuesday]].'] },
  { expect: { value: '2024-02-13' }, phrases: ['The thieves must have entered the house on [[Tuesday]].', 'Residents were ordered to leave on [[Tuesday]].'] },
]);

describeCorpus('date', 'an event waited for lies ahead', [
  { expect: { value: '2024-02-19' }, phrases: ["Traders await [[Monday]]'s data.", "Stocks rose ahead of [[Monday]]'s inflation report.", "Investors are waiting for [[Monday]]'s vote."] },
  { expect: { value: '2024-02-12' }, phrases: ['The plan went ahead on [[Monday]].'] },
]);

// Reference Friday 2024-02-16.
describeCorpus('date', 'a weekday after "since" opens a stretch that began before today, even on that weekday', [
  { expect: { value: '2024-02-09' }, phrases: ['Protests have gone on since [[Friday]].'] },
  { expect: { value: '2024-02-13' }, phrases: ['He has been missing since [[Tuesday]].'] },
  { expect: { value: '2024-02-16' }, phrases: ['He was arrested on [[Friday]], police said.'] },
]);

// Reference Friday 2024-02-16.
describeCorpus('date', 'a participle after an attribution set between commas goes on with the report, in its tense', [
  {
    expect: { value: '2024-02-19' },
    phrases: [
      'Cabin crew will strike for two days, the union said on Thursday, disrupting travel on [[Monday]].',
      'The plant is set to close, the company announced, leaving staff without work from [[Monday]].',
    ],
  },
  {
    expect: { value: '2024-02-12' },
    phrases: [
      'Cabin crew struck for two days, the union said on Thursday, disrupting travel on [[Monday]].',
      'Crews will walk out, the union said, adding on [[Monday]] that talks had failed.',
      'He will face trial, prosecutors said, after being arrested on [[Monday]].',
      'The union said, disrupting plans, that it struck on [[Monday]].',
      'Crews will walk out, the union said, citing a vote on [[Monday]].',
    ],
  },
]);

describeCorpus('date', 'a date with no verb of its own after an attribution and a conjunction goes on with the report', [
  { expect: { value: '2024-02-19' }, phrases: ['Traffic will peak on Saturday, the motoring group said, and again on [[Monday]].', 'Prices are expected to rise on Saturday, the firm said, or perhaps on [[Monday]].'] },
  { expect: { value: '2024-02-12' }, phrases: ['Traffic peaked on Saturday, the group said, and again on [[Monday]].', 'Prices will rise, the firm said, and its board met on [[Monday]].'] },
]);

describeCorpus('date', '"no earlier than" a day is the first day a plan may happen, ahead unless a verb tells otherwise', [
  { expect: { value: '2024-02-20' }, phrases: ['The agency said the next attempt would be no earlier than [[Tuesday]].', 'Launch is no earlier than [[Tuesday]], the agency said.'] },
  { expect: { value: '2024-02-13' }, phrases: ['He arrived no earlier than [[Tuesday]].'] },
]);

describeCorpus('date', '"next" before a period that owns a noun tells no tense of the verb', [
  { expect: { value: '2024-02-12' }, phrases: ["Congress approved next year's budget on [[Monday]].", "The board adopted next week's agenda on [[Monday]].", "The league published next season's fixtures on [[Monday]]."] },
  { expect: { value: '2024-02-19' }, phrases: ["Lawmakers will debate next year's budget on [[Monday]].", 'The next round of talks opens on [[Monday]].'] },
]);

describeCorpus('date', 'an event a court or a chamber fixes for a date lies ahead, unless told in the past perfect', [
  { expect: { value: '2024-04' }, phrases: ['The judge set a trial date for [[April]].', 'The court agreed to hear the case, setting arguments for [[April]].'] },
  { expect: { value: '2024-02-20' }, phrases: ['The speaker fixed the debate for [[Tuesday]].', 'The clerk set the hearing for [[Tuesday]].'] },
  { expect: { value: '2023-04' }, phrases: ['The judge had set the trial for [[April]], but it slipped.', 'The team set a record for the fastest lap in [[April]].'] },
]);

describeCorpus('date', '"forecast" after "it", "he" or "she" and before a preposition of when is the past act of forecasting', [
  { expect: { value: '2023-12' }, phrases: ['Growth will be slower than it forecast in [[December]].', 'The deficit will be wider than he forecast in [[December]].'] },
  { expect: { value: '2024-02-12' }, phrases: ['She forecast on [[Monday]] that the bill would pass.'] },
  { expect: { value: '2024-06' }, phrases: ['He forecast a rebound in [[June]].'] },
]);

// Reference Friday 2024-02-16: a count of days or weeks reckoned from a weekday looks ahead.
describeCorpus('date', 'a count of days or weeks from a weekday', [
  { expect: { value: '2024-02-27' }, phrases: ['The vote is [[a week from Tuesday]].', 'Ballots are due [[one week from Tuesday]].'] },
  { expect: { value: '2024-03-04' }, phrases: ['[[Two weeks from Monday]], the new rules take effect.'] },
  // Told in the past, the weekday is the one just gone.
  { expect: { value: '2024-02-20' }, phrases: ['The deadline was [[a week from Tuesday]], officials said then.'] },
]);
