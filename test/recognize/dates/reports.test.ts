import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

/** A Friday in the autumn of 1989: third-quarter results season in wire copy. */
const AUTUMN_1989 = { referenceDate: '1989-10-20' };

describeCorpus(
  'date',
  'a year-ago comparison takes the period its sentence named (reference 1989-10-20)',
  [
    {
      expect: { value: '1988-Q3' },
      phrases: [
        'Harbor Mills said third-quarter net income rose 9% to $8.1 million from $7.4 million [[a year earlier]].',
        'Profit for the third quarter fell to 40 cents a share from 52 cents [[a year ago]].',
        'Net rose in the third quarter. Revenue climbed 4% from [[a year earlier]].',
        'Earnings for the third quarter slipped. Sales for the quarter were flat compared with [[a year ago]].',
      ],
    },
    { expect: { value: '1988-09' }, phrases: ['September car sales fell 6% from [[a year earlier]].'] },
    // The month a change is measured from is no period the story reports on.
    { expect: { value: '1988-09' }, phrases: ['Prices rose 0.3% in September from August and 4% from [[a year earlier]].', 'Car sales fell in September from July, and 6% from [[a year ago]].'] },
    { expect: { value: '1987-Q3' }, phrases: ['Third-quarter output was the lowest since [[two years earlier]].'] },
    { expect: { value: '1988-Q3' }, phrases: ['Net income fell in the third quarter. In [[the same period a year earlier]], the bank had earned $80 million.'] },
    { expect: { value: '1988' }, phrases: ['The company said Tuesday that its profit rose 5% from [[a year ago]].', 'Sales rose 3% from [[a year earlier]].'] },
    {
      expect: { value: '1988' },
      phrases: [
        'Net rose in the third quarter. Its shares now trade 20% above their price [[a year ago]].',
        'Sales slipped in the third quarter. Rents are currently 4% lower than [[a year earlier]].',
      ],
    },
    { expect: { value: '1988-Q3' }, phrases: ['Third-quarter sales, now at a record, rose 4% from [[a year earlier]].'] },
  ],
  AUTUMN_1989,
);

