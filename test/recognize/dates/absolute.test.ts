import { extract } from '../../../src';
import { describeCorpus, describeNegatives } from '../../helpers/corpus';

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

describeCorpus('date', 'a day without a year, placed by the tense beyond a short window', [
  { expect: { value: '2023-06-30' }, phrases: ['The plant closed on [[June 30]].', 'The fiscal year ended [[June 30]].'] },
  { expect: { value: '2024-04-20' }, phrases: ['Officials said the vote is set for [[April 20]].'] },
  { expect: { value: '2023-03-31' }, phrases: ['The firm reported a loss for the year ended [[March 31]].', 'The old lease expired on [[March 31]].'] },
  { expect: { value: '2024-03-31' }, phrases: ['The offer expires [[March 31]].'] },
  { expect: { value: '2024-11-29' }, phrases: ['The new chief will take over on [[Nov. 29]].', 'Parliament is set to vote on [[Nov. 29]].'] },
  { expect: { value: '2024-12-18' }, phrases: ['The first meeting is set to take place on [[Dec. 18]].'] },
  { expect: { value: '2023-12-18' }, phrases: ['The hearing was set to open on [[Dec. 18]], but it was delayed.', 'The vote was expected on [[Dec. 18]].'] },
  { expect: { value: '2024-03-01' }, phrases: ['The government has planned talks, the first on [[March 1]].'] },
  // More than two weeks back, a day under a future verb is next year's; within them it is the day just passed.
  { expect: { value: '2025-01-20' }, phrases: ['The race will start in Copenhagen on [[Jan. 20]].', 'The new law will take effect [[Jan. 20]].'] },
  { expect: { value: '2024-02-09' }, phrases: ['The new chief will take over on [[Feb. 9]].'] },
  // The later days of a list are told by the verb before the first.
  { expect: { value: '2023-06-09' }, phrases: ['The witness took the stand on June 7 and [[June 9]].', 'She testified on 7 June, 8 June and [[9 June]].', 'Both ships docked on June 2 and again on [[June 9]].'] },
  { expect: { value: '2024-06-09' }, phrases: ['The ship sank on June 7, and the inquiry will open on [[June 9]].', 'Hearings will be held on June 7 and [[June 9]].'] },
  // A day that qualifies the subject after "the" takes the tense of its verb.
  { expect: { value: '2023-03-31' }, phrases: ['The [[March 31]] attack killed nine people.', 'The [[March 31]] border raid was repelled.'] },
  { expect: { value: '2024-03-31' }, phrases: ['The [[March 31]] vote will decide it.', 'The [[March 31]] vote was postponed.'] },
]);

describeCorpus('date', 'numeric dates', [
  { expect: { value: '2024-02-15' }, phrases: ['Filed on [[2024-02-15]] with the court.', 'Deadline: [[02/15/2024]].', 'Signed [[15/02/2024]] in Paris.'] },
  { expect: { value: '2024-03-02', ambiguous: true }, phrases: ['The form is dated [[03/02/2024]].'] },
  // Dots are the European and South Asian way of writing a date, day first, where slashes follow the article.
  { expect: { value: '2024-02-03', ambiguous: true }, phrases: ['In its order dated [[03.02.2024]], the tribunal ruled.', 'Signed in Berlin on [[3.2.2024]].'] },
  { expect: { value: '2024-12-25' }, phrases: ['The card was dated [[12.25.2024]].'] },
]);

describeCorpus('date', 'years and bare months', [
  { expect: { value: '1949' }, phrases: ['NATO was founded in [[1949]].', 'Since [[1949]], the alliance has grown.'] },
  { expect: { value: '1990' }, phrases: ['In [[1990]] women won the right to sit on the board.', 'The report of [[1990]] shows the gap.'] },
  { expect: { value: '2014' }, phrases: ['[[2014]] was a turning point.', 'the [[2014]] elections'] },
  { expect: { value: '1945' }, phrases: ['The occupation lasted up to [[1945]].', 'Rationing rose from 1944 to [[1945]] in cities.'] },
  { expect: { value: '1999' }, phrases: ['Wages dropped to [[1999]] levels.'] },
  // A raise reaches back to a year: pay "retroactive to" or "backdated to" one is no level.
  { expect: { value: '2020' }, phrases: ['The deal gives workers 24% raises over five years, retroactive to [[2020]], but no sick leave.', 'Workers got raises retroactive to [[2020]].', 'The pay rise is backdated to [[2020]], the union said.'] },
  { expect: { value: '1870' }, phrases: ['Wages rose under a custom dating back to [[1870]].'] },
  { expect: { value: '2010' }, phrases: ['Turnout rose in the local [[2010]] elections.'] },
  { expect: { value: '2023-10' }, phrases: ['The board rejected the offer in [[October]].'] },
  { expect: { value: '2024-10' }, phrases: ['The merger will close in [[October]].'] },
  { expect: { value: '2024-05' }, phrases: ['The vote is expected in [[May]].'] },
  { expect: { value: '2024-03' }, phrases: ['Dry weather should last until at least [[March]].', 'The rules stay in force through at least [[March]].'] },
  { expect: { value: '2024-04' }, phrases: ['The strike could last until [[April]].', 'Officials said the cuts would hit in [[April]].', 'The plant is to shut in [[April]].'] },
  { expect: { value: '2024-03' }, phrases: ['Leaders will meet at the [[March]] summit.', "The party's [[March]] conference will pick a leader.", 'Its [[March]] deadline is near.'] },
  { expect: { value: '2023-06' }, phrases: ['The [[June]] meeting was cancelled.'] },
  // What a body publishes in a month: "its April outlook".
  { expect: { value: '2023-06', rule: 'date/month' }, phrases: ["The fund's [[June]] outlook cut its forecasts.", 'Its [[June]] report was grim.', 'The [[June]] minutes showed worry.'] },
  { expect: { value: '2023-05' }, phrases: ['Voters rejected the plan in the [[May]] referendum.'] },
  // A legislature's, a court's and a campaign's calendar, also after the election's kind.
  { expect: { value: '2023-05' }, phrases: ['Labour gained seats in the [[May]] polls.', 'The party won the [[May]] by-election.', 'Turnout fell in the [[May]] local elections.'] },
  { expect: { value: '2024-04' }, phrases: ['The court agreed to hear the case, setting arguments for the [[April]] sitting.', 'Candidates are preparing for the [[April]] runoff.', 'The [[April]] general election will test the coalition.'] },
  { expect: { value: '2024-08' }, phrases: ['The Senate will take it up after the [[August]] recess.', 'Its [[August]] issue will feature the winners.'] },
  { expect: { value: '2024-06' }, phrases: ['The odds of a rate cut in [[June]] rose to 70 percent.', 'Traders raised their bets on a hike in [[June]].'] },
  { expect: { value: '2023-12' }, phrases: ['The central bank delivered a rate cut in [[December]].'] },
  // A month that opens or closes a span of months with a dash needs no lead word.
  { expect: { value: '2023-04' }, phrases: ['Profit fell 9% in the [[April]]-September half.', 'Profit fell 9% in the [[April]] – September half.'] },
  { expect: { value: '2023-08' }, phrases: ['Output slid in the May-[[August]] period.'] },
]);

describeCorpus('date', 'an ordinal quarter with its year right after it', [
  { expect: { value: '2018-Q4' }, phrases: ['Sales peaked in [[the 4th quarter 2018]].', 'Sales peaked in [[the fourth quarter 2018]].'] },
  { expect: { value: '2019-Q1' }, phrases: ['[[First quarter 2019]] results beat forecasts.'] },
]);

describeCorpus('date', 'a numeric day with a clock time after it', [
  { expect: { value: '2024-04-25T16:00' }, phrases: ['The hearing is set for 4/25 at [[4:00pm]].'] },
]);

