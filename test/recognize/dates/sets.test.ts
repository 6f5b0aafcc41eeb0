import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('date', 'sets', [
  { expect: { value: 'P1Y', timexType: 'SET' }, phrases: ['The race is held [[every year]].', 'The report is published [[annually]].', 'The board meets [[twice a year]].', 'It builds tankers at a rate of 15 [[a year]].'] },
  { expect: { value: 'P1W', timexType: 'SET' }, phrases: ['New jobless claims are counted [[weekly]].', 'They meet [[each week]].'] },
  { expect: { value: 'P2W' }, phrases: ['The club meets [[every other week]].'] },
  // A fortnight is two weeks, whichever way the set is written.
  { expect: { value: 'P2W', timexType: 'SET' }, phrases: ['Bins are emptied [[every fortnight]].', 'The panel sits [[each fortnight]].', 'Bins are emptied [[fortnightly]].'] },
  { expect: { value: 'PT30M', timexType: 'SET' }, phrases: ['Shuttles leave the airport [[every half hour]].', 'The bells ring [[each half-hour]].'] },
  { expect: { value: 'PT15M', timexType: 'SET' }, phrases: ['Trams call [[every quarter hour]].'] },
  // A quarter recurs every three months, whichever way the set is written; a span of quarters stays PnQ.
  { expect: { value: 'P3M', timexType: 'SET' }, phrases: ['The dividend is paid [[quarterly]].', 'The dividend is paid [[each quarter]].', 'Auditors visit [[every quarter]].', 'The board meets [[twice a quarter]].', 'Sales grow 2% [[a quarter]].'] },
  { expect: { value: 'P6M', timexType: 'SET' }, phrases: ['Prices are reset [[every other quarter]].', 'Prices are reset [[every two quarters]].'] },
  { expect: { value: 'P2Q', timexType: 'DURATION' }, phrases: ['The slump lasted [[two quarters]].'] },
  { expect: { value: 'P2WE', timexType: 'SET' }, phrases: ['The course runs [[every two weekends]].'] },
  { expect: { value: 'XXXX-WXX-WE', timexType: 'SET' }, phrases: ['The course runs [[every weekend]].', 'The ferry sails only on [[weekends]].', 'The museum opens late at [[weekends]] and on holidays.'] },
  { expect: { value: 'P2WE', timexType: 'DURATION' }, phrases: ['Crowds grew over [[the past two weekends]].'] },
  { expect: { value: 'PT1H', timexType: 'SET' }, phrases: ['Shuttles leave [[every hour]].', 'Nurses check the ward [[each hour]].'] },
  { expect: { value: 'PT20M', timexType: 'SET' }, phrases: ['Trams run [[every 20 minutes]] at peak times.'] },
  // A count with no number recurs at an unknown interval, not every single unit.
  { expect: { value: 'PXD', timexType: 'SET' }, phrases: ['Aftershocks hit [[every few days]].'] },
  { expect: { value: 'PTXH', timexType: 'SET' }, phrases: ['Guards patrol [[every several hours]].'] },
  { expect: { value: 'XXXX-WXX-1', timexType: 'SET' }, phrases: ['The market opens [[every Monday]].', 'The shop is closed on [[Mondays]].', 'The gym is shut [[mondays]].'] },
  { expect: { value: 'XXXX-WXX-5TMO', timexType: 'SET' }, phrases: ['The choir rehearses [[Friday mornings]].', 'The choir rehearses [[Fridays mornings]].', 'The choir rehearses [[every Friday morning]].'] },
  { expect: { value: 'XXXX-WXX-2TAF' }, phrases: ['i am free [[tuesday afternoons]].'] },
]);

describeCorpus('date', 'the days or nights of each period recur with it', [
  { expect: { value: 'P1W', timexType: 'SET' }, phrases: ['The clinic opens [[two days a week]].', 'He trains [[three nights a week]].', 'The shop opens [[one day a week]].'] },
  { expect: { value: 'P1M', timexType: 'SET' }, phrases: ['The band plays [[two weekends a month]].'] },
  // Time given each period recurs with it too: TIMEX3's set with a frequency, as "two days each week".
  { expect: { value: 'P1W', timexType: 'SET' }, phrases: ['Nurses work [[60 hours a week]].', 'She trains [[20 hours per week]].', 'Drivers may work [[45 minutes a week]] of overtime.'] },
  { expect: { value: 'P1D', timexType: 'SET' }, phrases: ['Visiting is limited to [[one hour a day]].', 'Children should read for [[an hour a day]].', 'The plant runs [[24 hours a day]], [[seven days a week]].'] },
  // A day counted back or ahead from a week is no recurrence.
  { expect: { value: 'P2D', timexType: 'DURATION' }, phrases: ['It rained for [[two days]] a week ago.', 'It snowed for [[two days]] a week later.'] },
  { expect: { value: 'PT2H', timexType: 'DURATION' }, phrases: ['The power was out for [[two hours]] a week ago.'] },
  // Hours a night take no set (the night has no unit of its own): the time stays a duration.
  { expect: { value: 'PT8H', timexType: 'DURATION' }, phrases: ['Adults need [[eight hours]] a night.'] },
]);