describeCorpus(
  'date',
  'the quarters and years a results story reports on (reference 1989-10-20)',
  [
    { expect: { value: '1989-Q3', rule: 'date/the-quarter' }, phrases: ['In [[the past quarter]] the chain closed 40 stores.', 'Over [[the last quarter]], margins narrowed.'] },
    { expect: { value: '1989-Q3' }, phrases: ['Analysts expect a loss in the fourth quarter; in [[the latest quarter]] the bank earned $9 million.'] },
    // A fiscal quarter named before it is the one reported, whatever calendar months it covers.
    { expect: { value: 'FY1989-Q4' }, phrases: ['The utility lost money in its fiscal fourth quarter, ended Sept. 30. Revenue in [[the latest quarter]] fell 9%.'] },
    { expect: { value: 'FY1990-Q1' }, phrases: ['Net rose in the fiscal first quarter, ended Sept. 30. Sales in [[the latest quarter]] rose 4%.'] },
    { expect: { value: '1989-Q3' }, phrases: ['The maker expects a loss in its fiscal fourth quarter. In [[the latest quarter]], it earned $9 million.'] },
    { expect: { value: '1989-Q4' }, phrases: ['Shipments in [[the current quarter]] are running ahead of plan.'] },
    { expect: { value: '1989-Q3', rule: 'date/the-quarter' }, phrases: ['Sales in the third quarter rose 4% to $80 million. The mill shipped no steel to Japan during [[the quarter]].'] },
    { expect: { rule: 'date/quarter' }, phrases: ['The board voted 9-3 to cut rates in [[the first quarter]].', 'Net rose 30% in [[the third quarter]], or 2 points of margin.'] },
    { expect: { value: '1990-Q1' }, phrases: ['Orders should improve in [[the next quarter]].'] },
    { expect: { value: 'FY1989-Q1' }, phrases: ['In [[the fiscal first quarter]], net fell.'] },
    { expect: { value: '1989-Q4' }, phrases: ['Profit in [[the quarter]] ending Dec. 31 will be weak.'] },
    { expect: { value: '1989-Q3' }, phrases: ['[[Third-quarter]] results will be released next week.', 'Analysts expect [[third-quarter]] earnings to fall.', 'The bank will report net for [[the third quarter]] on Tuesday.'] },
    { expect: { value: '1990-Q3' }, phrases: ['The new mill will open in [[the third quarter]].'] },
    { expect: { value: '1989', rule: 'date/full-year' }, phrases: ['The company expects earnings for [[the full year]] to exceed $2 a share.', '[[Full-year]] earnings will rise about 10%.'] },
    { expect: { value: '1989', rule: 'date/full-year' }, phrases: ['Growth should pick up for [[the whole year]] as exports recover.', 'Sales for [[the entire year]] will top $3 billion.'] },
    { expect: { value: '1989', rule: 'date/period-to-date' }, phrases: ['[[Year to date]], the stock has gained 14%.', 'In [[the year to date]], shipments are up 3%.', 'The fund posted a [[year-to-date]] return of 12%.'] },
    { expect: { value: '1989-10', rule: 'date/period-to-date' }, phrases: ['For [[the month to date]], car sales are up 3%.'] },
    { expect: { value: '1989', rule: 'date/year' }, phrases: ['Analysts now expect [[1989]] earnings of $3.40 a share.', 'The company said [[1989]] sales would top $2 billion.'] },
    { expect: { value: '1990' }, phrases: ['Economists lowered their [[1990]] forecasts.'] },
    { expect: { value: 'FY1989', rule: 'date/the-fiscal-year' }, phrases: ['For [[the fiscal year]] ended June 30, the utility earned $61 million.'] },
    // The British "financial year" is the fiscal year.
    { expect: { value: 'FY1989', rule: 'date/the-fiscal-year' }, phrases: ['The chief executive will leave at [[the end of the financial year]].', 'Profits rose in [[the financial year]] to March.'] },
    { expect: { value: 'FY1990' }, phrases: ['The company sees growth in fiscal 1990. In [[the fiscal year]], it plans to open 12 plants.', '[[The fiscal year]] ending next June 30 will be better.'] },
    { expect: { value: 'FY1990', rule: 'date/fiscal-year-relative' }, phrases: ['Spending will rise in [[the new fiscal year]], which begins Oct. 1.', 'In [[the new financial year]], which began this month, rates rose.', "The state's [[new fiscal year]] starts in July.", 'Profits will fall in [[the upcoming fiscal year]].'] },
    { expect: { value: 'FY1989', rule: 'date/fiscal-year-relative' }, phrases: ['Profits will rise in [[the current financial year]].'] },
    // A fiscal year is named for the year it ends in: the next September said in October is next year's.
    { expect: { value: 'FY1990', rule: 'date/fiscal-year-relative' }, phrases: ['The charge falls in [[the current fiscal year]], which ends next Sept. 30.', 'The charge falls in [[the current fiscal year]] ending next September.'] },
    { expect: { value: 'FY1990', rule: 'date/the-fiscal-year' }, phrases: ['[[Its fiscal year]] ends next Sept. 30.'] },
    { expect: { value: 'FY1989', rule: 'date/fiscal-year-relative' }, phrases: ['Profits will rise in [[the current financial year]], which ends in December.'] },
    { expect: { value: '1989-W31', rule: 'date/week-number' }, phrases: ['Car production in [[week 31]] fell 4%.'] },
    { expect: { value: '1990-06-30' }, phrases: ['The bonds mature [[next June 30]].'] },
    { expect: { value: '1989-05-03' }, phrases: ['The merger closed [[last May 3]].'] },
    { expect: { value: '1990-09-30', rule: 'date/month-relative' }, phrases: ['The bonds mature [[next Sept. 30]].', 'The bonds mature [[next Sep 30]].'] },
    { expect: { value: '1989-03-01', rule: 'date/month-relative' }, phrases: ['The merger closed [[last Mar. 1]].'] },
    // "past" alone before a month is the preposition: "runs past Oct. 31" is the coming one.
    { expect: { value: '1989-10-31', rule: 'date/month-day-year' }, phrases: ['No bill may run past [[Oct. 31]].', 'No bill may run past [[October 31]].'] },
    { expect: { value: '1989-06' }, phrases: ['In the six months to [[June]], exports rose.'] },
  ],
  AUTUMN_1989,
);

describeCorpus(
  'date',
  'the full year, and the month of the next year, in early-year reports (reference 1990-02-09)',
  [
    { expect: { value: '1989' }, phrases: ['[[Full-year]] profit rose 8% to $120 million.', '[[Full-year]] profit beat estimates.'] },
    // A forecast is of the year still running, though the verb that changes it is past.
    { expect: { value: '1990' }, phrases: ['The company raised its [[full-year]] profit forecast.', 'The chain cut its [[full-year]] sales guidance on Friday.'] },
  ],
  { referenceDate: '1990-02-09' },
);

