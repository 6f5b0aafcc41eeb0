import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('date', 'weekdays take the tense around them (reference Friday 2024-02-16)', [
  { expect: { value: '2024-02-15', timexType: 'DATE' }, phrases: ['The minister said [[Thursday]] that talks had stalled.', 'Ministers met here on [[Thursday]].'] },
  { expect: { value: '2024-02-12' }, phrases: ['Police arrested two men on [[Monday]].'] },
  { expect: { value: '2024-02-22' }, phrases: ['The council will vote on [[Thursday]].', "They'll meet [[Thursday]] in Rome."] },
  { expect: { value: '2024-02-19' }, phrases: ['The talks resume [[next Monday]].'] },
  { expect: { value: '2024-02-14' }, phrases: ['He resigned [[last Wednesday]].'] },
  // Yesterday and tomorrow have their own words: "last"/"next" with their weekday go a week further.
  { expect: { value: '2024-02-08' }, phrases: ['The board met [[last Thursday]].', 'The board met [[previous Thursday]].'] },
  { expect: { value: '2024-02-24' }, phrases: ['The vote is set for [[next Saturday]].', 'The crew flies out [[following Saturday]].'] },
  // "the following Saturday" counts from a told day, not from today: the nearest one.
  { expect: { value: '2024-02-15' }, phrases: ['The board met [[this past Thursday]].', 'The board had met [[the previous Thursday]].'] },
  { expect: { value: '2024-02-17' }, phrases: ['The vote is set for [[this coming Saturday]].', 'The vote is set for [[coming Saturday]].', 'The crew flies out [[the following Saturday]].'] },
  { expect: { value: '2024-02-17TNI' }, phrases: ['I went back the [[next Saturday night]].'] },
  // "next" with a weekday is that day of next week (the Recognizers-Text reading): the Sunday two
  // days off is "this Sunday" or "this coming Sunday", so "next Sunday" told on a Friday is nine days off.
  { expect: { value: '2024-02-25' }, phrases: ['The race starts [[next Sunday]].'] },
  { expect: { value: '2024-02-13' }, phrases: ['The deal closed [[last Tuesday]].'] },
  { expect: { value: '2024-02-12TMO', timexType: 'TIME' }, phrases: ['The fire started [[Monday morning]].'] },
  { expect: { value: '2024-02-19' }, phrases: ['The summit opens [[Monday]] in Oslo.', 'Officials said the squad faces Porto on [[Monday]].'] },
  { expect: { value: '2024-02-17' }, phrases: ['The fair runs through [[Saturday]].'] },
  { expect: { value: '2024-02-20' }, phrases: ['ok, the dentist will see you [[tuesday]]', 'we will fly home on [[tuesday]].'] },
  { expect: { value: '2024-02-13TAF', timexType: 'TIME' }, phrases: ['i missed the bus [[tuesday afternoon]].'] },
  { expect: { value: '2024-09' }, phrases: ['The fiscal year ends in [[September]].'] },
]);

describeCorpus('date', '"next" with a weekday is that day of next week (reference Monday 2026-12-07)', [
  { expect: { value: '2026-12-19' }, phrases: ['Voters go to the polls [[next Saturday]].', 'The shop reopens [[next Saturday]], the owner said.'] },
  { expect: { value: '2026-12-17' }, phrases: ['The jury is due back [[next Thursday]].'] },
  { expect: { value: '2026-12-14' }, phrases: ['Talks resume [[next Monday]].'] },
  { expect: { value: '2026-12-12' }, phrases: ['Voters go to the polls [[this Saturday]].', 'Voters go to the polls [[this coming Saturday]].'] },
], { referenceDate: '2026-12-07' });

describeCorpus('date', '"next Monday" is never tomorrow (reference Sunday 2026-12-13)', [
  { expect: { value: '2026-12-21' }, phrases: ['Talks resume [[next Monday]].'] },
  { expect: { value: '2026-12-19' }, phrases: ['Voters go to the polls [[next Saturday]].'] },
], { referenceDate: '2026-12-13' });

describeCorpus('date', 'deictic days and this/last/next periods', [
  { expect: { value: '2024-02-16' }, phrases: ['The company announced [[today]] that it would cut jobs.'] },
  { expect: { value: '2024-02-15' }, phrases: ['Shares fell [[yesterday]].'] },
  { expect: { value: '2024-02-17' }, phrases: ['The results come out [[tomorrow]].'] },
  { expect: { value: '2024-02-14' }, phrases: ['It happened [[the day before yesterday]].'] },
  { expect: { value: '2024' }, phrases: ['Growth will slow [[this year]].', 'Gains made in [[this calendar year]] are taxed.', 'The theme of [[this years]] parade is light.'] },
  { expect: { value: '2023' }, phrases: ['Exports rose [[last year]].', 'Revenue doubled compared with [[the previous year]].'] },
  { expect: { value: '2025' }, phrases: ['Elections are due [[next year]].'] },
  { expect: { value: '2024-W06' }, phrases: ['He said so in a speech [[last week]].'] },
  { expect: { value: '2024-W07' }, phrases: ['Markets fell sharply [[this week]].', 'Markets fell sharply [[this working week]].'] },
  { expect: { value: '2024-W08' }, phrases: ['The rules take effect [[next workweek]].', 'The rules take effect [[next work week]].'] },
  { expect: { value: '2024-03' }, phrases: ['The plant opens [[next month]].'] },
  { expect: { value: '2024-01' }, phrases: ['Sales dropped [[last month]].'] },
  { expect: { value: '2024-W07-WE' }, phrases: ['The festival runs [[this weekend]].'] },
  { expect: { value: '2024-W06-WE' }, phrases: ['The singer was a guest at the fair [[this weekend]].', 'Two climbers were killed on the ridge [[this weekend]].'] },
  { expect: { value: '2024-02-16TMO', timexType: 'TIME' }, phrases: ['The minister spoke [[this morning]].'] },
  { expect: { value: '2024-02-15TNI' }, phrases: ['Storms hit the coast [[last night]].'] },
  { expect: { value: '2024-02-16TNI', timexType: 'TIME' }, phrases: ['see you [[tonite]]!'] },
]);

describeCorpus('date', 'offsets from the reference date and from the previous date', [
  { expect: { value: '2022' }, phrases: ['The plan was first proposed [[two years ago]].'] },
  { expect: { value: '2024-02-09' }, phrases: ['The earthquake struck [[a week ago]].'] },
  { expect: { value: '2004', mod: 'APPROX' }, phrases: ['The firm was founded [[about 20 years ago]].'] },
  // "Ago" counts from today: a period still ahead that the sentence before named is no comparison.
  { expect: { value: '2021' }, phrases: ['The stadium will open next June. Work on it began [[three years ago]].'] },
  // Only a sentence on money compares periods; in any other, "ago" is the years back from today.
  { expect: { value: '2022' }, phrases: ['Net income fell in the fourth quarter. The founder retired [[two years ago]].', 'The merger closes in the current quarter. The old chief left [[two years ago]].'] },
  { expect: { value: '2021-Q4' }, phrases: ['Net income fell in the fourth quarter. [[Two years ago]], it earned $12 million.'] },
  { expect: { value: '2024-01-13' }, phrases: ['The trial opened on Jan. 10. The verdict came [[three days later]].'] },
  { expect: { value: '2024-01-11' }, phrases: ['The trial opened on Jan. 10. Protests began [[the following day]].'] },
  { expect: { value: '2023' }, phrases: ['Turnout was 60 percent this year, down from 70 percent [[the year before]].'] },
]);

