import { describeCorpus, factsOf, describeNegatives } from '../../helpers/corpus';

describeCorpus('date', 'clock times take the day of a date nearby', [
  { expect: { value: '2024-02-16T09:11', timexType: 'TIME' }, phrases: ['Xinhua) [[09:11]], February 16, 2024'] },
  { expect: { value: '2024-02-16T15:00' }, phrases: ['The vote closes at [[3 p.m. today]].'] },
  { expect: { value: '2024-02-16T15:30Z' }, phrases: ['Trading was halted at [[15:30 GMT]].'] },
  { expect: { value: '2024-02-16T21:00Z' }, phrases: ['The blast came at 4 p.m. ([[2100 GMT]]) on Friday.', 'Polls closed at 4 p.m. ([[21:00 GMT]]).'] },
  // A GMT reading with its own day in brackets carries the local time across midnight by the zone offset.
  { expect: { value: '2024-02-13T06:00' }, phrases: ['The quake struck at [[6 a.m.]] (2300 GMT Monday).'] },
  { expect: { value: '2024-02-11T23:00' }, phrases: ['The blast came at [[11 p.m.]] (0400 GMT Monday).'] },
  { expect: { value: '2024-02-12T23:00' }, phrases: ['The storm hit at [[11 p.m.]] (2300 GMT Monday).'] },
  { expect: { value: '2024-02-13T04:17' }, phrases: ['The quake struck at [[04:17]] local time (2117 GMT Monday).', 'The quake struck at [[4:17 a.m.]] local (2117 GMT Monday).'] },
  { expect: { value: '2024-02-16T09:00' }, phrases: ['The flight left at [[9 am]] estimated time.', 'He left at [[09:00]] Cetin said.'] },
  { expect: { value: '2024-02-16T08:00Z' }, phrases: ['At [[0800 UTC]] the banks injected cash.'] },
  { expect: { value: '2024-02-16T18:30' }, phrases: ['Doors open at [[6.30pm]].'] },
  { expect: { value: '2024-02-16T12:00' }, phrases: ['The statement came at [[noon]].'] },
  { expect: { value: '2024-02-16T16:00Z' }, phrases: ['The president speaks at [[16:00 UTC today]].'] },
  { expect: { value: '2024-02-14T15:00' }, phrases: ['The vote was held at [[3 p.m. Wednesday]].'] },
  { expect: { value: '2024-01-14T22:30' }, phrases: ['The election was held on Jan. 14. Polls closed at [[22:30]].'] },
]);

describeCorpus('date', 'meridiem spaced as tokenized text writes it, or glued with a full stop', [
  { expect: { value: '2024-02-16T15:00' }, phrases: ['The vote closes at [[3 p . m .]]', 'The vote closes at [[3.pm]] sharp.'] },
  { expect: { value: '2024-02-16T07:00' }, phrases: ['The convoy left at [[seven a . m .]]', 'The convoy left at [[7 a . m]] on the dot.'] },
]);

describeCorpus('date', 'times with seconds, glued minutes and hours in words', [
  { expect: { value: '2024-02-16T19:56:30', timexType: 'TIME' }, phrases: ['The last signal came at [[7:56:30 pm]].'] },
  { expect: { value: '2024-02-16T04:12:33', timexType: 'TIME' }, phrases: ['The tremor struck at [[4:12:33]].', 'Trading halted [[4:12:33]] local time.', 'The feed froze between [[4:12:33]] and noon.'] },
  { expect: { value: '2024-01-05T15:50:06' }, phrases: ['The entry was logged [[Jan 5 15:50:06]].', 'The entry was logged [[2024-01-05 15:50:06]].'] },
  { expect: { value: '2024-02-16T11:40' }, phrases: ['The ferry left at [[1140 a.m.]]', 'The ferry left at [[1140am]].'] },
  { expect: { value: '2024-02-16T21:30' }, phrases: ['Kick-off is at [[930pm]].'] },
  { expect: { value: '2024-02-16T19:00' }, phrases: ['The vigil starts at [[seven p.m.]]', 'The vigil starts at [[seven pm]].'] },
  { expect: { value: '2024-02-16T12:00', mod: 'APPROX' }, phrases: ['We will meet [[noonish]].'] },
  { expect: { value: '2024-02-16T11:00', mod: 'APPROX' }, phrases: ['Lunch is around [[11ish]].', 'Lunch is around [[eleven-ish]].'] },
]);