describeCorpus('date', 'a duration of a full year stays a duration', [{ expect: { value: 'P1Y', timexType: 'DURATION' }, phrases: ['It took [[a full year]] to rebuild the plant.', 'The repairs took [[a whole year]].', 'They waited [[an entire year]] for the permit.'] }], AUTUMN_1989);

describeCorpus(
  'date',
  'a year written before a quarter or a half owns it (reference 1989-10-20)',
  [
    { expect: { value: '1988-Q4' }, phrases: ['Earnings slid from [[the 1988 fourth quarter]].', 'Margins were thin in [[the 1988 fourth-quarter]] figures.'] },
    { expect: { value: 'FY1987-H1' }, phrases: ['The unit lost money in [[the fiscal 1987 first half]].'] },
    { expect: { value: '1989-Q2' }, phrases: ['Orders rose in [[the second quarter]].', 'Sales peaked in 1988. [[Second quarter]] sales fell.'] },
  ],
  AUTUMN_1989,
);

describeCorpus(
  'date',
  'a fiscal year lends its year to the day it ends or begins on (reference 2024-02-16)',
  [
    { expect: { value: '1990-06-30' }, phrases: ['Profit rose in fiscal 1990, which ends [[June 30]], the firm said.', 'Fiscal 1990 ended [[June 30]].'] },
    { expect: { value: '1990-10-01' }, phrases: ['Fiscal 1991 began [[Oct. 1]].', 'The plan covers fiscal 1991, which starts on [[Oct. 1]].'] },
    { expect: { value: '1989-09' }, phrases: ['Results for fiscal 1989, which ended in [[September]], were flat.'] },
    { expect: { value: '1988-06-30' }, phrases: ['Fiscal 1990 ended [[June 30, 1988]].'] },
    { expect: { value: '2023-06-30' }, phrases: ['Sales rose in fiscal 1990. The plant closed on [[June 30]].'] },
  ],
  { referenceDate: '2024-02-16' },
);

describeNegatives(
  'date',
  'weeks counted by a season or a trial, and full years of other things',
  ['Jury selection began in [[week 3]] of the trial.', 'Exports set [[a new fiscal year]] record.', 'MPs passed [[the Financial Year]] Act.', '[[Week 5]] of the football season starts Sunday.', 'The band made [[a full-year]] tour plan.'],
  AUTUMN_1989,
);

describeCorpus(
  'date',
  'a weekday after a full date of a narrated episode follows that date; otherwise the reporting week (reference Friday 1989-10-20)',
  [
    {
      expect: { value: '1989-03-09' },
      phrases: [
        'On March 3, 1989, the thrift said it would sell its branches. On [[Thursday]] it added that two bidders had withdrawn.',
        'The tanker ran aground on March 3, 1989, off the Alaska coast. Crews on [[Thursday]] began to pump oil.',
      ],
    },
    {
      expect: { value: '1989-10-19' },
      phrases: [
        'On Oct. 2, the thrift agreed to sell its branches. On [[Thursday]] it said two bidders had withdrawn.',
        'On March 3, 1989, the thrift said it would sell its branches.\n\nOn [[Thursday]] it said two bidders had withdrawn.',
        'On March 3, 1989, the thrift said it would sell its branches. Yesterday it said the sale was off, and on [[Thursday]] two bidders withdrew.',
        'The thrift said on [[Thursday]] that the sale it agreed on March 3, 1989, was off.',
        'The founder, born on March 3, 1921, died on [[Thursday]] at his home.',
        'The airline grounded the jets on March 3, 1989. Engineers had flagged the fault, according to documents released [[Thursday]].',
        'The tanker ran aground on March 3, 1989. The agency said on [[Thursday]] that crews had finished.',
      ],
    },
    { expect: { value: '1989-10-26' }, phrases: ['The sale was agreed on March 3, 1989. The board will vote on [[Thursday]].'] },
  ],
  AUTUMN_1989,
);