describeCorpus('date', 'weeks, weekends, months and offsets from today', [
  { expect: { value: '2024-02-20' }, phrases: ['Can we meet [[next week on Tuesday]]?', 'The hearing moves to [[Tuesday of next week]].', 'Can we meet [[next week Tue]]?'] },
  { expect: { value: '2024-01-19' }, phrases: ['The trial opened on Jan. 10 and closed on [[Friday of the following week]].'] },
  { expect: { value: '2024-02-23' }, phrases: ['The talks resume on [[Friday of the following week]].'] },
  { expect: { value: '2024-02-05' }, phrases: ['The talks had stalled on [[Monday of the previous week]].'] },
  { expect: { value: '2024-W06-WE' }, phrases: ['Two people died in crashes over [[the weekend]].', 'The board approved the plan over [[the weekend]].'] },
  { expect: { value: '2024-W07-WE' }, phrases: ['The board plans to meet over [[the weekend]].'] },
  { expect: { value: '2024-W06-WE' }, phrases: ['The senator spent [[the weekend]] at his ranch.', '[[The weekend]] brought some relief from the heat.'] },
  { expect: { value: '2024-W07-WE' }, phrases: ['Crews will spend [[the weekend]] clearing roads.', 'The curfew remains in force through [[the weekend]].'] },
  // A week counted back or on from a week just named, not from the reference.
  { expect: { value: '2024-W05-WE' }, phrases: ['Sales jumped over the weekend, up from a slow start [[the previous weekend]].'] },
  // "the following weekend" is the first after the day named: its own week's after a weekday, the next week's after a weekend day.
  { expect: { value: '2023-W45-WE' }, phrases: ['The ferry resumed service on Tuesday, Nov. 7, and traffic returned to normal [[the following weekend]].'] },
  { expect: { value: '2023-W46-WE' }, phrases: ['The fair opened on Saturday, Nov. 11, and drew bigger crowds [[the following weekend]].'] },
  { expect: { value: '2024-W05' }, phrases: ['Rain fell last week after a dry [[previous week]].'] },
  // A verb between "first" and "in" keeps the offset ahead.
  { expect: { value: '2024-03-01' }, phrases: ['The first payment is due in [[two weeks]].'] },
  { expect: { value: '2023-09' }, phrases: ['The plant closed [[last September]].'] },
  { expect: { value: '2024-09' }, phrases: ['Voting begins [[this September]].'] },
  { expect: { value: '2024-02-19' }, phrases: ['The report is due [[three days from today]].'] },
  { expect: { value: '2024-03-01' }, phrases: ['The new rules will apply in [[two weeks]].'] },
  { expect: { value: '2023' }, phrases: ['Sales rose 43% compared to [[the same period last year]].', 'Orders beat [[the year-earlier level]].'] },
  { expect: { value: '2022-Q4' }, phrases: ['Sales in [[the year-ago quarter]] were lower.'] },
  { expect: { value: '2023-Q4', rule: 'date/the-quarter' }, phrases: ['Profit in [[the latest quarter]] beat forecasts.', 'For [[the quarter]], revenue rose 3%.'] },
  { expect: { value: '2023-Q2' }, phrases: ['Sales fell in the second quarter of 2023. Earnings for [[the quarter]] were flat.'] },
  { expect: { value: '2023-Q3' }, phrases: ['Profit for [[the quarter]] ended Sept. 30 fell.', 'Profit for [[the quarter]] which ended Sept. 30 fell.'] },
  { expect: { value: '2024-Q2' }, phrases: ['Sales for [[the quarter]] ending next June 30 will rise.'] },
  { expect: { value: '2024-Q1' }, phrases: ['Sales for [[the quarter]] will rise about 4%.'] },
  { expect: { value: '2022-Q3' }, phrases: ['Profit for the third quarter of 2023 fell from [[the year-earlier period]].'] },
  { expect: { value: '2022-Q3' }, phrases: ['Profit for the quarter ended Sept. 30 rose from [[a year earlier]].', 'Sales in the quarter which ended on Sept. 30 beat [[the year-ago period]].'] },
  { expect: { value: '2023-H1' }, phrases: ['Output in the first half of 2024 rose 4% from [[the year-ago period]].'] },
  { expect: { value: '2023-02' }, phrases: ['Sales fell compared to [[the same month a year ago]].'] },
  // A date after "since" starts a stretch up to now and is no period to compare with.
  { expect: { value: '2023' }, phrases: ['The strike is the first since 2019. Revenue for [[the year-ago period]] was $3 billion.'] },
  { expect: { value: '2023-01' }, phrases: ['Sales in January were the best since 2019, up 5% from [[the same period last year]].'] },
  { expect: { value: '2018' }, phrases: ['Sales peaked in 2019 and fell from [[the year-ago period]].'] },
]);

describeCorpus('date', 'present, past and future references', [
  { expect: { value: 'PRESENT_REF' }, phrases: ['The store [[currently]] sells music.', 'Prices are high [[now]].'] },
  { expect: { value: 'PAST_REF' }, phrases: ['The company [[recently]] changed its name.', 'Mistakes made in [[the past]] will not be repeated.'] },
  { expect: { value: 'FUTURE_REF' }, phrases: ['Rates will stay low for [[the foreseeable future]].', 'The plant is safe for [[the long term]].'] },
]);

describeCorpus('date', '"the day" and "the year" as the day or year of the story', [
  { expect: { value: '2024-02-12' }, phrases: ['Shares fell on Monday. The index lost 2% to end [[the day]] at 7,100.', 'Stocks rose on Monday, before slipping later in [[the day]].'] },
  { expect: { value: '2024-02-16' }, phrases: ['The index closed 1% higher for [[the day]].'] },
  { expect: { value: '2024' }, phrases: ['Profits are expected to slow later in [[the year]].'] },
  { expect: { value: '2024-02-16' }, phrases: ['Residents spent [[the day]] filling sandbags.'] },
  { expect: { value: '2024-02-12' }, phrases: ['On Monday, the judge spent [[the day]] hearing witnesses.'] },
]);

describeNegatives('date', 'a unit after "spent" that owns or is told by what follows', ['The agency spent [[the year]]\'s budget.', 'They spent [[the day]] of the wedding apart.']);

describeCorpus('date', 'a period compared with the same one a year before', [
  { expect: { value: '2023-01' }, phrases: ['Sales rose 12% in January compared to [[the same period last year]].', 'Car sales fell in January from [[the same month a year ago]].'] },
  { expect: { value: '2022-Q3' }, phrases: ['Profit in the third quarter of 2023 beat [[the same quarter a year earlier]].'] },
]);

describeCorpus('date', 'a day of the month without its month', [
  { expect: { value: '2024-02-21' }, phrases: ['Bids are due on [[the 21st]].', 'The board will meet again around [[the 21st of this month]].'] },
  { expect: { value: '2024-01-28' }, phrases: ['Officials said the ship sank on [[the 28th]].'] },
  { expect: { value: '2024-03-04' }, phrases: ['Payments resume on [[the 4th of next month]].'] },
]);