describeNegatives('date', 'fractions before a number that is no clock', ['Prices rose 3/4 to 12 dollars.', 'About 2/3 of 300 voters agreed.']);

describeCorpus('date', 'periods: quarters, halves, decades, centuries, seasons, holidays', [
  { expect: { value: '2023-Q3' }, phrases: ['Profit fell in [[the third quarter of 2023]].', 'Revenue rose in [[Q3 2023]].'] },
  { expect: { value: '2023-Q4' }, phrases: ['Sales grew in [[the fourth quarter]].'] },
  { expect: { value: '2024-H1' }, phrases: ['Output will rise in [[the first half of 2024]].'] },
  { expect: { value: '199X' }, phrases: ['Prices soared in [[the 1990s]].', "It was popular in [[the '90s]].", 'Rents doubled in [[the 1990 s]] .', 'Who ran the club in [[1990 s]] ?'] },
  // A round hundred before this century names the century; "the 2000s" and "the 1810s" are decades.
  { expect: { value: '18XX', timexType: 'DATE' }, phrases: ['The mill dates from [[the 1800s]].'] },
  { expect: { value: '19XX', mod: 'START' }, phrases: ['The club was founded in [[the early 1900s]].'] },
  { expect: { value: '200X' }, phrases: ['Growth was fast in [[the 2000s]].'] },
  { expect: { value: '181X' }, phrases: ['The canal was dug in [[the 1810s]].'] },
  { expect: { value: '1969-SU' }, phrases: ["Crowds gathered in [[the summer of '69]].", 'Crowds gathered in [[the summer of \u201969]].'] },
  { expect: { value: '1998-WI' }, phrases: ["The pipes froze in [[the winter of '98]]."] },
  // A winter across New Year is named by the year it starts in.
  { expect: { value: '2020-WI' }, phrases: ['Heating bills soared in [[the winter of 2020-21]].', 'Ski resorts shut in [[winter 2020/2021]].'] },
  { expect: { value: '2024-H2' }, phrases: ['Margins should widen in [[the back half of 2024]].', 'Sales slowed in [[the latter half of 2024]].'] },
  { expect: { value: 'FY2024-Q4', timexType: 'DATE' }, phrases: ['Sales beat forecasts in [[Q4 FY24]].', 'Guidance for [[FY2024 Q4]] was cut.', 'The chain reported [[Q4 fiscal 2024]] results.'] },
  { expect: { value: '19XX' }, phrases: ['It shaped [[the 20th century]].'] },
  { expect: { value: '2023-SU' }, phrases: ['The bridge closed [[last summer]].', 'Work began in [[the summer of 2023]].'] },
  { expect: { value: '2024-11-05', rule: 'date/nth-weekday' }, phrases: ['Voters go to the polls on [[the first Tuesday in November]].', 'The vote falls on [[the first Tuesday of November 2024]].'] },
  { expect: { value: '2025-03-28', rule: 'date/nth-weekday' }, phrases: ['The fair opens on [[the last Friday of March 2025]].'] },
  { expect: { value: '2024-02-23', rule: 'date/nth-weekday' }, phrases: ['Rent is due on [[the last Friday of the month]].', 'Rent is due on [[the fourth Friday of this month]].'] },
  { expect: { value: '2024-03-04', rule: 'date/nth-weekday' }, phrases: ['The board meets on [[the first Monday of next month]].'] },
  { expect: { value: '2024-01-09', rule: 'date/nth-weekday' }, phrases: ['The board met on [[the second Tuesday of last month]].'] },
  { expect: { value: '2025-05-13', rule: 'date/nth-weekday' }, phrases: ['The budget comes on [[the second Tuesday of May]] next year.'] },
  { expect: { value: '2023-10-02', rule: 'date/nth-weekday' }, phrases: ['The poll was held on [[the first Monday of October]] last year.'] },
  { expect: { value: '2025' }, phrases: ['The budget comes on the second Tuesday of May [[next year]].'] },
  { expect: { value: '2024-SP' }, phrases: ['The vote is planned for [[the spring]].'] },
  { expect: { value: '2023-FA' }, phrases: ['By [[the fall]], the firm had cut 200 jobs.', 'The plant closed in [[the fall]] and reopened in May.'] },
  { expect: { value: '2023-12-25' }, phrases: ['The shops were busy before [[Christmas]].'] },
  { expect: { value: '2024-11-28' }, phrases: ['The parade will be held on [[Thanksgiving]].'] },
  { expect: { value: 'FY2024' }, phrases: ['Earnings for [[fiscal 2024]] beat forecasts.'] },
]);

describeCorpus('date', 'a month or day in a year named from the reference', [
  // "next June" is next year's, though a June of this year lies ahead: that one is "this June".
  { expect: { value: '2025-06', rule: 'date/month-relative' }, phrases: ['A ruling is expected by [[next June]].', 'The stadium opens [[next June]].'] },
  { expect: { value: '2024-06', rule: 'date/month-relative' }, phrases: ['The stadium opens [[this June]].'] },
  { expect: { value: '2024-03-31' }, phrases: ['The offer runs until [[next March 31]].'] },
  { expect: { value: '2023-03', rule: 'date/month-relative-year' }, phrases: ['The mill shut in [[March]] last year.', 'Rents rose in [[March]] of last year.'] },
  { expect: { value: '2023' }, phrases: ['The mill shut in March [[last year]].'] },
  { expect: { value: '2024-01-01' }, phrases: ['The levy took effect on [[Jan. 1]] of this year.'] },
  { expect: { value: '2025-06-03' }, phrases: ['The lease ends [[June 3]] next year.'] },
  // Day first, as British, Indian and Australian copy writes it: the year words bind to the day, in the past tense too.
  { expect: { value: '2025-09-30', rule: 'date/month-relative-year' }, phrases: ['The inquiry is due to report by [[30 September]] next year.', 'The trial opens on the [[30th of September]] next year.'] },
  { expect: { value: '2023-06-03' }, phrases: ['He was arrested on [[3 June]] last year.'] },
  { expect: { value: '2025' }, phrases: ['The inquiry is due to report by 30 September [[next year]].'] },
]);

describeNegatives('date', 'a count before a month is no day of it', ['The panel met [[30 times]] in September last year.']);

describeCorpus('date', 'a quarter or half owned by a year', [
  { expect: { value: '2023-Q4', rule: 'date/quarter' }, phrases: ["Margins shrank from last year's [[fourth quarter]].", "Sales in 2023's [[fourth quarter]] rose."] },
  { expect: { value: '2025-H2' }, phrases: ["Next year's [[second half]] looks brighter."] },
  // A fiscal year's parts keep its FY: they are no calendar quarter or half of the same number.
  { expect: { value: 'FY2025-H1' }, phrases: ['Growth slows in [[the first half of fiscal 2025]].'] },
  { expect: { value: 'FY2025-Q1', rule: 'date/quarter' }, phrases: ["Losses narrowed in fiscal 2025's [[first quarter]].", 'Losses narrowed in [[the first quarter of fiscal 2025]].'] },
  { expect: { value: 'FY2025-H2' }, phrases: ["Next fiscal year's [[second half]] looks brighter."] },
]);