describeCorpus(
  'date',
  'the period just reported, and the last of a run of periods (reference Thursday 1989-10-19)',
  [
    { expect: { value: '1989-Q3', rule: 'date/the-period' }, phrases: ['Earnings for [[the latest period]] were hurt by a strike.', 'Output rose in the third quarter; in [[the same period]], imports fell.'] },
    { expect: { value: '1989-06' }, phrases: ['Retail sales jumped in June. In [[the same period]], car sales slid.'] },
    // The latest period has begun: not a year ahead named before it.
    { expect: { value: '1989-Q3', rule: 'date/the-period' }, phrases: ['The notes mature in 2031. In [[the latest period]], the fund grew.', 'Bonds due in 2030 rallied; sales in [[the most recent period]] rose.'] },
    { expect: { value: '2031', rule: 'date/the-period' }, phrases: ['The lease runs to 2031, and rents over [[the same period]] are fixed.'] },
    { expect: { value: '1989-Q3', rule: 'date/streak' }, phrases: ['Profit fell for [[the second straight quarter]].', 'The bank lost money for [[a third consecutive quarter]].'] },
    { expect: { value: '1989-09' }, phrases: ['Housing starts fell for [[the fifth consecutive month]].'] },
    // A season of play is the year it is played in, as "this season" is; counted seasons stay a duration.
    { expect: { value: '1989', rule: 'date/streak' }, phrases: ['The club won the title for [[a third straight season]].', 'She topped the rankings for [[the fourth consecutive season]].'] },
    { expect: { value: 'P3Y', rule: 'date/sport-seasons-counted' }, phrases: ['The club has lost money for [[three straight seasons]].'] },
    // The month named right after the run is its last month, not the one named before it.
    { expect: { value: '1989-08' }, phrases: ['Prices rose 3% in the year to June. Rates held for [[the third straight month]] in August.'] },
    { expect: { value: '1989-10-16' }, phrases: ['Stocks fell on Monday, as bonds rose for [[the third straight session]].'] },
    { expect: { value: '1989-10-19' }, phrases: ['Bond prices rose for [[the fourth successive day]].'] },
    { expect: { value: '1989' }, phrases: ['The charity missed its goal for [[the second straight year]].'] },
    // The day named right after the count is the day, not the story's day or the last one named.
    {
      expect: { value: '1989-10-15' },
      phrases: [
        'Crowds marched for [[the sixth straight day]] on Sunday.',
        'On Thursday the strike spread; pickets returned for [[a fourth day]] Sunday.',
        'The rebels attacked on Friday and struck again [[two days later]] on Sunday.',
      ],
    },
  ],
  { referenceDate: '1989-10-19' },
);

describeCorpus(
  'date',
  'the year up to a month a results story names is twelve months',
  [
    {
      expect: { value: 'P1Y', timexType: 'DURATION', rule: 'date/year-to-month' },
      phrases: ['Profit rose 4% in [[the year]] to March.', 'Exports fell in [[the year]] ended Sept. 30.', 'Inflation ran at 3% in [[the year]] through June.', 'Pretax profit for [[the year]] to next March will fall.', 'Sales for [[the year]] ending in March will top $2 billion.'],
    },
  ],
  AUTUMN_1989,
);

describeNegatives('date', 'a year up to a month written in lower case', ['Fans expect the year to march on.', 'Fans expect the year to next march on.']);

describeNegatives(
  'date',
  'periods that are no dates',
  ['[[The latest period]] of unrest began in the spring.', 'Sales at [[the same stores]] rose 4%.', 'The rebels held [[the third straight]] hill.'],
  { referenceDate: '1989-10-19' },
);

describeCorpus(
  'date',
  'tense cues of the past perfect and of a rule coming into force (reference Friday 1989-10-13)',
  [
    { expect: { value: '1989-09' }, phrases: ['Producer prices rose 0.9%. Economists had expected a gain of 0.3% for [[September]].'] },
    { expect: { value: '1990-01' }, phrases: ["The exchange's new rules, adopted earlier this month, take effect in [[January]].", 'The law, passed in the spring, goes into effect in [[January]].'] },
    { expect: { value: '1989-01' }, phrases: ['The rules, adopted last year, took effect in [[January]].'] },
    { expect: { value: '1990-06' }, phrases: ['The chairman, who has led the bank for 32 years, turns 70 in [[June]].'] },
  ],
  { referenceDate: '1989-10-13' },
);

describeCorpus(
  'date',
  '"year-earlier" and "year-ago" alone as the period a year before (reference 1989-10-20)',
  [
    { expect: { value: '1988-Q3', rule: 'date/year-ago-adjective' }, phrases: ['Third-quarter net fell to $5 million from [[year-earlier]] net of $8 million.'] },
    { expect: { value: '1988' }, phrases: ['Revenue rose 10% from [[year-ago]] levels.'] },
  ],
  AUTUMN_1989,
);

describeCorpus(
  'date',
  'the results of the quarter just ended, told in January (reference 1990-01-12)',
  [
    { expect: { value: '1989-Q4' }, phrases: ['[[Fourth-quarter]] earnings will be released next week.'] },
    { expect: { value: '1990-Q4' }, phrases: ['The plant will reopen in [[the fourth quarter]].'] },
  ],
  { referenceDate: '1990-01-12' },
);