describeCorpus('date', 'minutes past and to an hour in words', [
  { expect: { value: '2024-02-16T07:30' }, phrases: ['The alarm rang at [[half past seven]].', "The alarm rang at [[half past seven o'clock]]."] },
  { expect: { value: '2024-02-16T04:45' }, phrases: ['The polls close at [[a quarter to five]].', 'The polls close at [[quarter to five]].'] },
  { expect: { value: '2024-02-16T09:15' }, phrases: ['Trains resumed at [[a quarter past nine]].', 'Trains resumed at [[quarter after nine]].'] },
  { expect: { value: '2024-02-16T08:20' }, phrases: ['The bell rang at [[twenty past eight]].', 'The bell rang at [[20 minutes past eight]].'] },
  { expect: { value: '2024-02-16T05:50' }, phrases: ['Guards arrived at [[ten minutes to six]].', "Guards arrived at [[ten to six o'clock]]."] },
  { expect: { value: '2024-02-16T12:45' }, phrases: ['The court rose at [[a quarter to one]].'] },
  { expect: { value: '2024-02-16T18:40' }, phrases: ['He called at [[20 to 7 pm]].'] },
]);

describeCorpus('date', 'hours said with a part of the day', [
  { expect: { value: '2024-02-16T19:00', timexType: 'TIME' }, phrases: ['Fireworks start at [[7 in the evening]].', "Fireworks start at [[seven o'clock in the evening]]."] },
  { expect: { value: '2024-02-16T20:20' }, phrases: ['Fireworks start at [[20 min past eight in the evening]].'] },
  { expect: { value: '2024-02-16T23:00' }, phrases: ['The blast came at [[11 at night]].'] },
  { expect: { value: '2024-02-16T10:00' }, phrases: ['Talks resumed at [[10 this morning]].', 'Talks resumed at [[10 a.m. this morning]].'] },
  { expect: { value: '2024-02-16T10:30' }, phrases: ['Talks resumed at [[10:30 in the morning]].'] },
  { expect: { value: '2024-02-15T21:00' }, phrases: ['The fire broke out at [[9 last night]].'] },
  { expect: { value: '2024-02-16T07:00' }, phrases: ['Marchers gathered in the morning at [[7]].'] },
  { expect: { value: '2024-02-13T19:30' }, phrases: ['The talks ended Tuesday evening at [[7.30]].'] },
  { expect: { value: '2024-02-17T09:00' }, phrases: ['The count resumes tomorrow morning at [[9]].'] },
  { expect: { value: '2024-02-16T21:00' }, phrases: ['The vote count ends tonight around [[9]].', 'The vote count ends tonight about [[9]].'] },
  { expect: { value: '2024-02-12T15:00' }, phrases: ['The quake struck Monday around [[3 p.m.]]'] },
]);

describeCorpus('date', 'times read off a clock in words', [
  { expect: { value: '2024-02-16T05:30', rule: 'date/time-spoken' }, phrases: ['The rally begins at [[five-thirty]].', 'The rally begins at [[five thirty]].'] },
  { expect: { value: '2024-02-17T17:30' }, phrases: ['The rally begins at [[five-thirty tomorrow evening]].'] },
  { expect: { value: '2024-02-16T07:27' }, phrases: ['The sun rose at [[seven twenty-seven]].'] },
  { expect: { value: '2024-02-16T09:05' }, phrases: ['The train left at [[nine oh five]].'] },
  { expect: { value: '2024-02-16T13:30' }, phrases: ['The ferry docked [[one thirty p.m.]]'] },
]);

describeNegatives('date', 'number words after "at" that are no clock', [
  'Look at [[two twenty]]-somethings.',
  'The index stood at one twenty points.',
  'The group met at [[five]] thirty-person venues.',
]);

describeCorpus('date', 'weekdays that recur at a time', [
  { expect: { value: 'XXXX-WXX-2T19:00', timexType: 'SET' }, phrases: ['The club meets [[Tuesdays at 7 p.m.]]', 'The club meets [[every Tuesday at 7pm]].'] },
]);