describeCorpus('date', 'position modifiers', [
  { expect: { value: '2024', mod: 'END' }, phrases: ['By [[the end of 2024]], spending will double.', 'Output slowed in [[late 2024]].'] },
  { expect: { value: '2023-12', mod: 'START' }, phrases: ['Snow fell in [[early December]].'] },
  { expect: { value: '2011', mod: 'MID' }, phrases: ['The system ships in [[mid-2011]].'] },
  { expect: { value: '2024' }, phrases: ['Prices rose [[earlier this year]].'] },
  // The financial press's "end-June", "start-2026".
  { expect: { value: '2024-06', mod: 'END' }, phrases: ['The target is due by [[end-June]].'] },
  { expect: { value: '2023-06', mod: 'END' }, phrases: ['Reserves stood at $4bn at [[end-June]].'] },
  { expect: { value: '2024', mod: 'END' }, phrases: ['Debt should peak at [[end-2024]].'] },
  { expect: { value: '2026', mod: 'START' }, phrases: ['The plant opens at [[start-2026]].'] },
  // A year after "the" names the event that follows; the position is the event's.
  { expect: { value: '2027' }, phrases: ['His deal runs until the end of the [[2027]] World Cup.', 'She left at the start of the [[2027]] season.'] },
]);

describeCorpus('date', 'month names glued to numbers with hyphens and slashes', [
  { expect: { value: '2016-08-05', timexType: 'DATE' }, phrases: ['The filing is stamped [[05-Aug-2016]].', 'Invoice date: [[2016/aug/05]]', 'Issued [[Aug-05-2016]] by the registry.'] },
  { expect: { value: '2020-09-23' }, phrases: ['Closing date [[23/Sep/2020]], per the notice.', 'Posted [[2020-Sep-23]] to the board.'] },
  { expect: { value: '1994-12-31' }, phrases: ['The contract ran out on [[Dec31, 1994]].'] },
  { expect: { value: '2018-12' }, phrases: ['Statement period: [[Dec-2018]].', 'Balance as of [[Dec/2018]].'] },
  { expect: { value: '2023-10-02' }, phrases: ['The ship docked on [[Oct/2]] after a storm.'] },
]);

describeCorpus('date', 'days written as ordinal words', [
  { expect: { value: '1995-07-04' }, phrases: ['The town was founded on [[the fourth of July, 1995]].', 'He arrived on [[July fourth 1995]].'] },
  { expect: { value: '2000-01-01' }, phrases: ['The law took effect [[January first, 2000]].'] },
  { expect: { value: '2023-08-02' }, phrases: ['The ferry sank on the [[second of August]].'] },
  { expect: { value: '2024-02-23' }, phrases: ['The board meets on [[February twenty-third]].'] },
  { expect: { value: '2020-06-28' }, phrases: ['The vote was held on [[28 June in 2020]].', 'The race ended [[June 28 of 2020]].'] },
]);

describeCorpus('date', 'the nth day of a month', [
  { expect: { value: '2024-03-15' }, phrases: ['Payment falls due on [[the 15th day of next month]].'] },
  { expect: { value: '2024-02-26' }, phrases: ['Bids close on [[the twenty-sixth day of this month]].'] },
  { expect: { value: '2023-09-23' }, phrases: ['The treaty was sealed on [[the twenty-third day of September]].'] },
]);

describeCorpus('date', 'numeric days without a year, and two-digit years', [
  { expect: { value: '2024-02-20' }, phrases: ['The hearing moved to [[Tuesday 2/20]].', 'Entries close on [[2/20]].'] },
  { expect: { value: '2024-03-04', ambiguous: true }, phrases: ['The ballot opens on [[3/4]].'] },
  { expect: { value: '2023-11-20' }, phrases: ['The recall began on [[11/20]].'] },
  { expect: { value: '2023-11-24' }, phrases: ['Visits were possible on 11/20, [[11/24]] or 11/27.', 'Visits were possible on 11/20 and [[11/24]].'] },
  { expect: { value: '2023-11-27' }, phrases: ['Visits were possible on 11/20, 11/24, or [[11/27]].'] },
  { expect: { value: '1940-03-18' }, phrases: ['Born [[03/18/40]] in Ohio.'] },
  { expect: { value: '2031-03-18' }, phrases: ['The bond matures [[03/18/31]].'] },
]);

describeNegatives('date', 'fractions in a list are no days', ['Turnout was [[1/2]], [[2/3]] or [[3/4]] of the roll.', 'He shot [[7/9]], [[5/8]] and [[3/4]] in the games.']);

describeCorpus('date', 'the weekend of a holiday', [
  { expect: { value: '2024-W35-WE', timexType: 'DATE' }, phrases: ['Traffic will be heavy over [[Labor Day weekend]].', 'Traffic will be heavy over [[the weekend of Labor Day]].', 'Traffic will be heavy over [[the Labor Day weekend]].'] },
  // A word that ends in "the" is no article: "soothe" stays out of the span.
  { expect: { value: '2024-W35-WE' }, phrases: ['Sales soothe [[Labor Day weekend]] crowds.'] },
  { expect: { value: '2024-12-25', timexType: 'DATE' }, phrases: ['Flights are full for [[the Christmas holidays]].', 'Stores will close for [[the Christmas holiday]].'] },
  { expect: { value: '2023-W14-WE' }, phrases: ['The shops were closed over [[the weekend of Easter 2023]].', 'The shops were closed over [[Easter 2023 weekend]].'] },
  { expect: { value: '2023-W47-WE' }, phrases: ['Flights sold out for [[thanksgiving weekend]].'] },
]);

describeCorpus('date', 'a threshold after a participle is no past event (reference Friday 2024-02-16)', [
  { expect: { value: '2024-03-01' }, phrases: ['The new guidelines apply to offences committed on or after [[March 1]].', 'The guidelines will apply to offences committed on or after [[March 1]].'] },
  { expect: { value: '2024-03-31' }, phrases: ['The rules cover contracts signed on or before [[March 31]].'] },
  // A past act on the day keeps the past.
  { expect: { value: '2023-03-01' }, phrases: ['He committed the offence on [[March 1]].'] },
]);

describeCorpus('date', 'the week of a holiday is its ISO week (reference Friday 2024-02-16)', [
  { expect: { value: '2024-W48', timexType: 'DATE' }, phrases: ['The court will not sit [[the week of Thanksgiving]].', 'The court will not sit [[Thanksgiving week]].', 'The court will not sit during [[the Thanksgiving week]].'] },
  { expect: { value: '2024-W13' }, phrases: ['The trial resumes [[the week of Easter]].'] },
  // The weekend keeps its own value.
  { expect: { value: '2024-W48-WE' }, phrases: ['Flights will sell out for [[the weekend of Thanksgiving]].'] },
]);

describeCorpus('date', 'a weekday told from the day right after it (reference 2024-02-16)', [
  { expect: { value: '2023-11-26', rule: 'date/weekday-from-day' }, phrases: ['Airports were busiest on [[the Sunday after Thanksgiving 2023]].'] },
  { expect: { value: '2019-12-20' }, phrases: ['Shops open late on [[the Friday before Christmas 2019]].'] },
  // Christmas itself a Friday: the Friday before it is a week earlier.
  { expect: { value: '2020-12-18' }, phrases: ['The office shut on [[the Friday before Christmas 2020]].'] },
]);

// "New Year" before "holiday(s)" or "weekend" is the day the year begins; alone it is the year (see relative.test.ts).
describeCorpus('date', 'the New Year holiday is January 1 (reference 2024-12-05)', [
  { expect: { value: '2025-01-01', rule: 'date/holiday' }, phrases: ['Offices close for [[the New Year holiday]].', 'Airlines expect full flights over the Christmas and [[New Year holidays]].'] },
], { referenceDate: '2024-12-05' });