describeCorpus('date', 'weeks by number, and weekdays of a named week', [
  { expect: { value: '2015-W01' }, phrases: ['The fund opened in [[the first week of 2015]].'] },
  { expect: { value: '2016-W52' }, phrases: ['Trading was thin in [[the last week of 2016]].'] },
  { expect: { value: '2024-W10', rule: 'date/week-of-year' }, phrases: ['Flu cases peaked in [[the 10th week of 2024]].', 'Flu cases peaked in [[the tenth week of the year]].'] },
  { expect: { value: '2023-W52' }, phrases: ['Output dipped in [[the 52nd week of 2023]].'] },
  { expect: { value: '2020-W53' }, phrases: ['Output dipped in [[the 53rd week of 2020]].'] },
  { expect: { value: '2017-W27' }, phrases: ['The vote falls in [[week 27 of 2017]].'] },
  { expect: { value: '2024-W09' }, phrases: ['The audit starts [[the week after next]].'] },
  { expect: { value: '2024-W10', timexType: 'DATE' }, phrases: ['Inspectors return in [[the first week of March]].', 'The order ships [[the 1st week of next month]].'] },
  { expect: { value: '2024-W04' }, phrases: ['Talks stalled in [[the last week of January]].'] },
  { expect: { value: '2019-W19' }, phrases: ['Shipments resumed in [[the second week of May 2019]].'] },
  { expect: { value: '2024-W06' }, phrases: ['Shares slid [[the week of Feb. 5]].'] },
  { expect: { value: '2024-W24-WE' }, phrases: ['A memorial is planned for [[the weekend of June 15]].', 'The fair runs [[the weekend of June 15-16]].'] },
  // The day first, as British copy writes it.
  { expect: { value: '2024-W06' }, phrases: ['Shares slid [[the week of 5 February]] and rallied after.', 'Shares slid [[the week of the 5th of February]].'] },
  { expect: { value: '2024-W24-WE' }, phrases: ['The fair runs [[the weekend of 15-16 June]].', 'A memorial is planned for [[the weekend of 15 June]].'] },
  { expect: { value: '1998-W37-WE' }, phrases: ['Both teams played [[the week-end of Sept. 12, 1998]].'] },
  { expect: { value: '2024-02-21TEV', timexType: 'TIME' }, phrases: ['The gala is on [[Wednesday evening next week]].'] },
]);

describeCorpus('date', 'parts of a day with no day named', [
  { expect: { value: '2024-02-16TMO', timexType: 'TIME' }, phrases: ['Fighting broke out [[early morning]], residents said.', 'The blast came in [[the morning]], police said.'] },
  { expect: { value: '2024-02-12TAF' }, phrases: ['Talks began on Monday and ended [[late in the afternoon]].'] },
  { expect: { value: '2024-02-12TNI' }, phrases: ['Talks began on Monday and went on [[late into the night]].', 'On Monday the crews worked [[late at night]].'] },
  { expect: { value: '2024-02-12TNI', rule: 'date/day-part' }, phrases: ['Rain fell on Monday and went on through [[the night]].', 'On Monday the shelling lasted well into [[the night]].'] },
  { expect: { value: '2024-02-14TNI' }, phrases: ['The storm hit on Feb. 14, and [[that night]] the river rose.'] },
  { expect: { value: 'PRESENT_REF' }, phrases: ['The plant is closed [[at the moment]].'] },
]);

describeCorpus('date', 'a weekday with its day of the month, and period edges without "the"', [
  { expect: { value: '2024-02-13' }, phrases: ['The strike began on [[Tuesday the 13th]].'] },
  { expect: { value: '2024-03-05' }, phrases: ['The vote is set for [[Tuesday the fifth]].'] },
  { expect: { value: '2023-10-13' }, phrases: ['Stocks slumped on [[Friday the 13th]].', 'The mine flooded on [[Friday the thirteenth]].'] },
  { expect: { value: '2024-09-13' }, phrases: ['The album will be released on [[Friday the 13th]].'] },
  { expect: { value: '2024', mod: 'END' }, phrases: ['The plant should be finished by [[end of year]].'] },
  { expect: { value: '2024-02', mod: 'END' }, phrases: ['Invoices are paid at [[end of month]].'] },
  { expect: { value: '2024', rule: 'date/period-edge' }, phrases: ['The plant stays shut for [[the rest of the year]].', 'Sales should hold up over [[the remainder of the year]].'] },
  { expect: { value: '2024', mod: 'END', rule: 'date/period-edge' }, phrases: ['The rebate runs until [[the end of the calendar year]].'] },
  { expect: { value: '2024-H1', rule: 'date/half' }, phrases: ['Deliveries will slow in [[the first half of the calendar year]].'] },
]);

// Reference 2024-02-16: told in the past, an edge of "the" year, month or decade is of the date just named.
describeCorpus('date', 'the edge of a period a past story has just named', [
  { expect: { value: '1998', mod: 'END', rule: 'date/period-edge' }, phrases: ['The band formed in 1998. By [[the end of the year]] it had split.', 'The mill reopened in March 1998, and by [[the end of the year]] it employed 400.'] },
  { expect: { value: '2015-10', mod: 'END' }, phrases: ['Output fell in October 2015. At [[the end of the month]] the plant closed.'] },
  { expect: { value: '193X', mod: 'MID' }, phrases: ['The slump began in 1931, and by [[the middle of the decade]] farms had failed.'] },
]);

describeCorpus('date', 'a date in an aside about a noun is background, from which no later edge counts', [
  { expect: { value: '2024', mod: 'START' }, phrases: ['The site, founded on January 15, 2001, runs an appeal each December. It had six million pages at [[the start of the year]].', 'The club, formed in 1998, sells out each June. It had 900 members at [[the start of the year]].'] },
]);

describeCorpus('date', "the edge of a period ahead, or of this one, stays the reference's", [
  { expect: { value: '2024', mod: 'END', rule: 'date/period-edge' }, phrases: ['Profit rose in 2015. The firm will hire more staff by [[the end of the year]].', 'The band formed in 1998. It plays its last show at [[the end of this year]].'] },
  { expect: { value: '202X', mod: 'END' }, phrases: ['Output fell in 2023, and by [[the end of the decade]] the mine will close.'] },
]);

describeCorpus('date', 'an edge of the millennium, written with its unknown digits as a century is', [
  { expect: { value: '2XXX', mod: 'START', rule: 'date/millennium-edge' }, phrases: ['Sales boomed at [[the turn of the millennium]].', 'The fad began at [[the start of the millennium]].'] },
  { expect: { value: '2XXX', mod: 'END' }, phrases: ['Cities may be under water by [[the turn of the millennium]].'] },
]);

describeNegatives('date', 'a millennium with no edge of it', ['The Millennium Dome opened in London.', 'The millennium bug cost billions.']);

describeCorpus('date', 'a turn of the century: where this one began when told in the past, its end ahead', [
  { expect: { value: '20XX', mod: 'START' }, phrases: ['The mill closed at [[the turn of the century]].'] },
  { expect: { value: '20XX', mod: 'END' }, phrases: ['Seas could rise a metre by [[the turn of the century]].'] },
]);

describeCorpus('date', 'offsets as coarse as the year or month named before them', [
  { expect: { value: '2008' }, phrases: ['The law was passed in 1998 and amended [[a decade later]].'] },
  { expect: { value: '2023-02' }, phrases: ['Talks began in late 2022 and collapsed [[two months later]].'] },
  { expect: { value: '2019-04' }, phrases: ['Work started in early 2019. [[Three months later]], it stopped.'] },
  { expect: { value: '2010-05' }, phrases: ['The plant opened in March 2010; [[two months later]] it closed.'] },
  { expect: { value: '2024-01-13' }, phrases: ['The trial opened in 2023 and resumed on Jan. 10. The verdict came [[three days later]].'] },
  { expect: { value: '1956' }, phrases: ['Born in 1933, she married in the spring of 1954 and bought the shop [[two years later]].'] },
  { expect: { value: '2009', rule: 'date/that-unit' }, phrases: ['His best run came in the autumn of 2009. [[That year]] he also won the league.'] },
]);

describeCorpus('date', 'an offset set off by a comma after a date restates that date', [
  { expect: { value: '1995', rule: 'date/offset' }, phrases: ['She left Cuba in 1961 and returned in 1995, [[34 years later]].', 'He came back in March 1995, [[a decade later]].', 'They met in 1985. In 1995, [[ten years later]], they married.'] },
  { expect: { value: '2019' }, phrases: ['He wrote for the paper from 1966 until 2019, more than [[half a century later]].'] },
  { expect: { value: '2024-01-12' }, phrases: ['He was arrested on Jan. 10 and freed on Jan. 12, [[two days later]], after a hearing.'] },
  // A new clause after the offset counts on from the date before it.
  { expect: { value: '2006' }, phrases: ['He retired in 2004, [[two years later]] he died.', 'She arrived in 2004, and [[two years later]] she left.'] },
]);