describeCorpus(
  'date',
  'a year before the period a report compares with (reference 1989-10-20)',
  [
    { expect: { value: '1988-Q3', rule: 'date/the-year-period' }, phrases: ['Third-quarter net rose to 90 cents a share from 71 cents in [[the 1988 quarter]] .'] },
    { expect: { value: '1988' }, phrases: ['Shipments were flat with [[the 1988 period]] , the maker said .'] },
    // "the 1988 period" after a part of a year is that part in 1988.
    { expect: { value: '1988-Q3' }, phrases: ['It lost $9 million for the third quarter, compared with $6 million in [[the 1988 period]] .'] },
    { expect: { value: '1988-H1' }, phrases: ['Net rose 5% in the first half from [[the 1988 period]] .'] },
    { expect: { value: '1988-06' }, phrases: ['Sales in June rose from [[the 1988 period]] .'] },
    { expect: { value: 'FY1990' }, phrases: ['The agency expects a deficit in [[the 1990 fiscal year]] .', 'The miner lost money in [[the 1990 financial year]] .'] },
  ],
  AUTUMN_1989,
);

describe('a year before another noun names no period of a report', () => {
  it('keeps the year alone before a plural', () => {
    expect(factsOf('date', 'Sales of the 1988 models slowed .', AUTUMN_1989).map((f) => f.text)).toEqual(['1988']);
  });
});

describeCorpus('date', 'a count of trading sessions is that many days', [
  { expect: { value: 'P8D', timexType: 'DURATION', rule: 'date/sessions' }, phrases: ['The index has lost 9% in [[the past eight sessions]].', 'Bonds fell for [[eight straight sessions]].'] },
  { expect: { value: 'P7D' }, phrases: ['Shares rose in five of [[the previous seven sessions]].'] },
  { expect: { value: 'P3D' }, phrases: ['It followed [[three consecutive trading sessions]] of losses.'] },
  { expect: { value: 'PXD' }, phrases: ['Gold has drifted lower over [[the last few sessions]].'] },
  { expect: { value: 'P6D' }, phrases: ['The index has lost ground in [[six sessions]] of the last nine.', 'Bonds rose for [[six sessions]].', 'Volume doubled over [[six trading sessions]].'] },
]);

describeCorpus('date', 'a market\'s previous session is the trading day before the report\'s, its closing session the report\'s (reference Friday 2024-02-16)', [
  { expect: { value: '2024-02-15', timexType: 'DATE', rule: 'date/session-day' }, phrases: ['Copper rose 1.2% in [[the previous session]].', 'The index had closed at a record in [[the prior session]].', 'Tokyo stocks rebounded, recovering from [[the preceding trading session]]\'s slide.'] },
  { expect: { value: '2024-02-16' }, phrases: ['European shares ended [[the session]] 0.4% higher.', 'The Nikkei finished [[the session]] flat.'] },
]);
describeCorpus('date', 'the trading day before a Monday is the Friday', [
  { expect: { value: '2024-02-09' }, phrases: ['Oil fell 2% in [[the previous session]].'] },
], { referenceDate: '2024-02-12' });

describeNegatives('date', 'sessions that are sittings', ['The court held three sessions.', 'The course runs for six sessions.', 'The assembly met in two sessions.', 'Parliament met for the last two sessions of the year.', 'She teaches [[five sessions]] a week.', 'The bill died in [[the previous session]].', 'Stocks fell, and the law passed in [[the previous session]] of Congress.', 'The speaker ended [[the session]] early.']);

describeCorpus('date', 'a streak entered, without "straight"', [
  { expect: { value: '2024-W07', rule: 'date/streak' }, phrases: ['The strike dragged into [[a second week]].'] },
]);

/** A Friday in June, when a company whose year ends in May reports its fiscal fourth quarter. */
const JUNE_REPORT = { referenceDate: '2014-06-20' };