// England's bank holidays are Mondays; "bank holiday" makes the name a day in lower case too.
describeCorpus('date', 'the bank holidays of England and Wales (reference 2025-04-12)', [
  { expect: { value: '2025-08-25', rule: 'date/holiday' }, phrases: ['Rail works are planned for the [[August bank holiday]].', 'Beaches will fill up over the [[summer bank holiday]].'] },
  { expect: { value: '2025-05-05', rule: 'date/holiday' }, phrases: ['Trains will not run on the [[early May bank holiday]].'] },
  { expect: { value: '2025-05-26', rule: 'date/holiday' }, phrases: ['Network Rail will close the line over the [[spring bank holiday]].'] },
  // A Monday's weekend is the one before it.
  { expect: { value: '2025-W34-WE', rule: 'date/holiday' }, phrases: ['Traffic peaks over [[the August bank holiday weekend]].'] },
], { referenceDate: '2025-04-12' });

describeNegatives('date', 'a bank holiday with no name', ['The bank holiday was wet.', 'Shops shut on bank holidays.', 'Queues grew before the May bank holiday.'], { referenceDate: '2025-04-12' });

// "later this month" or "earlier this week" right after a holiday outweighs the clause's verbs.
describeCorpus('date', 'a holiday whose side of the document date the next words tell', [
  { expect: { value: '2024-02-19', rule: 'date/holiday' }, phrases: ['Staff have worked without pay since January, and airlines fear chaos over [[Presidents\' Day]] later this month.'] },
]);
describeCorpus('date', 'a holiday whose side of the document date the next words tell (reference 2024-12-30)', [
  { expect: { value: '2024-12-25', rule: 'date/holiday' }, phrases: ['Airlines will count the cost of the storm over [[Christmas]] earlier this week.'] },
], { referenceDate: '2024-12-30' });

describeCorpus('date', 'the day right after or before a day (reference 2024-02-16)', [
  { expect: { value: '2023-12-26', rule: 'date/adjacent-day' }, phrases: ['Flights resumed on [[the day after Christmas 2023]].', 'Snow closed the runway [[the day after Dec. 25, 2023]].'] },
  { expect: { value: '2024-05-04', rule: 'date/adjacent-day' }, phrases: ['The vote is [[the day before May 5]].'] },
]);

describeNegatives('date', 'the day after a day that owns the event after it', ['Markets fell [[the day after]] Monday\'s crash.', 'Shares rose [[the day before]] Friday\'s vote.']);

describeCorpus('date', 'a weekday without "the" or before an event stays apart from the day after it', [
  { expect: { rule: 'date/weekday' }, phrases: ['He left [[Sunday]] after Thanksgiving dinner.', 'Talks resumed the [[Monday]] after the vote.'] },
]);

describeCorpus('date', 'a month in a clause that tells a yearly habit is any year\'s (reference 2024-02-16)', [
  { expect: { value: 'XXXX-04' }, phrases: ['Rents are reviewed annually in [[April]].', 'The fair is usually held in [[April]].', 'The fair is held every year in [[April]].'] },
  { expect: { value: 'XXXX-02', mod: 'END' }, phrases: ['The sea ice typically bottoms out in [[late February]].'] },
  // The habit's own clause only, and not a word that also tells what one past event was like.
  { expect: { value: '2023-12' }, phrases: ['Sales usually rise in spring, but this year they fell in [[December]].'] },
  { expect: { value: '2024-12' }, phrases: ['Analysts generally expected a cut in [[December]].'] },
  // A piece set off by commas that only says when belongs to the habit's clause before it.
  { expect: { value: 'XXXX-06' }, phrases: ['Hurricanes usually form over the warm season, from [[June]] to November, forecasters say.', 'Lambs are typically born early in the year, in [[June]] in the south.'] },
  { expect: { value: '2023-06' }, phrases: ['Hurricanes formed over the warm season, from [[June]] to November, forecasters said.', 'Sales usually peak in spring, but they slumped, in [[June]] above all.'] },
  // "any" before the month takes no year either.
  { expect: { value: 'XXXX-01' }, phrases: ['More rain fell this month than in any [[January]] on record.'] },
  { expect: { value: '2024-01' }, phrases: ['More rain fell than in [[January]].', 'It rained more than in any year since [[January]].'] },
]);

describeCorpus('date', 'a holiday in a sentence that tells a habit is any year\'s', [
  { expect: { value: 'XXXX-01-01' }, phrases: ['Markets are usually shut on [[New Year\'s Day]].', 'Banks close on public holidays such as [[New Year\'s Day]].', 'The exchange is closed on [[New Year\'s Day]], as it is every year.'] },
  { expect: { value: '2024-12-25' }, phrases: ['The exchange will be closed on [[Christmas Day]].'] },
]);

describeCorpus('date', 'a regular past form of four letters is past too (reference 2024-01-03)', [
  { expect: { value: '2023-12-31' }, phrases: ['The singer died on [[New Year\'s Eve]].'] },
  { expect: { value: '2023-12-25' }, phrases: ['The lender sued its rival on [[Christmas Day]].'] },
  // Still ahead where nothing is past.
  { expect: { value: '2024-12-31' }, phrases: ['The singer will perform on [[New Year\'s Eve]].'] },
], { referenceDate: '2024-01-03' });

describeCorpus('date', 'what is done "for" a holiday close ahead is done for that one, whatever the tense (reference 2024-12-18)', [
  { expect: { value: '2024-12-25' }, phrases: ['The strike left thousands of passengers trying to get home for [[Christmas]].', 'Shoppers bought their gifts for [[Christmas]] online.', 'Eurostar has cancelled trains, stranding families travelling for [[Christmas]].'] },
  // Without "for", or far off, the tense still chooses.
  { expect: { value: '2023-12-25' }, phrases: ['Sales fell over [[Christmas]], the retailer said.', 'Shops closed early before [[Christmas]] and reopened late.'] },
], { referenceDate: '2024-12-18' });

describeCorpus('date', 'a past sentence "for" a holiday months ahead is about the last one (reference 2024-07-18)', [
  { expect: { value: '2023-12-25' }, phrases: ['He flew home for [[Christmas]].'] },
], { referenceDate: '2024-07-18' });

describeCorpus('date', 'a clock time after a habitual holiday falls on no holiday (reference 2024-12-30)', [
  { expect: { value: '2024-12-30T13:00' }, phrases: ['Banks close on public holidays such as Boxing Day. Trading ends at [[1 p.m.]]'] },
  { expect: { value: '2024-12-31T06:00' }, phrases: ['Rail workers will strike on New Year\'s Eve. The walkout starts at [[6 a.m.]]'] },
], { referenceDate: '2024-12-30' });

describeCorpus('date', 'holidays written in lower case with a year or a step', [
  { expect: { value: '2018-04-01' }, phrases: ['Ticket sales peaked around [[easter 2018]].'] },
  { expect: { value: '2010-11-26' }, phrases: ['Stores opened early on [[black friday 2010]].'] },
  { expect: { value: '2019-11-29' }, phrases: ['Stores opened early on [[Black Friday 2019]].'] },
  { expect: { value: '2023-04-09' }, phrases: ['Sales fell over [[last easter]].'] },
]);

describeCorpus('date', 'a holiday with its year named by a step', [
  { expect: { value: '2025-10-31' }, phrases: ['We will dress up for [[Halloween next year]].', 'We will dress up for [[halloween of next year]].'] },
  { expect: { value: '2023-12-25' }, phrases: ['Sales were strong at [[Christmas last year]].', '[[Last Christmas]] the shops were full.'] },
  { expect: { value: '2024-12-25' }, phrases: ['Stores expect a busy [[Christmas this year]].'] },
  // Easter is computed: 2025's falls on April 20.
  { expect: { value: '2025-04-20' }, phrases: ['[[Easter 2025]] falls in April.', 'The shrine reopens at [[Easter next year]].'] },
]);