describeCorpus('date', 'a date set off by a comma after an offset names the date it reaches', [
  { expect: { value: '1999', rule: 'date/offset' }, phrases: ['Almost [[a quarter century later]], in 1999, he came home.', 'The club folded in 1970. [[Thirty years later]], in March 1999, it was revived.'] },
  { expect: { value: '1989', mod: 'APPROX' }, phrases: ['[[Some 30 years earlier]], on June 4, 1989, the army moved in.'] },
  { expect: { value: '2024-01-12' }, phrases: ['They met on Jan. 2. [[Two days later]], on Jan. 12, they wed.'] },
  // Without a written year or named day after it, the offset counts on from the last date.
  { expect: { value: '1977' }, phrases: ['He left in 1975. [[Two years later]], in the spring, he came back.', 'He left in 1975. [[Two years later]], in an interview, he said so.'] },
  // The season set off after the offset falls in the year the offset reaches.
  { expect: { value: '1977-SP' }, phrases: ['He left in 1975. Two years later, in [[the spring]], he came back.'] },
  { expect: { value: '2023-SP' }, phrases: ['He left in 1975. Two years later he came back, in [[the spring]].'] },
]);

describeCorpus('date', '"that summer" is the season of the year the story last named', [
  { expect: { value: '2011-SU', rule: 'date/that-season' }, phrases: ['The wave struck on March 11, 2011. [[That summer]] the co-op bought two boats.', 'The mine closed in 2011. [[That same summer]], the school shut too.'] },
  { expect: { value: '2009-WI', rule: 'date/that-season' }, phrases: ['The plant was sold in 2009. [[That winter]] the first layoffs came.'] },
]);
describeCorpus('date', 'a month of the year the story last named, or of the year after or before it', [
  { expect: { value: '2014-12', rule: 'date/month-of-that-year' }, phrases: ['The pair met in the summer of 2014. By [[December of that year]] they had a company.', 'The firm was founded in 2014 and listed in [[December of that same year]].'] },
  { expect: { value: '1988-06' }, phrases: ['The mill closed in 1987 and reopened in [[June of the following year]].', 'The mill closed in 1987 and reopened in [[June of the next year]].'] },
  { expect: { value: '2008-03' }, phrases: ['The plant shut in 2009; it had cut jobs in [[March of the previous year]].'] },
]);
describeNegatives('date', '"that" opening a clause before a season', ['She said [[that summer]] was the best of her life.', 'They hoped [[that spring]] would bring rain.']);

describeCorpus('date', 'market sessions and overnight', [
  { expect: { value: '2024-02-16TMO', timexType: 'TIME' }, phrases: ['Shares slid 3% in [[morning]] trading.'] },
  { expect: { value: '2024-02-12TNI' }, phrases: ['On Monday the river burst its banks [[overnight]].'] },
  // Told in the past on the reference day, the night just ended is the one before it, as "last night" is.
  { expect: { value: '2024-02-15TNI' }, phrases: ['The yen was pushed down [[overnight]] by talk of a rate cut.', 'Temperatures fell below freezing [[overnight]] for a third day.', 'Crews worked [[overnight]] until dawn.', 'A storm tore through the coast [[overnight]], killing four.', 'Officials said [[overnight]] that four had died.', 'More rain fell [[overnight]] than in the whole of May.'] },
  { expect: { value: '2024-02-16TNI' }, phrases: ['More snow will fall [[overnight]].', 'Results are expected [[overnight]].'] },
  // So is a night spanned after its preposition, told in the past of the reference day.
  { expect: { value: '2024-02-15TNI' }, phrases: ['Firefighters battled the blaze through [[the night]].', 'Negotiators haggled throughout [[the night]] and signed at dawn.', 'Shells fell on the port during [[the night]].'] },
  { expect: { value: '2024-02-16TNI' }, phrases: ['Crews will work through [[the night]] to clear the line.', 'Pumps are expected to run through [[the night]].'] },
  { expect: { value: '2024-02-12TNI' }, phrases: ['The levee broke on Monday, and volunteers stacked sandbags through [[the night]].'] },
]);

describeCorpus('date', 'offsets counted in two units', [
  { expect: { value: '2024-01-31', timexType: 'DATE' }, phrases: ['The dam failed [[2 weeks and 2 days ago]].', 'The dam failed [[two weeks, two days ago]].'] },
  { expect: { value: '2020-12' }, phrases: ['The firm was sold [[three years and two months ago]].'] },
  { expect: { value: '2024-02-02' }, phrases: ['Rain fell for 2 days, and [[2 weeks ago]] the river rose.'] },
]);

describeCorpus('date', 'units of the date last named', [
  { expect: { value: '2024-01-09', rule: 'date/that-unit' }, phrases: ['The dam failed on Jan. 9. Crews reached it [[that day]].'] },
  // After "said" or "told", "that day" is a time when a clause or a pause comes after it.
  { expect: { value: '2024-01-09', rule: 'date/that-unit' }, phrases: ['The dam failed on Jan. 9. The governor said [[that day]] that troops would help.', 'The dam failed on Jan. 9. The mayor warned [[that day]] that more rain was coming.'] },
  { expect: { value: '2019-SU' }, phrases: ['The mine opened in 2019. The minister said [[that summer]], in a speech, that exports would double.'] },
  { expect: { value: '2019' }, phrases: ['The mine opened in 2019. [[That year]], exports doubled.'] },
  { expect: { value: '1988' }, phrases: ['He left the band in 1987; [[the next year]] he rejoined it.'] },
  { expect: { value: 'P1Y' }, phrases: ['Rents will climb over [[the next year]].'] },
]);

describeCorpus('date', 'the year or week a superlative or an ordinal day or month is of', [
  { expect: { value: '2024', rule: 'date/the-unit' }, phrases: ['Shares closed higher on the last trading day of [[the year]].', 'It was the worst month of [[the year]] for builders.', 'Profit for [[the year]] rose 4%.'] },
  { expect: { value: '2024-W07', rule: 'date/the-unit' }, phrases: ['Tuesday was the busiest day of [[the week]].'] },
  { expect: { value: '2024-02', rule: 'date/the-unit' }, phrases: ['Bond yields fell half a point over [[the month]].'] },
  { expect: { value: '2024', rule: 'date/the-unit' }, phrases: ['Prices rose 5% over [[the year]].'] },
  { expect: { value: '2024-W07', rule: 'date/the-unit' }, phrases: ['The index ended [[the week]] 2% higher.', 'The pound finished [[the week]] 0.4 per cent down.'] },
  { expect: { value: '2024', rule: 'date/the-unit' }, phrases: ['The index closed [[the year]] 120 points lower.'] },
]);

describeCorpus('date', 'the decade or century a story is in, or the one it last named', [
  { expect: { value: '202X', rule: 'date/the-unit' }, phrases: ['Rents have climbed for much of [[the decade]].', 'It was the wettest year of [[the decade]].', 'Wages stalled throughout [[the decade]].'] },
  { expect: { value: '20XX', rule: 'date/the-unit' }, phrases: ['The firm was founded earlier in [[the century]].', 'This was the hottest year of [[the century]].'] },
  { expect: { value: '196X', rule: 'date/the-unit' }, phrases: ['The band formed in 1962 and split later in [[the decade]].', 'He moved to Paris in 1961 and spent [[the decade]] painting.'] },
]);

describeNegatives('date', 'a decade or century that is no time of the story', ['It was [[the decade]]-long war.', 'Fans voted it [[the decade]] of the comeback.', 'Historians call it [[the century]] of the common man.']);