describeNegatives('date', 'no recurrence in a speed', ['The car reached 60 miles [[an hour]] on the test track.']);

// A count of times recurs also before "before" or "after"; "once a week before" may be one time a week from a day.
describeCorpus('date', 'a count of times a period before "before" or "after"', [
  { expect: { value: 'P1W', timexType: 'SET', rule: 'date/set-frequency' }, phrases: ['The ferry drops to [[three times a week]] after October.', 'Trains call [[four times a week]] after May 10.'] },
  { expect: { value: 'P1D', timexType: 'SET' }, phrases: ['Coaches leave [[twice a day]] before the holidays.'] },
]);

// A count joined to the adverb by a hyphen is part of the set's span.
describeCorpus('date', 'a frequency adverb with its count hyphened on', [
  { expect: { value: 'P1D', timexType: 'SET', rule: 'date/set-adverb' }, phrases: ['Emirates will run [[twice-daily]] flights to Lagos.'] },
  { expect: { value: 'P1W', timexType: 'SET', rule: 'date/set-adverb' }, phrases: ['The ferry offers a [[twice-weekly]] service.', 'It moved to a [[once-weekly]] schedule.'] },
]);

describeNegatives('date', '"once" a period before a day it is counted from', ['He had met her [[once a week]] before the murder.']);

describeCorpus('date', 'every weekday, Monday to Friday each week, as Recognizers-Text writes it', [
  { expect: { value: 'P1WD', timexType: 'SET' }, phrases: ['A doctor calls [[every weekday]].', 'The ferry runs [[each weekday]].'] },
]);

describeCorpus('date', 'a frequency word that opens a sentence', [
  { expect: { value: 'P1D', timexType: 'SET' }, phrases: ['[[Daily]], the ferry leaves at noon.'] },
]);

describeCorpus('date', 'a day recurring in every month, quarter or year', [
  { expect: { value: 'P1M', timexType: 'SET' }, phrases: ['The council sits [[the second Monday of each month]].', 'Fares are reviewed [[the last Friday of every month]].'] },
  { expect: { value: 'XXXX-XX-15', timexType: 'SET' }, phrases: ['Rent falls due on [[the 15th of every month]].', 'Rent falls due [[the fifteenth day of each month]].'] },
  { expect: { value: 'XXXX-XX-01', timexType: 'SET' }, phrases: ['Pensions are paid on [[the first of each month]].'] },
]);

describeCorpus('date', 'the unit of a rate after a count or an amount', [
  { expect: { value: 'P1D', timexType: 'SET' }, phrases: ['The mine ships 9,000 tons [[a day]].', 'The strike cost the refinery $3 million [[a day]].', 'Patients get three meals [[a day]].'] },
  { expect: { value: 'PT1H', timexType: 'SET' }, phrases: ['Guards earn $9 [[an hour]].'] },
  { expect: { value: 'P1Y', timexType: 'SET' }, phrases: ['Exports grew 4% [[a year]].', 'The post pays $80,000 [[a year]].'] },
  // The short scales and units of British and Indian copy.
  { expect: { value: 'P1Y', timexType: 'SET', rule: 'date/set-rate' }, phrases: ['Welfare spending falls by £4.8bn [[a year]].', 'Income of up to Rs 12 lakh [[a year]] pays no tax.', 'The fund costs Rs 500 crore [[a year]].', 'Pay will rise 3 per cent [[a year]].'] },
  { expect: { value: 'P1D', timexType: 'SET', rule: 'date/set-rate' }, phrases: ['The bus costs 20p [[a day]].'] },
  { expect: { value: 'P1Y', timexType: 'DURATION' }, phrases: ['The bank had opened 20 branches [[a year]] after the merger.'] },
  // "from" opens the stretch a rate runs over; "from now" counts a time ahead.
  { expect: { value: 'P1M', timexType: 'SET' }, phrases: ['The pension rises to 1,200 pesos [[a month]] from Jan. 1.', 'Tenants will pay $900 [[a month]] from March.'] },
]);

describeCorpus('date', 'the day a rate runs from, not a count of the rate\'s unit from it', [
  { expect: { value: '2025-01-01' }, phrases: ['The pension will rise to 1,200 pesos a month from [[Jan. 1]].'] },
]);