describeCorpus('date', 'days of history named like holidays', [
  { expect: { value: '1987-10-19', rule: 'date/holiday' }, phrases: ['It was the steepest fall since [[Black Monday]].', 'Traders still talk of [[Black Monday]] two years on.'] },
  { expect: { value: '1929-10-29' }, phrases: ['The crash of [[Black Tuesday]] wiped out fortunes.'] },
]);

describeCorpus('date', 'halves without a year in reports on money', [
  { expect: { value: '2023-H1' }, phrases: ['Profit in [[the first half]] rose 12%.'] },
  { expect: { value: '2024-H2' }, phrases: ['The bank expects [[second-half]] earnings to recover.'] },
  { expect: { value: '2023-H1' }, phrases: ['The thrift lost $41 million in [[the first half]].', 'In [[the first half]], the utility earned 2.3 billion yen.'] },
  { expect: { value: '2024-H2' }, phrases: ['The merger is expected to close in [[the second half]].', 'Both companies said the acquisition would be completed in [[the second half]].', 'Orders should pick up in [[the second half]], the carmaker said.'] },
  { expect: { value: '2024-H2' }, phrases: ['The chairman said cash flow would improve in [[the second half]].', 'Analysts expect demand to pick up in [[the second half]].'] },
  // The code alone after a period's lead, as the words are read.
  { expect: { value: '2024-H2', rule: 'date/half-code' }, phrases: ['The bank expects profits to recover in [[H2]].'] },
  { expect: { value: '2023-H1', rule: 'date/half-code' }, phrases: ['Sales fell 4% in [[H1]].'] },
  // What an airline, an airport or a tourist board counts is reported by halves too.
  { expect: { value: '2023-H1', rule: 'date/half' }, phrases: ['Heathrow counted more passengers in [[the first half]].', 'Boeing made 120 deliveries in [[the first half]].', 'Hotel occupancy rose in [[the first half]].', 'Tourist arrivals climbed in [[the first half]].'] },
]);

describeNegatives('date', 'a half of a match, where "visitors" are the away side', ['The visitors scored twice in [[the first half]].', 'The visitors led at the end of [[the first half]].']);

describeCorpus('date', 'a half\'s code with its year, either way round', [
  { expect: { value: '2024-H1', rule: 'date/half-code' }, phrases: ['Margins widened in [[1H24]].', 'Revenue for [[1H 2024]] was flat.', 'Costs rose in [[H1\'24]].', 'The [[2024 1H]] figures were weak.'] },
  { expect: { value: '2023-H2', rule: 'date/half-code' }, phrases: ['[[2H23]] sales beat forecasts.'] },
]);

describeNegatives('date', 'a bare half code that is no half', ['Artists use a 2H pencil.', 'Demand for H2 rose.', 'Hydrogen (H2) prices rose.', 'The firm hired staff on H1 visas.', 'Cases of H1N1 rose in the region.']);

describeCorpus('date', 'months in lower case with a year or a day', [
  { expect: { value: '1992-06', timexType: 'DATE' }, phrases: ['The plant closed in [[june of 1992]].'] },
  { expect: { value: '2017-04' }, phrases: ['The survey ran in [[april 2017]].'] },
  { expect: { value: '2024-06-26' }, phrases: ['The fair opens on [[26 june]].'] },
]);

describeCorpus('date', 'compact and short numeric dates', [
  { expect: { value: '2016-10-16', timexType: 'DATE' }, phrases: ['The firmware was released on [[20161016]].', 'The notice is dated [[20161016]].', 'Rates apply effective: [[20161016]].'] },
  { expect: { value: '2015-03' }, phrases: ['The index was rebased in [[2015-3]].'] },
]);

describeCorpus('date', 'spelled years and days', [
  { expect: { value: '1986', timexType: 'DATE' }, phrases: ['She was born in [[nineteen eighty-six]].', '[[Nineteen eighty six]] was a hard year.'] },
  { expect: { value: '2015' }, phrases: ['Back in [[twenty fifteen]], the mill closed.', 'The law passed in [[two thousand and fifteen]].'] },
  { expect: { value: '1805' }, phrases: ['The fort was built in [[eighteen oh five]].'] },
  { expect: { value: '198X', rule: 'date/decade-spoken' }, phrases: ['Rates peaked in [[the nineteen-eighties]].', 'Rates peaked in [[the nineteen eighties]].', '[[Nineteen eighties]] pop is back.'] },
  { expect: { value: '189X' }, phrases: ['The mill dates from [[the eighteen nineties]].'] },
  { expect: { value: '1980', rule: 'date/year' }, phrases: ['[[1980]]\'s election was close.'] },
  { expect: { value: '198X', rule: 'date/decade' }, phrases: ['Rates peaked in [[the 1980\'s]].', 'Rates peaked in [[1980\'s]] America.', 'Rates peaked in [[the early 1980\'s]].', 'Rates peaked in [[the 1980 \'s]] .'] },
  { expect: { value: '2024-05-29' }, phrases: ['The vote is set for [[May twenty-nine]].', 'The vote is set for [[May twenty nine]], officials said.'] },
]);

describeNegatives('date', 'numbers near compact and spelled dates that are not dates', [
  'Call [[20161016]] for tickets.',
  'Account [[20161016]] was frozen on request.',
  'The ID is #[[20161016]].',
  'The notice is dated [[20161332]].',
  'Resolution [[2015-3]] passed unanimously.',
  'The order cost [[201610160]] yen.',
  'He handed leaflets to [[two thousand]] people.',
  'They sold [[twenty]] fifteen-year-old cars.',
  'In May [[twenty nine]] people died.',
  'The firm hired [[twenty twenty]]-somethings.',
]);

describeCorpus('date', 'quarter and half codes with separators', [
  { expect: { value: '2019-Q1', timexType: 'DATE' }, phrases: ['Margins fell in [[2019-Q1]].', 'Margins fell in [[Q1-2019]].', 'Margins fell in [[Q1/2019]].', 'Margins fell in [[1Q19]].', 'Margins fell in [[2019-q1]].'] },
  { expect: { value: '2019-H2' }, phrases: ['Orders grew in [[2019-H2]].', 'Orders grew in [[H2/2019]].'] },
]);

describeCorpus('date', 'a month with an apostrophe year', [
  { expect: { value: '1987-10', timexType: 'DATE' }, phrases: ["Brokers still recall the crash of [[October '87]].", 'Brokers still recall the crash of [[October of ’87]].'] },
]);

describeNegatives('date', 'codes that look like quarters', ['Model [[1Q19X]] shipped.', 'Part [[Q1234]] was recalled.']);

describeCorpus('date', 'abbreviated months on their own', [
  { expect: { value: '2023-12', timexType: 'DATE' }, phrases: ['Exports slumped in [[Dec.]]', 'Exports slumped in [[Dec]], traders said.'] },
  { expect: { value: '2023-09' }, phrases: ['Prices have doubled since [[Sept.]]'] },
]);

describeNegatives('date', 'abbreviations that are names', ['[[Jan]] Smith said the talks failed.', 'The cup was held in [[Jan]] Smith’s home town.', 'She grew up in [[Mar]] del Plata.', 'The [[Dec]] Alpha server was retired.']);

describeCorpus('date', 'numeric month and year', [
  { expect: { value: '2015-12', timexType: 'DATE' }, phrases: ['The licence expires [[12/2015]].', 'The licence expires [[12-2015]].'] },
  { expect: { value: '2019-03' }, phrases: ['Output peaked in [[3/2019]].'] },
]);

describeCorpus('date', 'a weekday with a digit ordinal and no "the"', [
  { expect: { value: '2024-02-13', timexType: 'DATE' }, phrases: ['The board met [[Tuesday 13th]].', 'The board met [[Tue. 13th]], officials said.'] },
]);