describeNegatives('date', '"the last" before "of", the final one of something and no stretch back', ['The court ruled on [[the last day]] of its term.', 'Rent is due on [[the last day]] of the month.']);
describeCorpus('date', '"the last" unit alone, a stretch back from the report', [
  { expect: { value: 'P1D', timexType: 'DURATION' }, phrases: ['Prices rose 3% in [[the last day]].', 'Two quakes hit in [[the last day]], officials said.'] },
]);

describeNegatives('date', 'days of a week and months of a year in general', ['Staff may pick [[the days of the week]] they work.', 'Rain falls on most days of [[the year]].']);

describeNegatives('date', 'the weekend as a kind of work or paper', ['Nurses on [[the weekend]] shift walked out.', 'The story ran in [[the weekend]] edition.']);

describeNegatives('date', 'a unit after "over" that goes on as a noun phrase', ['He came over [[the day]] limit.', 'They fought over [[the years]].']);
describeNegatives('date', 'the idiom "back in the day"', ['[[Back in the day]], the mill was busy.', 'It was a rough town back in [[the day]].']);
describeCorpus('date', 'the day after "in" that is no idiom', [{ expect: { value: '2024-02-16', rule: 'date/the-unit' }, phrases: ['Shares rose later in [[the day]].', 'He was back at work in [[the day]].'] }]);

describeNegatives('date', '"that" as a pronoun or conjunction before a unit', ['I think [[that day]] will come.', 'He said [[that week]] was hard.', 'She said [[that year]] would be different.']);

describeCorpus('date', 'days and years a time or unit counts from, near and far', [
  { expect: { value: '2024-02-13', rule: 'date/the-unit' }, phrases: ['The march went on until late Tuesday night. Police said earlier in [[the day]] that it was peaceful.'] },
  { expect: { value: '2024' }, phrases: ['The lease runs through 2031. Tenants complained. Owners sued. For [[the year]], income fell.'] },
  { expect: { value: '2031' }, phrases: ['The lease ends in 2031. Rents will double during [[the year]].'] },
  { expect: { value: '2024-02-13TNI', mod: 'END', timexType: 'TIME' }, phrases: ['The march went on until [[late Tuesday night]].'] },
  { expect: { value: '2024-02-12TMO', mod: 'START' }, phrases: ['Rebels shelled the town [[early Monday morning]].'] },
  { expect: { value: '2024-02-15TNI', mod: 'END', timexType: 'TIME' }, phrases: ['The vote ended [[late last night]].', 'The meeting ran until [[late last night]].'] },
  { expect: { value: '2024-02-16TMO', mod: 'START' }, phrases: ['Officials met [[early this morning]].'] },
]);

// A season across the new year is named by the year it opens in: told in February 2024, the one
// in play opened in 2023.
describeCorpus('date', 'seasons of play as the year they open in', [
  { expect: { value: '2022', rule: 'date/sport-season' }, phrases: ['The club won the title [[last season]].', 'He scored 30 goals in [[the previous season]].'] },
  { expect: { value: '2023' }, phrases: ['[[This season]], the team has lost three games.', 'The striker will miss [[the rest of the season]] with a torn ligament.', 'He sat out [[the remainder of the season]].'] },
  { expect: { value: '2024' }, phrases: ['The club moves to a new ground [[next season]].'] },
  { expect: { value: '2023', rule: 'date/sport-season' }, phrases: ['The striker will miss [[the rest of the season]].', 'Fans left before [[the remainder of this season]].'] },
  { expect: { value: '2023', mod: 'END' }, phrases: ['The coach retires at [[the end of the season]].'] },
]);

// Racing, baseball, golf, tennis, cycling and harvests play a season in one calendar year.
describeCorpus('date', 'seasons of calendar-year sports as their year (reference 2024-02-16)', [
  { expect: { value: '2024', rule: 'date/sport-season' }, phrases: ['The Formula One team hopes to win races [[this season]].', 'The pitcher will start on opening day [[this season]].', 'Growers expect a smaller crop [[this season]].'] },
  { expect: { value: '2023' }, phrases: ['She won three tennis titles [[last season]].', 'He won the Tour de France [[last season]].'] },
]);

describeCorpus(
  'date',
  'a split season from August is the one opening that year (reference 2024-10-03)',
  [
    { expect: { value: '2024', rule: 'date/sport-season' }, phrases: ['The club has won four games [[this season]].'] },
    { expect: { value: '2023' }, phrases: ['The club was relegated [[last season]].'] },
  ],
  { referenceDate: '2024-10-03' },
);

describeCorpus(
  'date',
  'in the summer break "next season" is the one about to open, "last season" the one just over (reference 2024-07-02)',
  [
    { expect: { value: '2024', rule: 'date/sport-season' }, phrases: ['He is owed $34.8 million [[next season]].'] },
    { expect: { value: '2023', rule: 'date/sport-season' }, phrases: ['The striker scored 15 league goals [[last season]].', 'The club was relegated at [[the end of the season]].'] },
  ],
  { referenceDate: '2024-07-02' },
);

describeCorpus('date', 'seasons of play counted, a year each', [
  { expect: { value: 'P3Y', timexType: 'DURATION', rule: 'date/sport-seasons-counted' }, phrases: ['He has started every game over [[the past three seasons]].', 'The club has lost money for [[three straight seasons]].'] },
  { expect: { value: 'PXY' }, phrases: ['She coached there for [[several seasons]].'] },
]);

describeNegatives('date', 'seasons of the weather and hotels', ['The valley is green in [[all four seasons]].', 'They stayed at the [[Four Seasons]] in Boston.']);

describeNegatives('date', 'seasons that are events or kinds', ['They open [[the season]] at home.', 'Shops expect a strong [[holiday season]].', 'The [[season-ticket]] holders protested.']);

describeCorpus('date', 'a weekday after "on a" is some such day, not a day of this week', [
  { expect: { value: 'XXXX-WXX-1', timexType: 'DATE' }, phrases: ['Back in 1987, the crash came on a [[Monday]].'] },
  { expect: { value: 'XXXX-WXX-5TNI' }, phrases: ['The fire broke out on a [[Friday night]], years ago.'] },
  { expect: { value: '2024-02-14' }, phrases: ['At a [[Wednesday]] media event, the company showed its new laptops.'] },
]);

describeCorpus('date', '"today\'s" as these times, not the day of writing', [
  { expect: { value: 'PRESENT_REF', timexType: 'DATE' }, phrases: ["In [[today]]'s dollars, the bridge cost $40 million.", "[[Today]]'s teenagers read less.", "It is a good time to be at [[today]]'s Ford.", "[[Today]]'s Chrysler is leaner."] },
  { expect: { value: '2024-02-16' }, phrases: ["[[Today]]'s session was quiet.", "[[Today]]'s Senate vote is close.", "He spoke at [[today]]'s meeting."] },
]);

describeCorpus('date', 'the end of this year or month written as one word', [
  { expect: { value: '2024', mod: 'END' }, phrases: ["The deal should close by [[year's end]].", 'Stocks rallied into [[year-end]].'] },
  { expect: { value: '2024-02', mod: 'END' }, phrases: ["The fund pays out at [[month's end]].", 'Banks hoard cash at [[month-end]].', 'Banks hoard cash at [[month-end]] 1989 levels.'] },
  { expect: { value: '1989', mod: 'END' }, phrases: ['Reserves stood at $4 billion at [[year-end 1989]].', 'Debt peaked at [[year end 1989]], it said.'] },
]);