describe('a clock time and its day across "on" or "at"', () => {
  const spans = (text: string) => factsOf('date', text).map((f) => [f.text, f.value]);
  it.each([
    ['The strike began at 10 a.m. on Tuesday.', [['10 a.m.', '2024-02-13T10:00'], ['Tuesday', '2024-02-13']]],
    ['The board met Wednesday at 3.30pm.', [['Wednesday', '2024-02-14'], ['3.30pm', '2024-02-14T15:30']]],
    ['Bids are due by 10 a.m. ET on Thursday.', [['10 a.m. ET', '2024-02-22T10:00'], ['Thursday', '2024-02-22']]],
  ])('are two expressions in an article, the clock on the day: %s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
  it.each([
    ['tuesday at 3pm', [['tuesday at 3pm', '2013-02-12T15:00']]],
    ['9am on saturday', [['9am on saturday', '2013-02-16T09:00']]],
  ])('are one time in a typed request: %s', (text, expected) => {
    expect(factsOf('date', text, { referenceDate: '2013-02-11' }).map((f) => [f.text, f.value])).toEqual(expected);
  });
});

describeCorpus('date', 'a clock time joined to its day', [
  { expect: { value: '2024-02-14T15:30', timexType: 'TIME' }, phrases: ['The board met Wednesday at [[3.30pm]].', 'The board met on Wednesday at [[3.30pm]].'] },
  { expect: { value: '2024-02-12T09:15' }, phrases: ['Voting began on Feb. 12 at [[09:15]].'] },
  { expect: { value: '2024-02-11T02:30' }, phrases: ['Polls closed on Feb. 10, and the last ballot was cast at [[2:30 the next day]].'] },
  { expect: { value: '2024-02-17T07:45', timexType: 'TIME' }, phrases: ['The ferry will leave [[tomorrow 7:45am]].', 'The ferry will leave [[tomorrow, 7:45 a.m.]]'] },
  { expect: { value: '2024-03-04T14:00' }, phrases: ['The hearing is set for [[March 4 2 p.m.]]', 'The hearing is set for [[March 4, 2:00 pm]].'] },
  { expect: { value: '2024-02-13T10:00' }, phrases: ['The strike began at [[10 a.m.]] on Tuesday.'] },
  { expect: { value: '2024-02-19T06:00' }, phrases: ['The polls will open at [[6am]] on Monday.'] },
  { expect: { value: '2024-02-19T09:00' }, phrases: ['Book the room for [[next week Mon 9 am]].'] },
  // A zone between the time and its day: a word, or the US zone letters.
  { expect: { value: '2024-02-20T17:00' }, phrases: ['The call is scheduled for [[5 p.m. ET Tuesday]].', 'The vote is set for [[5 p.m. Eastern time]] on Tuesday.'] },
  // Any zone the time-zone lexicon lists stands between the arranged clock and its day.
  { expect: { value: '2024-02-19T10:00Z' }, phrases: ['The hearing, which drew protests, is slated for [[10 a.m. GMT Monday]].'] },
  { expect: { value: '2024-02-15T16:00' }, phrases: ['The storm made landfall at [[4 p.m. local time Thursday]].'] },
  // A city's clock: "<City> time".
  { expect: { value: '2024-02-22T14:45' }, phrases: ['The bank will announce its decision at [[2:45 p.m. Frankfurt time]] on Thursday.', 'Trading will halt at [[2:45 p.m. New York time Thursday]].'] },
  // What stands before the hour stands before the day: a copula or a deadline looks ahead.
  { expect: { value: '2024-02-22T10:00' }, phrases: ['The call is at [[10 a.m.]] on Thursday.', 'Bids are due by [[10 a.m. ET]] on Thursday.'] },
  { expect: { value: '2024-02-15T10:00' }, phrases: ['The quake struck at [[10 a.m. Tokyo time]] on Thursday.'] },
  // A range of hours ends at the clock, so the copula before its first hour looks ahead too.
  { expect: { value: '2024-02-21T20:00' }, phrases: ['Visiting hours are from 4 to [[8 p.m. Wednesday]] at the funeral home.', 'Calling hours are 4-[[8 p.m. Wednesday]].', 'The viewing is 5:30 to [[8 p.m. Wednesday]].'] },
  { expect: { value: '2024-02-18T16:00' }, phrases: ['Visitation is between 2 and [[4 p.m. Sunday]].'] },
  // A past copula still looks back.
  { expect: { value: '2024-02-14T20:00' }, phrases: ['Visiting hours were from 4 to [[8 p.m. Wednesday]].', 'Shares rose 4 to 8 percent by [[8 p.m. Wednesday]].'] },
]);

describeCorpus('date', 'a day of the month before "to" opens a range of clock times, not minutes to an hour', [
  { expect: { value: '2024-03-16T07:00', timexType: 'TIME' }, phrases: ['Nurses will strike from [[7 a.m. March 16]] to 7 a.m. March 18.'] },
  { expect: { value: '2024-03-18T07:00', timexType: 'TIME' }, phrases: ['Nurses will strike from 7 a.m. March 16 to [[7 a.m. March 18]] unless a deal is reached.'] },
  { expect: { value: '2024-12-17T06:00', timexType: 'TIME' }, phrases: ['The walkout runs from 6 p.m. Dec. 16 to [[6 a.m. Dec. 17]].'] },
  { expect: { value: '2024-02-16T16:40', timexType: 'TIME' }, phrases: ['The last bus leaves at [[20 to 5pm]].'] },
]);

describeNegatives('date', 'numbers near clock words that are not times', [
  'The home side came back from 5 to [[6]] in the afternoon session.',
  'The score went from 3 to [[4]] in the afternoon.',
  'The band played in the evening at [[7]] venues.',
  'Prices rose ten to six times.',
  'Support grew by a [[quarter to 5]] percent.',
  'Turnout fell by a [[quarter to 5]]% in the north.',
  'One [[half past]] the line.',
]);

describeCorpus('date', 'hours and minutes joined by a full stop', [
  { expect: { value: '2024-02-12T06:45', timexType: 'TIME', rule: 'date/time-dotted' }, phrases: ['The ferry left Monday at [[6.45]].', 'The ferry left at [[6.45]] on Monday.'] },
  { expect: { value: '2024-02-16T10:30Z' }, phrases: ['Flights resumed at [[10.30 GMT]].'] },
  { expect: { value: '2024-02-16T18:15' }, phrases: ['The tanker docked at [[18.15 hrs]].', 'The tanker docked at [[18.15]] local time.'] },
  {
    expect: { value: '2024-02-16T06:45', rule: 'date/time-dotted' },
    phrases: ['The night train left at [[6.45]].', 'The convoy will leave at [[6.45]], officials said.', 'The rally began at [[6.45]] and police moved in at 9.30 p.m.', 'Sirens sounded at [[6.45 in the morning]], residents said.'],
  },
]);

describeCorpus('date', 'a clock time with no day falls on a day of the report, not on a far date of another paragraph', [
  {
    expect: { value: '2024-02-15T14:30' },
    phrases: [
      'Shares slid on Thursday, the worst fall since the crash of Oct. 19, 1987.\n\nThe selling began at [[2:30 p.m.]], traders said.',
      'Shares slid on Thursday.\n\nThe selling began at [[2:30 p.m.]], traders said.',
    ],
  },
  { expect: { value: '1987-10-19T14:30' }, phrases: ['The market crashed on Oct. 19, 1987. The selling began at [[2:30 p.m.]], traders said.'] },
  { expect: { value: '2024-02-14T20:48' }, phrases: ['The jet crashed on Wednesday night. It was landing at [[8:48 p.m. EST]]. Divers searched on Thursday.'] },
]);

describeCorpus('date', 'a clock time still to come falls on no day already gone', [
  { expect: { value: '2024-02-16T19:00' }, phrases: ['The last debate was held two weeks ago. Polls will close at [[7 p.m.]]', 'The strike began on Monday. Talks will resume at [[7 p.m.]]'] },
  // Told in the past, the time keeps the day named before it.
  { expect: { value: '2024-02-12T19:00' }, phrases: ['The strike began on Monday. Talks resumed at [[7 p.m.]]'] },
]);

describeCorpus('date', 'a day after a clock time dates it only in its clause and when it bounds no stretch', [
  { expect: { value: '2024-02-13T24:00' }, phrases: ['Polls opened on Tuesday. Results came shortly before [[midnight]], and clerks have until March 4 to certify them.'] },
  { expect: { value: '2024-02-16T09:00' }, phrases: ['The gates open at [[9 a.m.]] and stay open until at least Feb. 20.', 'The fight starts at [[9 a.m.]] local time; the weigh-in is on Feb. 24.'] },
  { expect: { value: '2024-02-16T22:00' }, phrases: ['The ban runs from [[10 p.m.]] to 5 a.m. until Feb. 28.'] },
  // In its own clause and unbounded, the day after the time still holds it.
  { expect: { value: '2024-02-24T21:00' }, phrases: ['The bout starts at [[9 p.m.]] in Las Vegas on Feb. 24.'] },
  // A day "before" put out dates no clock time in a later sentence; any other day does.
  { expect: { value: '2024-02-16T10:00' }, phrases: ["Backers want a vote before Memorial Day. We'll hear from the leader at [[10 o'clock]]."] },
  { expect: { value: '2024-02-16T06:00' }, phrases: ['The strike ended before Christmas. Workers returned at [[6 a.m.]]'] },
  { expect: { value: '2024-05-27T07:00' }, phrases: ['The vote is on Memorial Day. Polls open at [[7 a.m.]]'] },
]);

describeCorpus('date', 'the colon of a clock is no clause mark between a time and the set that times it', [
  { expect: { value: 'XXXX-XX-XXT21:00' }, phrases: ['The curfew runs from [[9 p.m.]] to 4:30 a.m. each night.'] },
  { expect: { value: 'XXXX-XX-XXT23:00' }, phrases: ['The gondola runs every half hour until [[11 p.m.]]', 'Ferries sail every 20 minutes until [[11 p.m.]]'] },
  { expect: { value: 'XXXX-XX-XXT09:00' }, phrases: ['The pantry opens two days a week, from [[9 a.m.]] to noon.', 'The pool is open daily, from [[9 a.m.]] to 8 p.m.'] },
]);

describeNegatives('date', 'decimals, prices and rates shaped like dotted times', [
  'The stock closed at [[10.30]] on Friday.',
  'The dollar stood at [[1.45]] marks on Monday.',
  'Yields rose from 2.50 to [[10.30]] on Tuesday.',
  'Inflation reached [[6.45]] last month.',
  'The batsman was out at [[6.45]].',
  'The loan was priced at [[6.45]] percent on Friday.',
  'Shares were offered at [[6.45]] each.',
  'The notes were sold at [[9.30]] to yield more.',
  'He finished the course in [[6.45]].',
]);

describeCorpus('date', 'a part of the day of a named date', [
  { expect: { value: '2024-01-31TMO', timexType: 'TIME', rule: 'date/day-part-of' }, phrases: ['Snow fell on [[the morning of Jan. 31]].'] },
  { expect: { value: '2024-02-12TMO', timexType: 'TIME', rule: 'date/day-part-of' }, phrases: ['Rebels attacked in [[the early hours of Monday]].', 'The fire broke out in [[the small hours of Feb. 12]].'] },
  { expect: { value: '2024-02-13TNI' }, phrases: ['The raid came on [[the night of Tuesday, Feb. 13]].'] },
]);

describeCorpus('date', 'the edge of a day joins the day named after it', [
  { expect: { value: '2024-02-10', mod: 'END' }, phrases: ['The portal was offline by [[the end of the day Saturday]].'] },
  { expect: { value: '2024-02-13', mod: 'START' }, phrases: ['Traders sold at [[the start of the day on Feb. 13]].'] },
  { expect: { value: '2024-02-16', mod: 'END', rule: 'date/period-edge' }, phrases: ['Bids close at [[the end of the day]], Saturday rules apply.'] },
]);

describeCorpus('date', 'a meridiem after o clock words, "-ish" or a glued letter, and minutes to noon', [
  { expect: { value: '2024-02-16T15:00' }, phrases: ['The bus leaves at [[3 oclock pm]].', "Tea is served at [[3 o'clock p.m.]]"] },
  { expect: { value: '2024-02-16T03:00' }, phrases: ['The raid began at [[3 oclock am]].'] },
  { expect: { value: '2024-02-16T15:00', mod: 'APPROX' }, phrases: ['Come over at [[3ish pm]].'] },
  { expect: { value: '2024-02-16T15:15' }, phrases: ['Standup moved to [[3:15p]].', 'Meet at [[quarter past 3pm]].', 'Meet at [[15 past 3pm]].'] },
  { expect: { value: '2024-02-16T11:45' }, phrases: ['Lunch starts at [[a quarter to noon]].', 'Lunch starts at [[15 to noon]].'] },
  { expect: { value: '2024-02-16T23:50' }, phrases: ['The ship sailed at [[ten to midnight]].'] },
  { expect: { value: '2024-02-16T16:40' }, phrases: ['The call is at [[20 to 5pm]].'] },
  { expect: { value: '2024-02-16T15:20' }, phrases: ['The call is at [[twenty after 3pm]].'] },
  { expect: { value: '2024-02-16T12:00' }, phrases: ['The sun was high at [[mid-day]].'] },
]);

describeCorpus('date', 'a range of hours that one meridiem closes', [
  { expect: { value: '2024-02-16T15:30', range: { role: 'start' } }, phrases: ['Voting runs [[3:30]] to 6 PM.', 'Voting runs [[3:30]]-6pm.'] },
  { expect: { value: '2024-02-16T18:00', range: { role: 'end' } }, phrases: ['Voting runs 3:30 to [[6 PM]].'] },
  { expect: { value: '2024-02-16T14:20' }, phrases: ['Call between [[2:20]] to 3pm.'] },
  { expect: { value: '2024-02-16T11:30' }, phrases: ['The clinic runs [[11:30]]-1pm.'] },
  { expect: { value: '2024-02-16T11:00' }, phrases: ['The desk is open from 9 to [[11am]].'] },
  { expect: { value: '2024-02-16T18:00' }, phrases: ['Visits are between 5 and [[6 in the afternoon]].'] },
]);

describeNegatives('date', 'the bare first hour of a range is part of it, not a time of its own', [
  'The desk is open from [[9]] to 11am.',
  'Call between [[2]] and 4 pm.',
  'The shop shuts [[2]]-4pm for lunch.',
]);

describeNegatives('date', 'counts joined by "to" that no meridiem closes', [
  'Seats rose from 9 to 11.',
  'The vote was 9 to 11 against.',
  'Their lead went from [[9]] to 11 percent.',
  'Overnight lows fell from [[3]] to 4 in the afternoon.',
]);

describeCorpus(
  'date',
  'a bare hour before "tonight" in a typed request (reference 2013-02-12)',
  [
    { expect: { value: '2013-02-12T20:00' }, phrases: ['8 tonight', 'eight tonight', '8 this evening'] },
    { expect: { value: '2013-02-12' }, phrases: ['by [[EOD]]', 'end of day'] },
  ],
  { referenceDate: '2013-02-12' },
);

describeCorpus('date', 'office deadlines: EOD, COB, EOM, EOY, close of business', [
  { expect: { value: '2024-02-16', mod: 'END' }, phrases: ['Send the draft by [[EOD]].', 'Send the draft by [[eod]].', 'Files are due by [[close of business]].'] },
  { expect: { value: '2024-02-21', mod: 'END' }, phrases: ['Files will be due [[COB Wednesday]].', 'Files will be due by [[close of business on Wednesday]].'] },
  { expect: { value: '2024-02', mod: 'END' }, phrases: ['Pay by [[EOM]].'] },
  { expect: { value: '2024', mod: 'END' }, phrases: ['Ship it by [[EOY]].'] },
]);

describeNegatives('date', 'words shaped like office deadlines', [
  'They grilled corn on the cob.',
  'A Cob salad was served.',
  'The cricket resumed at the close of play.',
]);

describeNegatives('date', 'EOD as bomb disposal in news', [
  'An EOD team defused the bomb near the base.',
  'Army EOD technicians were called in after the blast.',
]);

// Reference Friday 2024-02-16.
describeCorpus('date', 'a midnight told in the past is the one that just went by; after it is the start of a day', [
  { expect: { value: '2024-02-16T00:00', timexType: 'TIME' }, phrases: ['Police were called shortly after [[midnight]].', 'The blast came just past [[midnight]].'] },
  { expect: { value: '2024-02-15T24:00' }, phrases: ['The fire broke out just before [[midnight]].', 'The curfew began at [[midnight]].'] },
  { expect: { value: '2024-02-11T00:00' }, phrases: ['Shortly after [[midnight]] on Sunday, the ship sank.'] },
  { expect: { value: '2024-02-17T00:00' }, phrases: ['The curfew lifts after [[midnight]].'] },
  // A deadline or a time ahead stays the end of its day.
  { expect: { value: '2024-02-16T24:00' }, phrases: ['The curfew begins at [[midnight]].', 'Polls will close at [[midnight]].'] },
  { expect: { value: '2024-02-16T24:00' }, phrases: ['The deal expires at [[midnight]] on Friday.'] },
]);

describeCorpus('date', 'a clock time told as a habit or as advice is on no day', [
  { expect: { value: 'XXXX-XX-XXT13:00' }, phrases: ['The bakery, open since 1961, usually sells out by [[1 p.m.]]', 'Nowadays the last bus leaves at [[1 p.m.]]'] },
  { expect: { value: 'XXXX-XX-XXT06:30' }, phrases: ['To beat the heat, go before [[6:30 a.m.]]', 'Catch the first tram, at [[6:30 a.m.]], and the square is empty.'] },
  { expect: { value: 'XXXX-XX-XXT12:00' }, phrases: ['These days the market closes at [[noon]].'] },
  // A day in the sentence, or no habit in the clause, still dates it.
  { expect: { value: '2024-02-13T20:00' }, phrases: ['Go home before [[8 p.m.]], the police urged on Tuesday.'] },
  { expect: { value: '2024-02-16T07:00' }, phrases: ['The ferry, which usually runs late, left at [[7 a.m.]]'] },
]);

describeCorpus('date', "a range of a shift's hours is any day's", [
  { expect: { value: 'XXXX-XX-XXT21:00' }, phrases: ['Under the new rota, the overnight shift will run from [[9 p.m.]] to 7:30 a.m.'] },
  { expect: { value: 'XXXX-XX-XXT07:30' }, phrases: ['Under the new rota, the overnight shift will run from 9 p.m. to [[7:30 a.m.]]'] },
  { expect: { value: 'XXXX-XX-XXT19:00' }, phrases: ['Night-shift nurses get an extra $4 an hour for work between [[7 p.m.]] and 7 a.m.'] },
  { expect: { value: 'XXXX-XX-XXT06:00' }, phrases: ['The day shift runs from [[6 a.m.]] to 2 p.m. at the mill.'] },
  // One shift's start, or a range with no shift, is the day's.
  { expect: { value: '2024-02-16T06:00' }, phrases: ['Workers walked out at the start of the [[6 a.m.]] shift.'] },
  { expect: { value: '2024-02-16T21:00' }, phrases: ['Police said the shooting happened between [[9 p.m.]] and 10 p.m. near the plant.'] },
]);

describeCorpus('date', 'a clock time beside the set it recurs on is on no day (reference Friday 2024-02-16)', [
  { expect: { value: 'XXXX-XX-XXT08:15' }, phrases: ['The trial opened on Monday. The ceremony is held every Aug. 6 at [[8:15 a.m.]]', 'The trial opened on Monday. Bells ring at [[8:15 a.m.]] every Sunday.'] },
  { expect: { value: 'XXXX-XX-XXT09:00' }, phrases: ['Jury selection began Monday. The court will sit from [[9 a.m.]] to 4 p.m., four days a week.'] },
  // A verb between them tells two things, and a rate is no schedule.
  { expect: { value: '2024-02-12T06:00' }, phrases: ['The strike began Monday. Workers earn $15 an hour and walked out at [[6 a.m.]]'] },
]);