describeCorpus(
  'date',
  'a clock time in a clause that recurs daily or weekly is on no day (reference 2016-08-30)',
  [
    { expect: { value: 'XXXX-XX-XXT09:00' }, phrases: ['The library opens [[9 a.m.]] daily.', 'Jurors will sit each day from [[9 a.m.]] to 5 p.m.', 'The ferry leaves at [[9 a.m.]] on weekdays and hourly after that.'] },
    { expect: { value: 'XXXX-XX-XXT22:00' }, phrases: ['A curfew begins at [[10 p.m.]] each night.'] },
    // A rate or a monthly set times no hour; a day named with the clock time still holds it.
    { expect: { value: '2016-08-30T09:00' }, phrases: ['The strike, which costs $2 million a day, began at [[9 a.m.]]', 'The bank, which reports monthly, said at [[9 a.m.]] that it had failed.'] },
    // A set in another clause times something else.
    { expect: { value: '2016-08-30T09:00' }, phrases: ['The guard, who patrolled the yard nightly, was stabbed at [[9 a.m.]]', 'The side, which trains daily, kicked off at [[9 a.m.]]'] },
    // And so does a set in the sentence before; the set beside the clock times it even where the sentence names a day.
    { expect: { value: '2016-08-30T10:00' }, phrases: ['The panel meets every other week. Its next call is at [[10 a.m.]]', 'Buses run daily. The crash happened at [[10 a.m.]]'] },
    { expect: { value: 'XXXX-XX-XXT19:00' }, phrases: ['The fair runs through Sunday, with shows each evening from [[7 p.m.]]'] },
    { expect: { value: '2016-09-01T09:00' }, phrases: ['The shop, which opens daily, will reopen at [[9 a.m. Thursday]].'] },
  ],
  { referenceDate: '2016-08-30' },
);

describeCorpus('date', 'weekdays listed after one "every" recur too', [
  { expect: { value: 'XXXX-WXX-5', timexType: 'SET', rule: 'date/set-every-list' }, phrases: ['The club plays every Tuesday and [[Friday]].', 'The market opens every Monday, Wednesday and [[Friday]].', 'Each Sunday or [[Friday]], he calls home.'] },
  { expect: { value: 'XXXX-WXX-3', timexType: 'SET' }, phrases: ['The market opens every Monday, [[Wednesday]] and Friday.'] },
  // A clock after the list times its last day instead.
  { expect: { value: '2024-02-15T19:00' }, phrases: ['Swim every Tuesday and [[Thursday 19:00]].'] },
]);

describeCorpus('date', 'a day of the year after "every" recurs each year on that day', [
  { expect: { value: 'XXXX-08-06', timexType: 'SET', rule: 'date/set-every-date' }, phrases: ['The ceremony is held [[every Aug. 6]] at 8:15 a.m.', 'The ceremony is held [[every August 6]].', 'The ceremony is held [[each 6 August]].', 'The ceremony is held [[every 6th of August]].'] },
  { expect: { value: 'XXXX-02-29', timexType: 'SET' }, phrases: ['The club meets [[every 29 February]].'] },
  // A month alone still recurs as a month, and a day followed by its year is one date.
  { expect: { value: 'XXXX-07', timexType: 'SET' }, phrases: ['The fair is held [[every July]].'] },
  { expect: { value: '2020-03-01' }, phrases: ['Every [[March 1, 2020]] was different.'] },
]);

describeNegatives('date', 'the whole of a stretch, not a recurrence', ['The coach used every minute of the match.', 'Volunteers worked each hour of daylight.']);

describeNegatives('date', 'a frequency adjective counted in a run names one period\'s change, not a recurrence', [
  'Gold was headed for its third straight weekly gain.',
  'Silver posted its fifth weekly loss in a row.',
  'Retail sales fell for a second consecutive monthly decline.',
]);

describeCorpus('date', 'a frequency adjective not counted in a run', [
  { expect: { value: 'P1W', timexType: 'SET' }, phrases: ['Markets had their best [[weekly]] gain in a year.', 'The fifth [[weekly]] meeting is on hold.'] },
  { expect: { value: 'P1D', timexType: 'SET' }, phrases: ['The first [[daily]] flight leaves in June.'] },
]);

describeCorpus('date', 'a part of the day that recurs in written copy is on no day', [
  { expect: { value: 'XXXX-XX-XXTMO', timexType: 'SET' }, phrases: ['He walked five miles [[every morning]] until last year.', 'The bells ring [[each morning]] at six.'] },
  { expect: { value: 'XXXX-XX-XXTNI', timexType: 'SET' }, phrases: ['Guards lock the gates [[every night]].', '[[Each night]] the lights go out at ten.'] },
  { expect: { value: 'XXXX-XX-XXTEV', timexType: 'SET' }, phrases: ['She swam [[every evening]] after work.'] },
  // A typed request keeps the form Recognizers-Text writes.
  { expect: { value: 'TMO', timexType: 'SET' }, phrases: ['we will run [[every morning]]'] },
]);