describeCorpus('date', 'the middle of this year, month, decade or century, on the side the tense points to', [
  { expect: { value: '2024', mod: 'MID', rule: 'date/unit-middle' }, phrases: ['The plant should reopen by [[midyear]].', 'A [[mid-year]] review is planned.', 'Output will double by [[mid-year]].'] },
  { expect: { value: '2023', mod: 'MID' }, phrases: ['Sales slowed at [[midyear]], the firm said.', 'Hiring stalled in [[mid year]].'] },
  { expect: { value: '2024-02', mod: 'MID' }, phrases: ['Rates peaked at [[mid-month]].'] },
  { expect: { value: '2024-03', mod: 'MID' }, phrases: ['Rates will peak at [[mid-month]].'] },
  { expect: { value: '20XX', mod: 'MID', rule: 'date/unit-middle' }, phrases: ['Emissions must fall to zero by [[mid-century]].', 'The population will keep growing until [[mid-century]].'] },
  { expect: { value: '202X', mod: 'MID' }, phrases: ['The line will be finished by [[mid-decade]].'] },
  { expect: { value: '19XX', mod: 'MID' }, phrases: ['The town grew fast in the [[mid-century]] boom years.'] },
]);

// Reference 2025-05-09: a decade's middle lasts years, so this one's is still ahead or at hand.
describeCorpus('date', "the middle of a decade told while it lasts", [
  { expect: { value: '202X', mod: 'MID', rule: 'date/unit-middle' }, phrases: ['Output should double by [[mid-decade]].', 'Output had doubled by [[mid-decade]].'] },
], { referenceDate: '2025-05-09' });
describeCorpus('date', "the middle of a decade told after it", [
  { expect: { value: '203X', mod: 'MID', rule: 'date/unit-middle' }, phrases: ['Output should double by [[mid-decade]].'] },
], { referenceDate: '2027-05-09' });

describeNegatives('date', 'words that only begin with "mid" and a unit', [
  'The [[midyearly]] figures came out.',
  'Prices rose through [[the mid-years]] of the decade.',
  'They sold [[mid-century]] furniture.',
  'A house in [[mid-century]] modern style.',
]);

describeCorpus('date', 'a second period whose noun the writer left out', [
  { expect: { value: '2025', rule: 'date/elliptic-period' }, phrases: ['Growth should hold up this year and [[next]].', 'Output will rise this year or [[next]], it said.'] },
  { expect: { value: '2024', rule: 'date/elliptic-period' }, phrases: ['Sales fell last year and [[this]].'] },
  { expect: { value: '2024-Q2' }, phrases: ['Margins will widen this quarter and [[next]].'] },
  { expect: { value: '2024-W08' }, phrases: ['A vote is due this week or [[next]].'] },
]);

describeNegatives('date', '"next" after a period, where it names no period', [
  'He moved in this year and [[next]] door lives his sister.',
  'They won the cup this year and [[next]] to nobody expected it.',
]);

describeCorpus('date', 'uncounted units ago, and an editor\'s bracketed count', [
  { expect: { value: 'PAST_REF', timexType: 'DATE', rule: 'date/uncounted-ago' }, phrases: ['[[Years ago]], the valley had three mills.', 'The feud began [[decades ago]].'] },
  { expect: { value: '2014' }, phrases: ['"[[[Ten] years ago]], nobody saw this coming," she said.'] },
]);

describeCorpus('date', 'uncounted units from now: some time ahead', [
  { expect: { value: 'FUTURE_REF', timexType: 'DATE' }, phrases: ['[[Moments from now]], the polls close.', 'The bill lands [[weeks from now]].', '[[Years from now]], we will know.'] },
  { expect: { value: '2034' }, phrases: ['"[[[Ten] years from now]], we will win," she said.'] },
]);

describeCorpus('date', 'a unit and a half, as a stretch or an offset', [
  { expect: { value: 'P1.5Y', timexType: 'DURATION' }, phrases: ['Prices have climbed over [[the past year and a half]].', 'Growth should slow over [[the next year and a half]].'] },
  { expect: { value: 'P2.5Y', timexType: 'DURATION' }, phrases: ['Costs doubled in [[the last two and a half years]].'] },
  { expect: { value: 'P9M', timexType: 'DURATION' }, phrases: ['Net rose 8% in [[the latest nine months]].', 'Orders slid in [[the most recent nine months]].'] },
  { expect: { value: 'P1.5W' }, phrases: ['The shares have slid for [[the past week and a half]].'] },
  { expect: { value: '2022', timexType: 'DATE' }, phrases: ['[[A year and a half ago]] the mill closed.'] },
  { expect: { value: '2021' }, phrases: ['The mill closed [[two and a half years ago]].', 'The mill closed [[2 1/2 years ago]].'] },
  { expect: { value: '1974' }, phrases: ['The mill opened [[half a century ago]].', 'The mill opened [[a half-century ago]].'] },
  { expect: { value: '1999' }, phrases: ['[[A quarter century ago]], the town had no paved road.'] },
  { expect: { value: '2023-11' }, phrases: ['The mill closed [[three and a half months ago]].'] },
  { expect: { value: '2025' }, phrases: ['[[Next year]] and a half dozen rivals will enter.'] },
]);

describeCorpus('date', 'the story\'s period after "through", "much of" or "the course of"', [
  { expect: { value: '2024-02-16', rule: 'date/the-unit' }, phrases: ['Fires burned through [[the day]].'] },
  { expect: { value: '2024', rule: 'date/the-unit' }, phrases: ['Talks dragged on for much of [[the year]].'] },
  { expect: { value: '2024-W07', rule: 'date/the-unit' }, phrases: ['Over the course of [[the week]], prices fell.'] },
]);

describeNegatives('date', 'a period an event or a clause defines', ['It rained through the day of the match.', 'He spent most of the year that he lived there.']);

describeCorpus('date', 'a part of the day as a deadline, without "the"', [
  { expect: { value: '2024-02-16TEV', timexType: 'TIME' }, phrases: ['By [[evening]], the crowds had gone.'] },
  { expect: { value: '2024-02-16TMO' }, phrases: ['The talks went on until [[morning]].'] },
]);

describeNegatives('date', 'a part of the day before the noun it qualifies', ['He left before evening prayers.']);

describeCorpus('date', 'a day of the month in words with its month', [
  { expect: { value: '2024-02-01', rule: 'date/day-of-month' }, phrases: ['Rent is due on [[the first of the month]].'] },
  { expect: { value: '2024-03-01' }, phrases: ['The rule starts on [[the first of next month]].'] },
]);

describeCorpus('date', 'moments ago is some time back', [
  { expect: { value: 'PAST_REF', rule: 'date/uncounted-ago' }, phrases: ['The first doses were given [[moments ago]].', 'He left [[minutes ago]].'] },
]);

describeCorpus(
  'date',
  'a season of a year named relative to this one (reference 1999-01-27)',
  [
    { expect: { value: '2000-SP', rule: 'date/season' }, phrases: ['The stores will close by [[the spring of next year]].'] },
    { expect: { value: '1998-FA' }, phrases: ['Prices fell in [[the fall of last year]].'] },
  ],
  { referenceDate: '1999-01-27' },
);

describeCorpus(
  'date',
  'a season ranked against others is the one the story tells of (reference 2024-03-06)',
  [
    { expect: { value: '2023-SU', rule: 'date/season' }, phrases: ['It was the hottest [[summer]] on record.', 'It was the busiest [[summer]] for the airport since 2019.'] },
    { expect: { value: '2023-WI' }, phrases: ['Britain had its wettest [[winter]] in a century.', 'It was the second-warmest [[winter]] since 1900.'] },
    // The season as the subject the ranking is said of.
    { expect: { value: '2023-FA' }, phrases: ['Officials said [[the autumn]] was the wettest on record.', 'Officials said that [[the autumn]] was the wettest on record.', '[[Autumn]] had been the sunniest since 1929.'] },
  ],
  { referenceDate: '2024-03-06' },
);
describeNegatives('date', 'a season word ranked that is no season', ['They spring into action.', '[[The fall]] was the worst since 2008.', 'The Arab [[Spring]] was the biggest protest in a decade.'], { referenceDate: '2024-03-06' });