describeCorpus(
  'date',
  'a reported fiscal quarter lies in the year it ended, not the calendar quarter before (reference 2014-06-20)',
  [
    { expect: { value: 'FY2014-Q4', rule: 'date/quarter' }, phrases: ['Profit fell in [[the fiscal fourth quarter]], which ended May 31.', 'Net income rose in its [[fiscal fourth quarter]].', 'The toolmaker lost money in [[the fourth fiscal quarter]].'] },
    // The fiscal year a quarter belongs to ends the quarters after it later: a first quarter that ended in September is in next year's.
    { expect: { value: 'FY2014-Q1' }, phrases: ['Net rose in [[the fiscal first quarter]] ended Sept. 30.', 'Sales fell in [[the fiscal first quarter]], which ended Sept. 28.'] },
    { expect: { value: 'FY2013-Q1', rule: 'date/year-ago-period' }, phrases: ['Net rose in the fiscal first quarter ended Sept. 30. In [[the year-earlier quarter]], it lost money.'] },
    { expect: { value: '2012', rule: 'date/the-year-period' }, phrases: ['Net rose in the fiscal first quarter. It lost money in [[the 2012 quarter]] .'] },
    { expect: { value: 'FY2015', rule: 'date/the-fiscal-year' }, phrases: ["The toolmaker's [[fiscal year]] ends next March 31."] },
    // The month alone, with or without its year, closes the fiscal year too.
    { expect: { value: 'FY2016', rule: 'date/the-fiscal-year' }, phrases: ['The retailer expects a loss for [[the fiscal year]] ending March 2016.'] },
    { expect: { value: 'FY2013', rule: 'date/the-fiscal-year' }, phrases: ['Sales fell in [[the fiscal year]] that ended in September.'] },
    // A closing month without "ended" takes the tense around it, as a plain "the year to March" does: a forecast is of the year still running.
    { expect: { value: 'FY2015', rule: 'date/the-fiscal-year' }, phrases: ['The bank expects a profit in [[the fiscal year]] ending in March.', 'The firm cut its forecast for [[the fiscal year]] ending in April.'] },
    { expect: { value: '2015-03' }, phrases: ['The bank expects a profit in the fiscal year ending in [[March]].', 'The bank expects a profit in the year to [[March]].'] },
    { expect: { value: 'FY2014', rule: 'date/the-fiscal-year' }, phrases: ['The bank earned $2 billion in [[the fiscal year]] ending in March.'] },
    // The month that opens a fiscal year names the year that ends after it (reference 2014-06-20).
    { expect: { value: 'FY2015', rule: 'date/the-fiscal-year' }, phrases: ['The state expects a deficit in [[the fiscal year]] starting July 1.', 'Cuts will hit in [[the fiscal year]] that begins in October.'] },
    { expect: { value: '2014-07-01' }, phrases: ['The state expects a deficit in the fiscal year starting [[July 1]].'] },
    // A bound in the present tense lies ahead, though a past verb opens the sentence.
    { expect: { value: 'FY2015', rule: 'date/the-fiscal-year' }, phrases: ['The governor signed a plan that closes a deficit for [[the fiscal year]] that begins July 1.', 'The board approved cuts for [[the fiscal year]] that ends March 31.'] },
    { expect: { value: '2014-07-01' }, phrases: ['The governor signed a plan that closes a deficit for the fiscal year that begins [[July 1]].'] },
    { expect: { value: 'FY2014', rule: 'date/the-fiscal-year' }, phrases: ['Sales rose in [[the fiscal year]] that began in July.', '[[The fiscal year]] started Oct. 1 with a surplus.'] },
    { expect: { value: '2013-07' }, phrases: ['Sales rose in the fiscal year that began in [[July]].'] },
    { expect: { value: 'FY2015', rule: 'date/the-fiscal-year' }, phrases: ['Budgets shrink in [[the fiscal year]] starting Jan. 1, 2015.'] },
    { expect: { value: '2015-Q1', rule: 'date/the-quarter' }, phrases: ['The chain expects sales to rise in [[the quarter]] ending in March.'] },
    { expect: { value: '2013-Q4' }, phrases: ['Profit fell in [[the fourth quarter]].'] },
    { expect: { value: '2013-Q3' }, phrases: ['Sales rose in [[the third quarter]], which ended Sept. 28.'] },
  ],
  JUNE_REPORT,
);

describeCorpus(
  'date',
  'a month owning a report figure is the month (reference 2008-03-05)',
  [
    { expect: { value: '2008-01', rule: 'date/month-possessive' }, phrases: ["Output fell after [[January]]'s small gain.", "[[January]]'s figures were revised."] },
    { expect: { value: '2007-12' }, phrases: ["[[December]]'s drop was the steepest in years."] },
    { expect: { value: '2007-05' }, phrases: ["Since [[May]]'s election, the index has risen."] },
    { expect: { value: '2008-03' }, phrases: ["Economists expect [[March]]\u2019s numbers to rebound.", "Retail Sales Slip in [[March]]\nWASHINGTON (AP) -- Sales fell."] },
    // A month that is also a given name owns a figure as it owns a report's noun.
    { expect: { value: '2007-06', rule: 'date/month-possessive' }, phrases: ["The index rose to 46.4 from [[June]]'s 45.4.", "Payrolls beat [[June]]'s 223,000.", "Inflation eased from [[June]]'s 3.2%."] },
  ],
  { referenceDate: '2008-03-05' },
);
describeNegatives('date', "a person's name before a count", ["[[June]]'s 12 grandchildren came to the funeral."], { referenceDate: '2008-03-05' });