describeNegatives('date', 'weekdays before ordinals that are not days', [
  'The [[Sun 14th]] edition sold out.',
  'On Friday [[second]] place went to Kenya.',
  'The home side won [[3-2015]] in a freak result.',
]);

describeCorpus(
  'date',
  'a leap day against a common reference year',
  [
    { expect: { value: '2020-02-29' }, phrases: ['The ballot on [[Feb 29]] was close.'] },
    { expect: { value: '2024-02-29' }, phrases: ['Rent falls due on [[February 29]].', 'The ferry will sail on [[2/29]].'] },
  ],
  { referenceDate: '2023-06-10' },
);

describeCorpus('date', 'lists of days that share a month', [
  { expect: { value: '2024-03-05', rule: 'date/day-list' }, phrases: ['Hearings on March 3, [[5]] and 9 were moved.', 'The ferry sails on 3, [[5]], and 9 March.'] },
  { expect: { value: '2024-03-09' }, phrases: ['Hearings on March 3, 5 and [[9]] were moved.', 'The ferry sails on 3, 5, and [[9 March]].'] },
  { expect: { value: '2023-11-22' }, phrases: ['Auctions ran on Nov. 8, 15 or [[22, 2023]].'] },
  { expect: { value: '2024-01-19' }, phrases: ['Unions marched on Jan. 5 and [[19]].', 'Strikes on Jan. 5, 12 and [[19]] went ahead.'] },
]);

describeNegatives('date', 'counts after a day are no list of days', ['On March 3, [[5]] and 9 people were hurt.', 'By May 2, [[3]] and 4 goals had been scored.', 'He trailed on Jan. 3, [[5]] and 9 seconds behind.']);

describeCorpus('date', '"the summer" after "to", "into", "throughout" or "spent"', [
  { expect: { value: '2023-SU', timexType: 'DATE' }, phrases: ['The minister spent [[the summer]] abroad.', 'Prices fell throughout [[the summer]].'] },
  { expect: { value: '2024-SU' }, phrases: ['The talks will drag on into [[the summer]].'] },
]);

describeCorpus('date', 'a season after "mid-" written with a hyphen, as after "mid" or "early"', [
  { expect: { value: '2024-SU', mod: 'MID' }, phrases: ['Sales will peak in [[mid-summer]].', 'The dam will be full by [[mid summer]].'] },
  { expect: { value: '2023-WI', mod: 'MID' }, phrases: ['Pipes froze in [[mid-winter]].'] },
]);
describeNegatives('date', 'a season after a hyphen that joins another word', ['The [[post-summer]] lull set in.']);

describeNegatives('date', 'seasons in names and springs of water', ['Crowds went to [[the Spring Fair]] in Harrogate.', 'Hikers walked down to the spring for water.']);

describeCorpus('date', 'feasts of the Islamic, Hebrew and Chinese calendars, by their first day (reference 2024-02-16)', [
  { expect: { value: '2024-04-10', rule: 'date/holiday' }, phrases: ['Muslims will celebrate [[Eid al-Fitr]] in April.', 'Markets close for [[Eid ul-Fitr]] next month.'] },
  { expect: { value: '2024-03-11' }, phrases: ['Prices will rise before [[Ramadan]].'] },
  { expect: { value: '2023-09-16' }, phrases: ['Shops closed for [[Rosh Hashanah]].'] },
  { expect: { value: '2023-09-25' }, phrases: ['[[Yom Kippur]] fell on a Monday.'] },
  { expect: { value: '2023-12-08' }, phrases: ['The truce held through [[Hanukkah]].'] },
  { expect: { value: '2024-04-23' }, phrases: ['Families will gather for [[Passover]].'] },
  { expect: { value: '2024-02-10' }, phrases: ['Travel peaked before [[Lunar New Year]].', 'Sales rose during [[Chinese New Year]].', 'Millions went home for [[the Spring Festival holiday]].'] },
]);
describeCorpus('date', 'where the calendar puts a feast: "falls on" looks ahead, "fell on" back (reference 2024-11-20)', [
  { expect: { value: '2025-01-29' }, phrases: ['[[Lunar New Year]] falls on Jan. 29.'] },
  { expect: { value: '2024-02-10' }, phrases: ['[[Lunar New Year]] fell on a Saturday.'] },
], { referenceDate: '2024-11-20' });
describeCorpus('date', 'a feast of a month is this year\'s while it lasts (reference 2024-03-20)', [
  { expect: { value: '2024-03-11' }, phrases: ['Shops will stay open late until [[Ramadan]] ends.'] },
], { referenceDate: '2024-03-20' });

describeCorpus('date', 'a day glued to its month', [
  { expect: { value: '2015-04-14', timexType: 'DATE' }, phrases: ['He arrived [[14april 2015]].', 'He arrived [[14April2015]].', 'He arrived on [[14th april, 2015]].', 'She left [[april14 2015]].'] },
  { expect: { value: '2015-01-03' }, phrases: ['Filed on [[3jan2015]].', 'Filed on [[3Jan. 2015]].'] },
  { expect: { value: '2024-03-21' }, phrases: ['The fair opens on [[21march]].'] },
]);

describeNegatives('date', 'a number glued to a short month word without a year', ['Use code 5mar to save.', 'Take the 2may route.', 'The 3dec model sold out.', 'Order #14april2015 shipped.']);

describeCorpus('date', 'shopping and voting days named like holidays', [
  { expect: { value: '2023-11-27', rule: 'date/holiday' }, phrases: ['Online orders peaked on [[Cyber Monday]].'] },
  { expect: { value: '2024-11-05', rule: 'date/holiday' }, phrases: ['Voters will go to the polls on [[Election Day]].'] },
  { expect: { value: '2023-07-01' }, phrases: ['Crowds gathered on [[Canada Day]].'] },
]);

describeCorpus('date', 'national and civic days that politics copy dates events by', [
  { expect: { value: '2024-04-27', rule: 'date/holiday' }, phrases: ['South Africa will mark [[Freedom Day]] with rallies.'] },
  { expect: { value: '2023-05-09', rule: 'date/holiday' }, phrases: ['Troops marched in the [[Victory Day]] parade.'] },
  { expect: { value: '2024-03-08' }, phrases: ["Rallies are planned for [[International Women's Day]]."] },
  { expect: { value: '2023-12-31' }, phrases: ['Crowds gathered in Edinburgh on [[Hogmanay]].'] },
]);

describeCorpus('date', 'the season of the holidays', [
  { expect: { value: '2023-12', rule: 'date/holiday-season' }, phrases: ['Retailers reported weak sales for [[the holiday season]].', 'Traffic was heavy over [[the holidays]].', 'Sales fell [[last holiday season]].', 'Stores cut prices during [[the Christmas shopping season]].'] },
  { expect: { value: '2024-12' }, phrases: ['Stores are hiring for [[the holiday season]].'] },
]);

describeNegatives('date', 'holidays that are days off', ['Workers get six paid holidays.', 'They took holidays in Spain.']);

describeNegatives('person', "a name inside a holiday's is part of the holiday", ['Shoppers spent more on [[Cyber Monday]].', 'Offices shut for Good Friday and [[Easter Monday]].']);

describe('a name inside a holiday is part of the holiday when dates are asked for too', () => {
  it.each([
    ["The parade is on St. Patrick's Day.", "St. Patrick's Day"],
    ['Banks close on Martin Luther King Jr. Day.', 'Martin Luther King Jr. Day'],
  ])('%s', (text, holiday) => {
    const facts = extract(text, { referenceDate: '2024-11-20' }).facts;
    expect(facts.map((f) => [f.kind, f.text])).toEqual([['date', holiday]]);
  });

  it('keeps a place whose name holds a holiday', () => {
    const facts = extract('The ship reached Christmas Island at dawn.', { referenceDate: '2024-11-20' }).facts;
    expect(facts.map((f) => [f.kind, f.text])).toEqual([['location', 'Christmas Island'], ['date', 'dawn']]);
  });
});