describeCorpus(
  'date',
  'a season described by weather or trade after a verb of looking ahead or enduring (reference 2024-05-10)',
  [
    { expect: { value: '2024-SU', rule: 'date/season' }, phrases: ['Makers face a weak [[summer]].', 'Forecasters expect a hot [[summer]], the agency said.'] },
    { expect: { value: '2023-WI' }, phrases: ['Farmers endured a dry [[winter]].'] },
  ],
  { referenceDate: '2024-05-10' },
);
describeCorpus(
  'date',
  'a season a limit of time points to (reference 2024-10-14)',
  [
    { expect: { value: '2025-SP', rule: 'date/season' }, phrases: ['A ruling could come as early as [[spring]].', 'The line may reopen as soon as [[spring]], officials said.'] },
  ],
  { referenceDate: '2024-10-14' },
);
describeNegatives('date', 'a season word after "as" with no limit of time', ['They grow greens such as [[spring]] onions.']);
describeNegatives('date', 'a described season that names a day or a thing', ['Forecasters expect a hot summer day.', 'Shops expect a busy winter sale.', 'It was a cold winter morning.']);

describeCorpus('date', '"last" that opens a date of its own gives no tense to another date (reference 2024-02-16)', [
  { expect: { value: '2024-FA' }, phrases: ["Bookings for [[the autumn]] are running below last year's level.", "Sales for [[the autumn]] are below last season's."] },
  { expect: { value: '2023-FA' }, phrases: ['The team last won in [[the autumn]].'] },
]);

describeNegatives('date', 'a ranked season that names a kind of thing, or a time of a life', ['The best summer jobs pay well.', 'It was the best summer of my life.', 'The coldest winter nights are ahead.', 'He had a hot summer.']);

describeCorpus(
  'date',
  '"the new year" is the year to come, told in the second half of one (reference 2024-12-05)',
  [
    { expect: { value: '2025', rule: 'date/new-year' }, phrases: ['Retailers expect a slowdown in [[the new year]].', 'The plant will reopen after [[the New Year]].'] },
    { expect: { value: '2024' }, phrases: ['Markets rallied in [[the new year]], then fell in the spring.'] },
  ],
  { referenceDate: '2024-12-05' },
);
describeCorpus('date', '"the new year" told early in a year is that year', [{ expect: { value: '2024' }, phrases: ['Prices will ease in [[the new year]].'] }]);
describeCorpus(
  'date',
  '"the new year" that a clause looks ahead to, past the first quarter, is the next (reference 2024-05-20)',
  [
    { expect: { value: '2025', rule: 'date/new-year' }, phrases: ['The two sides will meet again in [[the new year]].'] },
    { expect: { value: '2024' }, phrases: ['Markets rallied in [[the new year]], then fell.'] },
  ],
  { referenceDate: '2024-05-20' },
);
describeNegatives('date', "another calendar's new year", ['Crowds marked the Persian [[New Year]].', 'Iranians travel over the Persian [[New Year]] holidays.', 'Bangkok empties for the Thai [[New Year]] holiday.']);

describeCorpus('date', 'a period counted from the last date chains on from one counted before it', [
  { expect: { value: '2009', rule: 'date/that-unit' }, phrases: ['The firm collapsed in October 2008. The following year, it was sold. [[That same year]], its founder died.'] },
  { expect: { value: '2016-SP' }, phrases: ['The merger closed on June 3, 2015. By [[the following spring]], the deal had unraveled.'] },
  { expect: { value: '2012-SU' }, phrases: ['The storm hit on Oct. 29, 2012. [[The previous summer]] had been the hottest on record.'] },
  { expect: { value: '2009-SP' }, phrases: ['The firm collapsed in October 2008. [[The following spring]] it was sold.'] },
  { expect: { value: '2012-10-30TMO', timexType: 'TIME' }, phrases: ['The storm hit on Oct. 29, 2012. By [[the next morning]], millions had lost power.'] },
]);

describeCorpus('date', '"the year" a market closed or began is the year of the story', [
  { expect: { value: '2024', rule: 'date/the-unit' }, phrases: ['The index closed [[the year]] up 24%.', 'The bank began [[the year]] with a loss.'] },
]);

describeCorpus('date', '"in the next decade" names the decade after this one', [
  { expect: { value: '203X', timexType: 'DATE', rule: 'date/relative-period' }, phrases: ['The line will be rebuilt in [[the next decade]].', 'Growth should last into [[the next decade]].'] },
  { expect: { value: '21XX' }, phrases: ['The dam should hold well into [[the next century]].'] },
]);

// Reference Friday 2024-02-16.
describeCorpus('date', 'the figure a new one is measured against was given before, whatever the forecast around it', [
  { expect: { value: '2023-12' }, phrases: ['Officials now see inflation at 2.8% by year-end, up from 2.5% in their [[December]] projections.'] },
  { expect: { value: '2023-06' }, phrases: ['The bank expects sales of $4 billion, compared with $3.6 billion in [[June]].', 'Output will reach 90 tonnes, down from 120 tonnes in [[June]].'] },
  { expect: { value: '2023-12' }, phrases: ['The firm now expects growth of 5%, down from its [[December]] forecast.'] },
  { expect: { value: '2024-12' }, phrases: ['The firm expects growth of 5% in [[December]].'] },
]);

describeCorpus('date', 'the hour on the air in broadcast copy', [
  { expect: { value: '2024-02-16', timexType: 'TIME' }, phrases: ['Our top story [[this hour]]: the floods.', 'At [[this hour]], rescuers are still digging.', '[[This hour]], we look at the river.'] },
]);

describeNegatives('date', '"this hour" as a figure or a length', ['In [[this hour]] of need, we pray.', 'Watch [[this]] hour-long special.']);

describeCorpus('date', 'an offset from a named day is that day in another year (reference 2024-02-16)', [
  { expect: { value: '2014-02-16' }, phrases: ['[[Ten years ago today]], the bridge fell.'] },
  { expect: { value: '2023-02-15' }, phrases: ['[[A year ago yesterday]], the river crested.'] },
  { expect: { value: '2026-02-16' }, phrases: ['[[Two years from today]], the plant opens.'] },
  // Without the day, the offset keeps the grain of its unit.
  { expect: { value: '2014' }, phrases: ['[[Ten years ago]], the bridge fell.'] },
]);

describeCorpus('date', 'an offset back from this week, month, season or evening is that frame in another year (reference Friday 2024-02-16)', [
  { expect: { value: '1974-W07', timexType: 'DATE' }, phrases: ['[[Fifty years ago this week]], a jury acquitted them.'] },
  { expect: { value: '1984-02' }, phrases: ['[[Forty years ago this month]], miners walked out.'] },
  { expect: { value: '2014-W07-WE' }, phrases: ['The bridge fell [[ten years ago this weekend]].'] },
  { expect: { value: '1994-02-16TNI', timexType: 'TIME' }, phrases: ['[[Thirty years ago tonight]], crowds poured through the checkpoints.'] },
  { expect: { value: '2023-02-16TMO', timexType: 'TIME' }, phrases: ['The plant closed [[a year ago this morning]].'] },
  { expect: { value: '2004-SP' }, phrases: ['The court first sat [[20 years ago this spring]].'] },
]);

describeCorpus('date', '"this day in 1945" is the reference day in the year named (reference Friday 2024-02-16)', [
  { expect: { value: '1945-02-16', timexType: 'DATE' }, phrases: ['On [[this day in 1945]], troops reached the gates.', 'On [[this date in 1945]], troops reached the gates.'] },
  { expect: { value: '1969-W07' }, phrases: ['[[This week in 1969]], the strike began.'] },
  { expect: { value: '1989-02' }, phrases: ['[[This month in 1989]], the first cases went to trial.'] },
]);