describeCorpus(
  'date',
  'a half-year named by the month it ends in (reference 2024-02-15)',
  [
    { expect: { value: '2023-H2', rule: 'date/half-month-end' }, phrases: ['Cash profit slipped 3 per cent in [[the December half]].', 'Profit rose in [[the Dec. half]].'] },
    { expect: { value: '2023-H1' }, phrases: ['Sales were flat in [[the June half of 2023]].'] },
  ],
  { referenceDate: '2024-02-15' },
);
describeCorpus('date', 'a race named by a month and a half is no half-year', [{ expect: { value: '2023-12', rule: 'date/month' }, phrases: ['She won the [[December]] half-marathon.'] }], { referenceDate: '2024-02-15' });
describeNegatives('date', 'a school break named by a month and a half', ['Pupils return after [[the June half]] term.'], { referenceDate: '2024-02-15' });

describeCorpus(
  'date',
  'a fiscal year named with "financial year" or, in Indian English, "fiscal" alone (reference 2025-02-01)',
  [
    { expect: { value: 'FY2026', rule: 'date/fiscal-year' }, phrases: ['The board sought funds for the [[financial year 2025-26]] to fix pipes.'] },
    { expect: { value: 'FY2025', rule: 'date/fiscal-year-relative' }, phrases: ['The deficit was 4.8 per cent in [[the current fiscal]].', 'Growth slowed in [[this fiscal]], against 8 per cent.'] },
    { expect: { value: 'FY2024' }, phrases: ['Exports grew 7 per cent [[last fiscal]] from a year before.'] },
  ],
  { referenceDate: '2025-02-01' },
);
describeNegatives('date', '"fiscal" before the noun it qualifies', ['[[The current fiscal]] deficit is high.', 'Ministers met on [[this fiscal]] policy.'], { referenceDate: '2025-02-01' });

describeNegatives('date', 'a month that is a name before a possessive', ["[[June]]'s husband died.", "Theresa [[May]]'s cabinet met.", "[[April]]'s brother left town."], { referenceDate: '2008-03-05' });

describeCorpus(
  'date',
  'a quarter named by the month it ends in (reference 1989-11-02)',
  [
    { expect: { value: '1989-Q3', rule: 'date/quarter-month-end' }, phrases: ['Sales rose 5% in [[the September quarter]].', 'Margins narrowed in [[the Sept. quarter]].'] },
    { expect: { value: '1988-Q4' }, phrases: ['Profit in [[the December quarter of 1988]] fell.'] },
    { expect: { value: '1990-Q1' }, phrases: ['The miner expects output to recover in [[the March quarter]].'] },
    { expect: { value: '1989-11', rule: 'date/month' }, phrases: ['Shipments were flat in the [[November]] quarter.'] },
  ],
  { referenceDate: '1989-11-02' },
);

describeCorpus(
  'date',
  'the month closing a year a forecast is for, told in October 1989: the coming one',
  [
    { expect: { value: '1990-03' }, phrases: ['Kestrel cut its profit forecast by 15% for the year to [[March]].', 'The outlook for the year ending in [[March]] was raised on Monday.'] },
    { expect: { value: '1989-03' }, phrases: ['Profit rose 10% in the year to [[March]], beating forecasts.'] },
  ],
  AUTUMN_1989,
);

describeCorpus(
  'date',
  'the day a period is reported on is not the period compared (reference 1989-10-20)',
  [
    { expect: { value: '1988-Q3' }, phrases: ['The bank will report results for the September quarter on Nov. 2. Analysts expect 84 cents a share, compared with 71 cents in [[the same period a year ago]].', 'The bank will report third-quarter results on Nov. 2. Analysts expect sales to rise 3% from [[the same period a year ago]].', 'Third-quarter results, due on Nov. 2, should show sales up 3% from [[the same period a year ago]].', 'The bank reports its third-quarter earnings on Friday, and analysts expect profit to fall from [[a year earlier]].'] },
    // A day named alone is the period compared.
    { expect: { value: '1988-10-02' }, phrases: ['Sales rose on Oct. 2 compared with [[the same period a year ago]].'] },
    // A day in a later sentence is no day the period is told about.
    { expect: { value: '1988' }, phrases: ['Sales fell in March. On April 2, the store was busier than [[a year earlier]].'] },
  ],
  AUTUMN_1989,
);