describeCorpus('date', 'a month after "by" lies ahead, unless a past perfect tells the deadline met', [
  { expect: { value: '2024-11' }, phrases: ['The firm must repay the loan by [[November]].', 'The firm had promised to repay the loan by [[November]].', 'He said the plant would reopen by [[November]].'] },
  { expect: { value: '2023-11' }, phrases: ['Inventories had risen 5% by [[November]].', 'By [[November]], the fund had already lost 9% of its value.', 'By [[November]] the shares had been sold.'] },
  { expect: { value: '2023-11', mod: 'END' }, phrases: ['By [[the end of November]], the company had sold half its stake.'] },
]);

// Reference Friday 2024-02-16: "cut", "hit", "set" after "the first" or "another" are nouns, no past verb.
describeCorpus('date', 'a past form that is a noun after an adjective of order gives no tense', [
  { expect: { value: '2024-06' }, phrases: ['Traders now see the first cut in [[June]].', 'Investors expect another cut in [[June]].', 'Fans await the third set in [[June]].'] },
  { expect: { value: '2023-06' }, phrases: ['The bank made its first cut in [[June]].', 'The first came in [[June]].', 'The company first cut jobs in [[June]].'] },
  // A participle there qualifies the noun after it: "the first powered flight".
  { expect: { value: '2024-06' }, phrases: ['The drone will attempt the first powered flight in [[June]].', 'Crews will test another modified engine in [[June]].'] },
  { expect: { value: '2023-06' }, phrases: ['Officials reported the first confirmed case in [[June]].'] },
]);

// Reference Friday 2024-02-16.
describeCorpus('date', 'a day or month without its year takes the year of the date just before it', [
  { expect: { value: '2005-08-30' }, phrases: ['The hurricane struck on Aug. 29, 2005, and the dams gave way on [[Aug. 30]].', 'The hurricane struck on Aug. 29, 2005. On [[Aug. 30]], the dams gave way.'] },
  { expect: { value: '2019-06-11' }, phrases: ['In 2019, the river crested on [[June 11]].'] },
  { expect: { value: '2020-11-18' }, phrases: ['He shot the clerk on Aug. 3, 2020. He was charged on [[Nov. 18]].', 'The firm was set up on Aug. 3, 2020, and sold for cash on [[Nov. 18]].'] },
  { expect: { value: '2019-07' }, phrases: ['In 2019, the river crested in [[July]].'] },
  { expect: { value: '2019-SP' }, phrases: ['In 2019, the river flooded in [[the spring]].', 'Miners last struck in 2019, when the talks broke down in [[the spring]].'] },
  { expect: { value: '2026-06-11' }, phrases: ['The 2026 World Cup kicks off [[June 11]].'] },
  // Across New Year, a day well before the one that lends its year falls in the year after.
  { expect: { value: '2006-01-03' }, phrases: ['The fair ran from Dec. 28, 2005, to [[Jan. 3]].'] },
  // A month with its year lends it to a later month of its sentence; a year lends it to a "when" clause.
  { expect: { value: '2019-05' }, phrases: ['Exports slumped in March 2019 and recovered in [[May]].', 'In March 2019, exports slumped and recovered in [[May]].', 'Miners last struck in 2019, when the talks broke down in [[May]].'] },
  // A year told relative to the story dates its sentence when it opens it or owns its subject.
  { expect: { value: '2023-01' }, phrases: ['Last year, the river crested in [[January]].'] },
  { expect: { value: '2023-01-27' }, phrases: ["Last year's festival opened on [[Jan. 27]]."] },
  { expect: { value: '2025-06-27' }, phrases: ["Next year's festival will open on [[June 27]].", 'Next year, the festival opens on [[June 27]].'] },
  // A relative year owning an object dates no deadline of the sentence: the day keeps its own year.
  { expect: { value: '2024-12-02' }, phrases: ["The party wants a vote on next year's budget by [[Dec. 2]].", "Lawmakers must pass next year's spending plan before [[Dec. 2]]."] },
  { expect: { value: '2022-06-20' }, phrases: ['Two years ago, the river crested on [[June 20]].'] },
  { expect: { value: '2022-05' }, phrases: ['Two years ago, the river crested in [[May]].'] },
  // A day just ahead of the report is no news of the day: the opening year dates it.
  { expect: { value: '2023-02-18' }, phrases: ['Last year, the agency received five million returns on [[Feb. 18]] alone.'] },
  { expect: { value: '2019-02-18' }, phrases: ['In 2019, the agency received five million returns on [[Feb. 18]] alone.'] },
  // A year alone dates its whole sentence, even one that looks ahead.
  { expect: { value: '2026-06-27' }, phrases: ['In 2026, the fair will run from [[June 27]].'] },
  // A holiday on a fixed day takes the year, too.
  { expect: { value: '2019-12-25' }, phrases: ['In 2019, the strike ended just before [[Christmas]].', 'Miners last struck in 2019, when the talks broke down on [[Christmas]].'] },
]);

describeCorpus('date', 'a day without its year keeps the year the reference gives it', [
  { expect: { value: '2023-03' }, phrases: ['The firm, founded in 1998, said sales rose in [[March]].', 'The firm, listed in May 2015, said sales rose in [[March]].'] },
  { expect: { value: '2023-SP' }, phrases: ['The firm, founded in 1998, said sales rose in [[the spring]].'] },
  { expect: { value: '2024-SP' }, phrases: ['In 2019, sales fell; [[this spring]] they recovered.'] },
  // A month and its year in an aside a comma closes are background.
  { expect: { value: '2023-07' }, phrases: ['The firm, which listed in May 2015, said sales rose in [[July]].'] },
  { expect: { value: '2024-06-11' }, phrases: ['He was convicted on March 3, 2019, and will be freed on [[June 11]].'] },
  // A court's diary looks ahead from the crime it tells of.
  { expect: { value: '2024-11-18' }, phrases: ['He shot the clerk on Aug. 3, 2020. Judge Ann Hale set sentencing for [[Nov. 18]].', 'The clerk was shot on Aug. 3, 2020. Sentencing is set for [[Nov. 18]].', 'The mill burned on Aug. 3, 2020; a hearing is slated for [[Nov. 18]].'] },
  // A day on or just before the report is the news of the day, whatever year opens the sentence.
  { expect: { value: '2024-02-15' }, phrases: ['In 2019, sales rose, the firm said on [[Feb. 15]].', 'Last year, sales rose, the firm said on [[Feb. 15]].'] },
  { expect: { value: '2024-01-20' }, phrases: ['Three days ago, the river crested again; on [[Jan. 20]] it had fallen.'] },
  // A relative year inside a clause dates that clause alone.
  { expect: { value: '2024-06-27' }, phrases: ['The fair moved last year, and it opens on [[June 27]].', 'The fair moved to a new site last year. It opens on [[June 27]].'] },
  { expect: { value: '2024-02-02' }, phrases: ['Born on May 4, 1980, the singer died on [[Feb. 2]].'] },
  { expect: { value: '2024-02-12' }, phrases: ['The rule took effect on Jan. 1, 2023. On [[Feb. 12]], regulators said it had worked.'] },
  // A founding dates no episode, and a story told in order does not go back before the day that would lend its year.
  { expect: { value: '2023-11-18' }, phrases: ['The bank, founded on Oct. 2, 1998, reopened on [[Nov. 18]].'] },
  { expect: { value: '2023-05-05' }, phrases: ['The plant opened on June 3, 2015. On [[May 5]], its owner said it would close.'] },
]);