describeCorpus('date', 'a range or a day the year lacks is no such day (reference Friday 2024-02-16)', [
  { expect: { value: '2024-W07' }, phrases: ['Prices fell [[this week]] in 2023-24 terms.'] },
]);

describeCorpus('date', 'a leap day has no day in a common year (reference Thursday 2024-02-29)', [
  { expect: { value: '1945' }, phrases: ['On this day in [[1945]], troops reached the gates.'] },
], { referenceDate: '2024-02-29' });

describeCorpus('date', '"later this week" and "earlier this month" are no anniversary: the frame stays its own date (reference Friday 2024-02-16)', [
  { expect: { value: '2024-W07' }, phrases: ['The team meets two days later [[this week]].'] },
  { expect: { value: '2024-02' }, phrases: ['The ruling came a week earlier [[this month]].'] },
]);

describeNegatives('date', '"last" after a person\'s possessive is final, not previous', [
  'On my [[last night]] in Lisbon, I met a fisherman.',
  'In his [[last year]] in office, he cut taxes.',
  'It was her [[last day]] at the plant.',
]);
describeCorpus('date', '"her" as an object before "last", and a firm\'s latest period', [
  { expect: { value: '2024-02-15TNI' }, phrases: ['I saw her [[last night]] at the station.'] },
  { expect: { value: '2023-Q4' }, phrases: ['In its [[last quarter]], the firm lost money.'] },
]);

describeCorpus('date', 'a season before an event on a calendar, after "the" or an owner (reference 2024-02-16)', [
  { expect: { value: '2024-FA', rule: 'date/season' }, phrases: ['Lawmakers will return for [[the fall]] session.', '[[The fall]] election is in doubt.', "The party's [[autumn]] conference will pick a leader."] },
  { expect: { value: '2024-SU' }, phrases: ['[[The summer]] recess begins in July.', 'Its [[summer]] sitting will be short.', '[[The summer]] window closes on Sept. 1.'] },
  { expect: { value: '2023-WI' }, phrases: ['The club spent £90m in [[the winter]] window.'] },
]);

describeNegatives('date', 'a season before weather, a publication, a name or an indefinite article names a kind', [
  'The winter storm hit the coast.',
  'The Spring Statement is due.',
  'A summer break helps.',
  'The fall in prices hurt farmers.',
]);

// Reference Friday 2024-02-16.
describeCorpus('date', 'a week, weekend, month or year two steps from this one', [
  { expect: { value: '2024-W05' }, phrases: ['He arrived [[the week before last]].'] },
  { expect: { value: '2024-W05-WE' }, phrases: ['She flew in [[the weekend before last]].'] },
  { expect: { value: '2024-W09-WE' }, phrases: ['The fair opens [[the weekend after next]].'] },
  { expect: { value: '2023-12' }, phrases: ['Sales fell [[the month before last]].'] },
  { expect: { value: '2024-04' }, phrases: ['The plant reopens [[the month after next]].'] },
  { expect: { value: '2022' }, phrases: ['The law passed [[the year before last]].'] },
  { expect: { value: '2026' }, phrases: ['The tax rises [[the year after next]].'] },
]);

describeNegatives('date', 'a period with "last" or "next" that is no step of two', [
  'The [[month before]] last year\'s vote was calm.',
]);

describeNegatives('date', 'a count of years in a scale word reaches past any year (geological and astronomical time)', [
  'The crater was made some 66 million [[years ago]].',
  'Light from the quasar left it 12.9 billion [[years ago]].',
  'Oceans may have covered Mars a billion [[years ago]].',
]);
describeCorpus('date', 'years ago with no count is some time back', [
  { expect: { value: 'PAST_REF', rule: 'date/uncounted-ago' }, phrases: ['The mill closed [[years ago]].', 'Hundreds of [[years ago]] the valley flooded.'] },
]);

describeCorpus('date', '"over" as the particle of a verb before an offset is no bound (reference 2025-06-11)', [
  { expect: { value: '2023-12', rule: 'date/offset' }, phrases: ['The chief, who took over [[18 months ago]], plans to retire.', 'She handed over [[18 months ago]] to her deputy.'] },
  { expect: { value: 'P3Y', mod: 'MORE_THAN' }, phrases: ['The project took [[over three years]].'] },
  { expect: { value: '2023-12', mod: 'MORE_THAN' }, phrases: ['Prices peaked [[over 18 months ago]].'] },
], { referenceDate: '2025-06-11' });

describeCorpus('date', 'a month in the subject of a reported clause takes that clause\'s modal (reference 2024-02-16)', [
  { expect: { value: '2024-04', rule: 'date/month' }, phrases: ['Organisers said on Monday that the Masters in [[April]] will again be limited to 88 players.', 'The league said the final in [[April]] will be played in Dublin.'] },
  // A month right after the report, or past a comma, dates the saying or another clause.
  { expect: { value: '2023-04' }, phrases: ['He said in [[April]] that the plant will close.', 'The firm said the plant, which shut in [[April]], will reopen.'] },
]);

describeCorpus('date', 'the talker\'s vague references: "the other day", "any day now", "right now"', [
  { expect: { value: 'PAST_REF', rule: 'date/past-ref' }, phrases: ['I ran into her [[the other day]] at the market.', '[[The other day]] a reader wrote in about potholes.'] },
  { expect: { value: 'FUTURE_REF', rule: 'date/future-ref' }, phrases: ['The ruling could come [[any day now]].', 'The baby is due [[any minute now]], her husband said.'] },
  { expect: { value: 'PRESENT_REF', rule: 'date/present-ref' }, phrases: ['[[Right now]] the queue is short.', 'We are not hiring [[right now]].'] },
]);
describeNegatives('date', '"other days" are no day not long ago', ['The other days of the festival were quieter.', 'Rain fell on the other days.']);

describeCorpus('date', 'a bound before "the weekend" with no verb to tell the tense lies ahead (reference Wednesday 2024-11-20)', [
  { expect: { value: '2024-W47-WE', rule: 'date/the-weekend' }, phrases: ['Call the landlord before [[the weekend]].', 'Get the forms in by [[the weekend]].'] },
  // A verb's past still points back.
  { expect: { value: '2024-W46-WE', rule: 'date/the-weekend' }, phrases: ['Shares rose before [[the weekend]].', 'The team rested over [[the weekend]].'] },
], { referenceDate: '2024-11-20' });

describeCorpus('date', 'tense cues of conversational copy (reference 2024-02-16)', [
  // "one more cut": a comparative makes the past form a noun, so "expect" tells the tense.
  { expect: { value: '2024-SU' }, phrases: ['I expect one more cut by [[the summer]].'] },
  // "They're in late August": a contracted copula before a date (and its edge word) puts it on a timetable.
  { expect: { value: '2024-08' }, phrases: ["The trials? They're in [[late August]], so I've got time.", "The finals? We're in [[early August]], so I got lucky."] },
  // A comma parts a noun from the participle after it: "budget, released Monday" dates the release.
  { expect: { value: '2024-02-12' }, phrases: ["The governor's budget, released [[Monday]], assumes revenue will grow."] },
  { expect: { value: '2023-03' }, phrases: ['The budget cut in [[March]] was deep.'] },
  // What is put off may come between the verb and its new date.
  { expect: { value: '2024-03' }, phrases: ['Members again put off a vote until [[March]].', 'The board postponed its final decision to [[March]].'] },
  // "'d been" is "had been": a past perfect.
  { expect: { value: '2024-02-15' }, phrases: ["We'd been told to leave by [[Thursday]], so we went to my sister's."] },
  { expect: { value: '2024-02-22' }, phrases: ['Officials told residents to leave by [[Thursday]].'] },
]);