describeCorpus(
  'date',
  'a year-ago comparison after "the three months to" a quarter\'s last month is that quarter (reference 1989-10-20)',
  [
    { expect: { value: '1988-Q3' }, phrases: ['Net profit for the three months to September rose to $8 million from $6 million [[a year earlier]].', 'Sales for the three months ended Sept. 30 rose 4% from [[a year earlier]].'] },
    { expect: { value: '1989-H1' }, phrases: ['Pre-tax profit for the six months to 30 June 1990 was above [[the same period a year earlier]].'] },
    // Three months that close in no quarter's last month stay the month.
    { expect: { value: '1988-08' }, phrases: ['Sales in the three months to August rose from [[a year earlier]].'] },
  ],
  AUTUMN_1989,
);

describeCorpus(
  'date',
  'an agency or a court that publishes or hears on its calendar looks ahead; the month of the figures it publishes is the nearest (reference 2024-03-10)',
  [
    { expect: { value: '2024-03-13' }, phrases: ['The statistics office publishes its survey on [[Wednesday]].', 'The court hears the appeal on [[Wednesday]].', 'The chancellor delivers her budget on [[Wednesday]].'] },
    { expect: { value: '2024-03-06' }, phrases: ['The statistics office published its survey on [[Wednesday]].', 'Its releases on [[Wednesday]] were delayed.'] },
    { expect: { value: '2024-01' }, phrases: ['The office publishes [[January]] GDP on Wednesday.', 'The bureau will release [[January]] sales figures next week.'] },
    { expect: { value: '2024-05' }, phrases: ['The board will hold its [[May]] meeting in Rome.'] },
  ],
  { referenceDate: '2024-03-10' },
);
describeCorpus(
  'date',
  'the month of figures still to come in a December story is the next January (reference 2024-12-10)',
  [{ expect: { value: '2025-01' }, phrases: ['The agency will publish [[January]] sales data in February.'] }],
  { referenceDate: '2024-12-10' },
);

describeCorpus(
  'date',
  'the previous year counts from the fiscal year reported, not from a year in an aside (reference 2024-08-02)',
  [
    { expect: { value: '2023' }, phrases: ['The company, founded in 2018, reported revenue of Rs 4,500 crore for FY24, up 12% from [[the previous year]].'] },
    { expect: { value: '2020' }, phrases: ['Sales rose in 2019. The firm, founded in 2018, grew. Profit fell [[the following year]].'] },
  ],
  { referenceDate: '2024-08-02' },
);

describeCorpus(
  'date',
  'a day that ends a reporting period is no day a later offset counts from (reference 2008-09-16)',
  [
    { expect: { value: '2008-09-14' }, phrases: ['The bank failed on Monday. It had lost $3.9 billion in the three months ended Aug. 31. [[A day earlier]], a rival agreed to buy it.'] },
    { expect: { value: '2008-08-30' }, phrases: ['The bank failed on Aug. 31. [[A day earlier]], a rival walked away.'] },
  ],
  { referenceDate: '2008-09-16' },
);

describeCorpus(
  'date',
  'the month that closes a period reported in the past, with the verb after it (reference 1998-02-27)',
  [
    { expect: { value: '1997-09' }, phrases: ['Results for the six months to [[September]] improved.', 'Output in the nine months to [[September]] fell 3%.'] },
    { expect: { value: '1997-06' }, phrases: ['Profit for the year to [[June]] rose 5%.'] },
    // The same period still to come keeps its year ahead.
    { expect: { value: '1998-06' }, phrases: ['Figures for the quarter to [[June]] are due in August.', 'Sales in the year to [[June]] will rise.'] },
  ],
  { referenceDate: '1998-02-27' },
);

describeCorpus(
  'date',
  'a comparison with what was foreseen leaves a quarter to its clause\'s tense (reference 2026-03-04)',
  [
    { expect: { value: '2025-Q4' }, phrases: ['The economy grew faster than expected in [[the December quarter]].', 'Exports fell more than forecast in [[the fourth quarter]].', 'Output rose as anticipated in [[the fourth quarter]].'] },
    { expect: { value: '2026-Q4' }, phrases: ['Profit is expected to rise in [[the fourth quarter]].', 'Growth will be weaker than expected in [[the December quarter]].'] },
  ],
  { referenceDate: '2026-03-04' },
);