describeCorpus('date', 'a month after "that" is one of the year the story last named', [
  { expect: { value: '2019-08' }, phrases: ['He joined in the summer of 2019 and scored on his debut that [[August]].', 'The firm was sold in 2019. Its founder died that [[August]].'] },
  { expect: { value: '2023-05' }, phrases: ['Last spring the river flooded, and that [[May]] the levee broke.'] },
  // After a verb of saying, "that" opens a clause.
  { expect: { value: '2024-03' }, phrases: ['The firm was sold in 2019. Officials say that [[March]] will bring new owners.'] },
]);

describeCorpus('date', 'a past perfect after a date that lends its year looks back from that date', [
  { expect: { value: '2018-11' }, phrases: ['The airline grounded the jets on Jan. 15, 2019. Engineers had flagged the fault in [[November]].', 'The jets were grounded on Jan. 15, 2019, after engineers had flagged the fault in [[November]].'] },
  { expect: { value: '2019-04-02' }, phrases: ['On May 30, 2019, the firm disclosed a breach. Hackers had gained access on [[April 2]].'] },
  { expect: { value: '2018-06-03' }, phrases: ['On May 30, 2019, the firm disclosed a breach. Hackers had gained access on [[June 3]].'] },
  // The past perfect of another clause, or one after the date, tells no flashback of the day.
  { expect: { value: '2019-06-03' }, phrases: ['On May 30, 2019, the firm disclosed a breach. Hackers had gained access on April 2, and on [[June 3]] it hired a firm.'] },
  { expect: { value: '2023-05-05' }, phrases: ['The plant opened on June 3, 2015. On [[May 5]], its owner said the plant had closed.'] },
]);

describeCorpus('date', 'a day opening its sentence before a past verb lies on or before the reference', [
  { expect: { value: '2023-03-03' }, phrases: ['On [[March 3]], the bank raised rates.', 'On [[March 3]], the suspect was arrested.', 'On [[March 3]] the levee failed.'] },
  { expect: { value: '2024-03-03' }, phrases: ['On [[March 3]], the court will rule.', 'On [[March 3]], the vote was expected to pass.'] },
]);

describeCorpus('date', 'a winter told until March is the one that began the December before', [
  { expect: { value: '2025-WI' }, phrases: ['Snowfall [[this winter]] was a third below average.', 'Pipes burst during [[the winter]].'] },
  { expect: { value: '2026-WI' }, phrases: ['Heating bills will rise [[next winter]].', 'Gas stocks must be full by [[the winter]].'] },
], { referenceDate: '2026-03-03' });

describeCorpus('date', 'a winter told from April is the coming one', [
  { expect: { value: '2026-WI' }, phrases: ['Heating bills will rise [[this winter]].'] },
], { referenceDate: '2026-04-10' });

describeCorpus('date', '"autumn" is the season after any lead, where "fall" may be a drop', [
  { expect: { value: '2026-FA' }, phrases: ['The appeal is set for [[the autumn]].', 'The vote is planned for [[the autumn]].'] },
  { expect: { value: '2026-FA' }, phrases: ['Sales will recover in [[the fall]].'] },
  // A season a date is moved to lies ahead, whatever the verb's tense.
  { expect: { value: '2026-FA' }, phrases: ['The launch was pushed back to [[the autumn]].', 'Exams were moved to [[the autumn]].'] },
], { referenceDate: '2026-03-22' });

describeNegatives('date', '"the fall" as a drop, and a season after "to" that moves no date', ['Buyers returned after [[the fall]] of the index.', 'Traders blamed [[the fall]] in prices.', 'They walked to [[the spring]] for water.'], { referenceDate: '2026-03-22' });

// An airline's or a railway's season of flights is a season on its calendar, as a session is.
describeCorpus('date', 'a season before a schedule or a timetable', [
  { expect: { value: '2025-SU', rule: 'date/season' }, phrases: ['Airlines are flying more seats in their [[summer]] schedules.'] },
  { expect: { value: '2025-WI', rule: 'date/season' }, phrases: ['The carrier will fly to Vienna in its [[winter]] timetable.'] },
], { referenceDate: '2025-07-10' });

describeNegatives('date', 'a schedule of any season, after "a"', ['Campers follow a [[summer]] schedule.', 'Buses keep a [[winter]] timetable.'], { referenceDate: '2025-07-10' });

describeCorpus('date', 'a season come back from is over', [
  { expect: { value: '2026-SU' }, phrases: ['Lawmakers return from [[the summer]] recess on Monday.', 'Pupils were back from [[the summer]] break.'] },
], { referenceDate: '2026-09-08' });

describeCorpus('date', 'a month ranked by a superlative or record word after "the"', [
  { expect: { value: '2026-06' }, phrases: ['Last month was the hottest [[June]] since records began.', 'It was the wettest [[June]] on record.', 'This was the first [[June]] without rain.'] },
], { referenceDate: '2026-07-20' });

describeNegatives('date', 'a name after a superlative', ['The latest [[June]] Carter record sold well.', 'Fans of the best [[June]] Carter songs queued.'], { referenceDate: '2026-07-20' });

describeCorpus('date', 'days of history named by month and day before a noun of the event (reference 2024-09-11)', [
  { expect: { value: '2001-09-11' }, phrases: ['Security has tightened since the [[Sept. 11]] attacks.', 'Relatives read names at the [[9/11]] memorial.'] },
  { expect: { value: '2021-01-06' }, phrases: ['The [[Jan. 6]] committee released its final report.'] },
  { expect: { value: '2023-10-07' }, phrases: ['Families of the [[Oct. 7]] hostages marched on Sunday.'] },
  { expect: { value: '2024-10-07' }, phrases: ['The [[Oct. 7]] vote will be close.'] },
], { referenceDate: '2024-09-11' });
describeCorpus('date', 'a day of history is no such day in a story told before it (reference 1999-06-01)', [
  { expect: { value: '1998-09-11' }, phrases: ['The [[Sept. 11]] attacks killed two soldiers.'] },
], { referenceDate: '1999-06-01' });

describeCorpus('date', 'a year clipped to two digits after an apostrophe, where a year stands', [
  { expect: { value: '1958', timexType: 'DATE', rule: 'date/clipped-year' }, phrases: ["He was a member of the class of [[’58]] at Yale.", "The [['58]] Chevy still runs.", "She left in [['58]] and never came back."] },
  { expect: { value: '1946' }, phrases: ["He came home in [['46]] and married in '48."] },
  { expect: { value: '1993' }, phrases: ["The flood of [['93]] wiped out the farm."] },
  // A clipped year up to ten years past the reference's is this century's.
  { expect: { value: '2022' }, phrases: ["The class of [['22]] raised $1 million."] },
]);

// A quoted figure or a count is no year; a decade stays one span.
describeNegatives('date', 'two digits after an apostrophe that are no year', ["He wore '58' on his back.", "Rock 'n' roll played at 58 clubs.", "The code was '58A'."]);

describeCorpus('date', 'a month after the talker\'s "come" or before the pronoun "I" (reference 2024-02-16)', [
  { expect: { value: '2024-06', rule: 'date/month' }, phrases: ['Come [[June]], the grass counts peak and we will know more.', 'The hay will be in come [[June]], weather allowing.'] },
  { expect: { value: '2023-03', rule: 'date/month' }, phrases: ['When she retired in [[March]] I took over the shop.'] },
  { expect: { value: '2023-05', rule: 'date/month' }, phrases: ['Rent went up in [[May]] I think.'] },
]);
describeNegatives('date', 'a month name that is a person stays one', [
  'The letter ended: please come, June, we miss you here at the farm.',
  'Her aunt June Ingram sang at the fair.',
]);
