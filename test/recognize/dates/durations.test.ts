import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('date', 'durations', [
  { expect: { value: 'PXM', timexType: 'DURATION' }, phrases: ['In [[the past few months]], NATO agreed on contracts.', 'Prices have risen for [[several months]].'] },
  { expect: { value: 'P18M' }, phrases: ['The project took [[18 months]].'] },
  // After a superlative or "first", "in" counts back to the last time, whatever the tense around it.
  { expect: { value: 'P54Y', timexType: 'DURATION' }, phrases: ['Shares fell to their lowest level in [[54 years]] on fears that sales will slow.'] },
  { expect: { value: 'P9Y', timexType: 'DURATION' }, phrases: ['The carmaker will cut jobs as it forecast its first annual loss in [[nine years]].', 'It will be the first time in [[nine years]] that rates rise.'] },
  // A record that is the predicate runs across a phrase of place or agent before "in".
  { expect: { value: 'P12Y', timexType: 'DURATION' }, phrases: ['He will be the first Democrat in the White House in [[12 years]].', 'It will be the first visit by a sitting president to Cuba in [[12 years]].', 'She will become the first woman in the post in [[12 years]].'] },
  // Without a copula before it, or past a verb, the count after a phrase of place is a date ahead.
  { expect: { value: '2026', timexType: 'DATE' }, phrases: ['The chain will open its first store in Paris in [[two years]].', 'The first of the ferries will enter service in [[two years]].'] },
  { expect: { value: '2024-02-16' }, phrases: ['The first flight to Havana leaves in [[two hours]].'] },
  // A tally counted before "in" is spread over the stretch: a duration, in a future sentence too.
  { expect: { value: 'P11D', timexType: 'DURATION' }, phrases: ['Arsenal face four games in [[11 days]] over Christmas.', 'The side will play three league matches in [[11 days]].'] },
  { expect: { value: 'P6D', timexType: 'DURATION' }, phrases: ['The Nuggets play four games in [[six days]] this week.'] },
  // So is an occurrence counted by its ordinal: "the second time in five years".
  { expect: { value: 'P5Y', timexType: 'DURATION' }, phrases: ['The champions, winners for the second time in [[five years]], will parade on Monday.', 'The club will go down for a third time in [[five years]] if it loses.'] },
  { expect: { value: '2029', timexType: 'DATE' }, phrases: ['The second stadium will open in [[five years]].'] },
  { expect: { value: '2024-02-27', timexType: 'DATE' }, phrases: ['The team plays its next game in [[11 days]].', 'Tickets go on sale in [[11 days]].'] },
  { expect: { value: 'P30Y' }, phrases: ['He served for [[three decades]].'] },
  // A fortnight is two weeks, and the day it counts to is 14 days on.
  { expect: { value: 'P2W', timexType: 'DURATION' }, phrases: ['Cases have risen over [[the past fortnight]].', 'The strike lasted [[a fortnight]].'] },
  { expect: { value: 'P4W', timexType: 'DURATION' }, phrases: ['The strike lasted [[two fortnights]].'] },
  { expect: { value: '2024-03-01', timexType: 'DATE' }, phrases: ['Talks will resume in [[a fortnight]].', 'Talks will resume in [[a fortnight\u2019s time]].'] },
  { expect: { value: '2024-02-02', timexType: 'DATE' }, phrases: ['The bridge reopened [[a fortnight ago]].'] },
  { expect: { value: 'P1D', timexType: 'DURATION' }, phrases: ['The bill cleared both houses in [[a single day]].'] },
  { expect: { value: 'P1W', timexType: 'DURATION' }, phrases: ['Prices rose 5% in [[a single week]].'] },
  { expect: { value: 'P3Y', mod: 'MORE_THAN' }, phrases: ['The war has lasted [[more than three years]].'] },
  { expect: { value: 'P4Y', mod: 'MORE_THAN' }, phrases: ['She has led the bank for [[over four years]].', 'The dispute lasted [[over four years]].'] },
  // "the" before a plain counted stretch is part of it; not before a hyphenated adjective.
  { expect: { value: 'P6M' }, phrases: ['Net rose 4% in [[the six months]].', 'Sales doubled during [[the six months]] since the merger.'] },
  { expect: { value: 'P10Y' }, phrases: ['They bought the [[10-year]] notes.'] },
  // After an amount, "over" is the stretch it spreads across, not "more than".
  { expect: { value: 'P5Y' }, phrases: ['The rules will be phased in over [[five years]].', 'The loan is repaid over [[five years]].', 'The cuts will be spread over [[five years]].'] },
  { expect: { value: 'P10Y' }, phrases: ['Sanctions will be lifted in phases over [[10 years]].', 'The duty falls in stages over [[10 years]].', 'The levy is cut gradually over [[10 years]].', 'The sum is paid in instalments over [[10 years]].'] },
  { expect: { value: 'P10Y', mod: 'MORE_THAN' }, phrases: ['The phases lasted [[over 10 years]].'] },
  // An event staged or a work done across the stretch: "over" is the stretch too, not "more than".
  { expect: { value: 'P3WE' }, phrases: ['The festival takes place over [[three weekends]] in July.'] },
  { expect: { value: 'P4Y' }, phrases: ['The dam was built over [[four years]].', 'The talks were held over [[four years]].'] },
  { expect: { value: 'P5Y', mod: 'MORE_THAN' }, phrases: ['It is the first rise in [[over five years]].'] },
  { expect: { value: 'P4Y' }, phrases: ['The levy would raise $9 billion over [[four years]].', 'Output grew 12% over [[four years]].', 'It will spend 2 billion euros over [[four years]].'] },
  { expect: { value: 'P5M', mod: 'APPROX' }, phrases: ['The index had its best gain in [[nearly five months]].'] },
  { expect: { value: 'P5Y' }, phrases: ['The stock hit a [[five-year]] high.'] },
  { expect: { value: 'PT12H' }, phrases: ['After a [[12-hour]] flight they landed.'] },
  { expect: { value: 'P1W' }, phrases: ['They held a [[week-long]] festival.'] },
  { expect: { value: 'P1Y' }, phrases: ['Talks ended a [[year-long]] dispute.'] },
  { expect: { value: 'PT1H' }, phrases: ['It followed an [[hour-long]] meeting.'] },
  { expect: { value: 'P1Y' }, phrases: ['He was jailed for [[a year]].'] },
  { expect: { value: 'P9D' }, phrases: ['The index fell 2,000 points in [[the past nine days]].'] },
  { expect: { value: 'P1D' }, phrases: ['The strike lasted [[one day]].'] },
  { expect: { value: 'PT30M' }, phrases: ['The backup failed after [[thirty minutes]].'] },
  { expect: { value: 'P2.5Y' }, phrases: ['The study ran for [[2.5 years]].'] },
  { expect: { value: 'PXY' }, phrases: ['Prices hit their highest level in [[years]].', 'The dollar has weakened in [[recent years]].'] },
  { expect: { value: 'PXM' }, phrases: ['Talks will resume in [[the coming months]].', 'Prices rose over [[the past months]].', 'Rates will rise in [[the months ahead]].'] },
  { expect: { value: 'PXD', rule: 'date/recent-units' }, phrases: ['[[The days ahead]] will test the truce.'] },
  { expect: { value: 'PXW', rule: 'date/duration-vague' }, phrases: ['Repairs to the bridge could take [[weeks]].', 'The siege lasted [[weeks]], officials said.'] },
  // A bare "last" measures a stretch after a modal or "to".
  { expect: { value: 'PXW', rule: 'date/duration-vague' }, phrases: ['Officials warned the shelling could last [[weeks]].', 'The blockade is likely to last [[weeks]].'] },
  { expect: { value: 'PXM', rule: 'date/duration-vague' }, phrases: ['The strike may last [[months]], the union said.'] },
  // With no modal, "last" is the adjective of a time, not the verb of a length.
  { expect: { value: 'PXW', rule: 'date/recent-units' }, phrases: ['He spent [[the last weeks]] of the war in Rome.'] },
  { expect: { value: 'PXD' }, phrases: ['Rescuers spent [[days]] digging through the rubble.'] },
  { expect: { value: 'PXY', rule: 'date/duration-vague' }, phrases: ['Survivors may sue over abuse dating back [[decades]].', 'The feud between the families goes back [[years]].', 'Court records that date back [[centuries]] were lost.'] },
  { expect: { value: 'P55Y' }, phrases: ['Mr. Jones, [[55 years old]], was named chairman.'] },
  { expect: { value: 'P30Y', rule: 'date/duration' }, phrases: ['The [[30 - year]] bond rose .', 'A [[30 - year - old]] clerk won .'] },
  { expect: { value: 'P1W' }, phrases: ['They ended [[a week - long]] strike .'] },
  { expect: { value: 'P1000D' }, phrases: ['The siege lasted [[1,000 days]].'] },
  { expect: { value: 'P2W', timexType: 'DURATION' }, phrases: ['Prices rose 5% in [[two weeks]].'] },
  { expect: { value: 'P1.5Y' }, phrases: ['The refit took [[1 1/2 years]].'] },
  { expect: { value: 'PT2.5H' }, phrases: ['They met for [[2 1/2 hours]] on the budget.'] },
]);

describeCorpus('date', 'durations with halves, couples and glued units', [
  { expect: { value: 'PT1.5H', timexType: 'DURATION' }, phrases: ['The meeting lasted [[an hour and a half]].', 'The flight took [[one and a half hours]].'] },
  { expect: { value: 'P1.5Y' }, phrases: ['He served [[a year and a half]] in prison.'] },
  { expect: { value: 'P3.5Y' }, phrases: ['The project ran [[3.5years]] over schedule.'] },
  { expect: { value: 'P2W' }, phrases: ['The strike lasted [[a couple weeks]].'] },
  { expect: { value: 'PT1.5H' }, phrases: ['The call lasted [[one hour and half]].'] },
  { expect: { value: 'PT0.5H', rule: 'date/duration-half' }, phrases: ['The vote took [[half an hour]].', 'They held a [[½ hour]] briefing.', 'Staff get [[a half-hour]] break.'] },
  { expect: { value: 'P0.5D' }, phrases: ['Unions called [[a half-day]] strike.', 'The walkout lasted [[half a day]].'] },
  { expect: { value: 'P50Y' }, phrases: ['The feud ran for [[half a century]].'] },
  // A hedge before half a unit stays in the span with its mod, as before a counted stretch.
  { expect: { value: 'P50Y', mod: 'MORE_THAN', rule: 'date/duration-half' }, phrases: ['She sang in the choir for [[more than half a century]].', 'He ran the shop for [[well over half a century]].'] },
  { expect: { value: 'P5Y', mod: 'APPROX' }, phrases: ['He served for [[nearly half a decade]].', 'The deal runs for [[about half a decade]].'] },
  // Before "later" or "ago" the hedge is the offset's, a date.
  { expect: { value: '1975', rule: 'date/offset' }, phrases: ['The mill closed in 1925 and reopened more than [[half a century later]].'] },
  { expect: { value: 'P25Y', rule: 'date/duration-century-fraction' }, phrases: ['Output hit its lowest level in [[a quarter century]].', 'The truce held for [[a quarter-century]].'] },
  { expect: { value: 'P75Y' }, phrases: ['The dynasty ruled for [[three quarters of a century]].'] },
  { expect: { value: 'PT1S' }, phrases: ['The sprinter won by [[one second]].'] },
  { expect: { value: 'P3D', rule: 'date/duration-nights' }, phrases: ['The delegates stayed [[three nights]] in the capital.'] },
  { expect: { value: 'P1D' }, phrases: ['The suspect spent [[1 night]] in custody.'] },
]);

describeCorpus('date', 'durations named in parts, and whole units', [
  { expect: { value: 'PT2H30M', timexType: 'DURATION' }, phrases: ['The surgery took [[two hours and 30 minutes]].', 'She won in [[2 hrs 30 minutes]].'] },
  { expect: { value: 'P3Y2M' }, phrases: ['He was held for [[three years, two months]] without trial.'] },
  { expect: { value: 'PT1H30M', mod: 'MORE_THAN' }, phrases: ['The debate ran [[more than an hour and 30 minutes]].'] },
  { expect: { value: 'P1D' }, phrases: ['Rescuers searched [[all day]] for survivors.'] },
  { expect: { value: 'P1Y' }, phrases: ['The market stayed weak [[all year long]].'] },
  { expect: { value: 'P30Y' }, phrases: ['The dispute spanned [[three decades]], 18 months of talks and a week-long strike.'] },
  { expect: { value: 'P18M' }, phrases: ['The dispute spanned three decades, [[18 months]] of talks and a week-long strike.'] },
  { expect: { value: 'P1W' }, phrases: ['The dispute spanned three decades, 18 months of talks and a [[week-long]] strike.'] },
  { expect: { value: 'P1W' }, phrases: ['He served two years and a [[week-long]] hunger strike.'] },
  { expect: { value: 'P2D' }, phrases: ['Talks took [[two days]] and 48 hours of drafting.'] },
]);

describeCorpus('date', 'ages in the thousands of years', [{ expect: { value: 'P2000Y' }, phrases: ['The town keeps a [[2000 year old]] custom.'] }]);

describeCorpus('date', 'unmeasured stretches before or after an event', [
  { expect: { value: 'PTXH', timexType: 'DURATION' }, phrases: ['The ruling came [[hours]] after the vote.'] },
  { expect: { value: 'PXD' }, phrases: ['[[Days]] later, the minister resigned.'] },
  { expect: { value: 'PXM' }, phrases: ['The lakeside cabins are booked [[months]] ahead.', 'Fans queue for tickets [[months]] in advance.'] },
  { expect: { value: 'PXW' }, phrases: ['Reserve a table [[weeks]] ahead of the festival.'] },
]);

describeCorpus('date', 'durations with spelled hundreds, abbreviations and glued hours', [
  { expect: { value: 'PT24H', timexType: 'DURATION' }, phrases: ['The siege lasted [[twenty and four hours]].', 'The siege lasted [[24h]].'] },
  { expect: { value: 'P120D' }, phrases: ['The strike lasted [[one hundred and twenty days]].', 'The strike lasted [[a hundred and twenty days]].'] },
  { expect: { value: 'P250Y' }, phrases: ['The abbey stood for [[two hundred fifty years]].'] },
  { expect: { value: 'PT123.45S' }, phrases: ['The record run took [[123.45 sec]].'] },
  { expect: { value: 'PT3H' }, phrases: ['The stage took [[3h]] in the rain.'] },
  { expect: { value: 'PT2.5H' }, phrases: ['The flight takes [[2.5 hrs]].', 'The flight takes [[2.5h]].'] },
  { expect: { value: 'P5Y' }, phrases: ['Officials kept the [[5 yrs]] plan.'] },
]);

describeNegatives('date', 'halves and nights that are no durations', [
  'She finished [[second]] in the first half.',
  'He scored one [[second]]-half goal.',
  'The club fielded two [[second]]-string keepers.',
  'The co-op bought three [[second]]-hand trawlers.',
  'Police raided a night club on Elm Street.',
  'The film is set in the night.',
]);

describeNegatives('date', '"back" after a verb that is no reaching into the past measures no stretch', ['The firm rolled back [[hours]] for staff.', 'He paid back [[years]] of debt.']);

describeNegatives('date', '"single" with no article before it, or glued to the unit, counts no stretch', ['It was the deadliest single day of the war.', 'He set a single-day record.']);

describeNegatives('date', 'glued letters that are not hours', [
  'The A4h form was filed.',
  'Try the B12h setting.',
  'Version 1.3h2 shipped.',
]);

describeNegatives('date', '"last" as an adjective before a plural unit', ['In [[last years]] the town shrank.', 'I counted three in the [[last minutes]].']);

describeCorpus('date', '"last" as a verb stays out of the duration it takes', [
  { expect: { value: 'P2Y', timexType: 'DURATION' }, phrases: ['The slump could last [[two years]].', 'Analysts expect the shortage to last [[two years]].'] },
  { expect: { value: 'PXW' }, phrases: ["The walkout won't last [[several weeks]], the union said."] },
  { expect: { value: 'P3Y' }, phrases: ['The duties start in March and last [[three years]].', 'Droughts that last [[three years]] are rare.'] },
  { expect: { value: 'P3M' }, phrases: ['Sales rose in [[the last three months]].'] },
  { expect: { value: 'P16D' }, phrases: ['The Games last [[16 days]].', 'Heat waves last [[16 days]] on average.'] },
  { expect: { value: 'P2W' }, phrases: ['Prices fell in [[last two weeks]].'] },
]);

describeCorpus('date', 'a matter of some unit', [
  { expect: { value: 'PTXH', timexType: 'DURATION' }, phrases: ['The peso lost a tenth of its value in [[a matter of hours]].'] },
  { expect: { value: 'PXW' }, phrases: ['A decision could come within [[a matter of weeks]].'] },
]);

describeCorpus('date', 'unmeasured stretches with "just" or "only"', [
  { expect: { value: 'PTXM', timexType: 'DURATION' }, phrases: ['The gains vanished in just [[minutes]].'] },
  { expect: { value: 'PTXH' }, phrases: ['The rally faded within only [[hours]].'] },
]);

describeCorpus('date', 'quarters of an hour and a whole number with a hyphenated fraction', [
  { expect: { value: 'PT15M', timexType: 'DURATION' }, phrases: ['The talk lasted [[a quarter of an hour]].'] },
  { expect: { value: 'PT45M', timexType: 'DURATION' }, phrases: ['The delay was [[three-quarters of an hour]].', 'The delay was [[three quarters of an hour]].'] },
  { expect: { value: 'PT2.5H', timexType: 'DURATION' }, phrases: ['The hearing ran [[2-1/2 hours]].'] },
]);

describeNegatives('date', 'fractions that count no time', [
  'A quarter of an apple was left.',
  'The team is 3-1/2 games back.',
  'Sales grew by a quarter to $48 million.',
  'Its costs fell by almost three quarters.',
]);

describeCorpus('date', 'a quarter that a date is put off by stays a quarter of a year', [
  { expect: { value: 'P1Q', timexType: 'DURATION' }, phrases: ['The launch was delayed by [[a quarter]].'] },
]);

describeNegatives('date', '"an hour" after a length is a speed', ['Winds of 140 miles an hour hit the coast.', 'The train ran at 300 kilometres an hour.', 'Gusts reached 60 knots an hour.']);

describeCorpus('date', 'a count before its step: "the two previous years"', [
  { expect: { value: 'P2Y', timexType: 'DURATION' }, phrases: ['Profits doubled over [[the two previous years]].'] },
  { expect: { value: 'P3M', timexType: 'DURATION' }, phrases: ['Sales fell in [[the 3 following months]].'] },
  { expect: { value: 'P5Y', timexType: 'DURATION' }, phrases: ['The plan covers [[5 upcoming years]].'] },
]);

describeNegatives('date', 'a count before "last" or "previous" that counts no time', [
  'He scored 2 last minute goals.',
  'The two previous owners sold it.',
  'The 2 past presidents met.',
]);

describeCorpus('date', 'fractions of an hour written with a slash', [
  { expect: { value: 'PT30M', timexType: 'DURATION' }, phrases: ['Boarding closes in [[1/2h]].'] },
  { expect: { value: 'PT45M', timexType: 'DURATION' }, phrases: ['The drive takes [[3/4 h]].'] },
]);

describeCorpus('date', 'the last stretch of a time an event names', [
  { expect: { value: 'PTXH', timexType: 'DURATION' }, phrases: ['Both candidates toured the state in [[the final hours]] of the campaign.'] },
  { expect: { value: 'PTXM' }, phrases: ['He scored in [[the closing minutes]] of the game.'] },
  { expect: { value: 'PXD' }, phrases: ['Looting spread in [[the final days]] of the war.'] },
]);

describeNegatives('date', 'early days as a figure', ['It was written in the early days of the web.', 'These are the final days.']);

describeCorpus('date', 'a counted unit that opens a sentence before a name', [
  { expect: { value: 'P30Y', timexType: 'DURATION' }, phrases: ['[[Thirty-year]] Treasury bond yields fell.'] },
  { expect: { value: 'P10Y', timexType: 'DURATION' }, phrases: ['[[Ten-year]] Treasury notes rose.'] },
]);

describeCorpus('date', 'one more unit, an hour counted from now, and a gap between two times', [
  { expect: { value: 'P1W', timexType: 'DURATION', rule: 'date/duration-another' }, phrases: ['Negotiators agreed to meet for [[another week]].'] },
  { expect: { value: 'P1M' }, phrases: ['It could take [[another month]] to finish.'] },
  { expect: { value: 'PT1H', rule: 'date/duration-near-hour' }, phrases: ['In [[the final hour]] of talks they settled.', 'Prices slid over [[the past hour]].'] },
  { expect: { value: 'P2W', timexType: 'DURATION', rule: 'date/offset-gap' }, phrases: ['The bridge opened [[two weeks]] earlier than planned.'] },
  { expect: { value: 'P3D' }, phrases: ['The results came [[three days]] later than expected.'] },
]);

describeNegatives('date', 'the last minute and a trip of some length', ['He changed his mind at the last minute.', 'She planned [[another]] week-long trip.']);

describeCorpus('date', 'a generation as a stretch of time', [
  { expect: { value: 'PXY', timexType: 'DURATION', rule: 'date/generation' }, phrases: ['Mortgage rates are at their lowest in [[a generation]].', 'The mill has fed the town for [[a generation]].', 'Farmers have grown rice here for [[generations]].'] },
  { expect: { value: 'PXY', mod: 'MORE_THAN' }, phrases: ['The feud has lasted [[more than a generation]].'] },
  { expect: { value: 'PAST_REF', timexType: 'DATE' }, phrases: ['Wages were higher [[a generation ago]].'] },
]);

describeNegatives('date', 'a generation of people or products', [
  'A generation of investors has never seen a crash.',
  'The company showed a new generation of chips.',
  'For a generation that grew up online, paper maps are odd.',
  'The ads were made for a generation of teenagers.',
  'Power generation rose sharply.',
  'The next generation of fighter jets is late.',
]);

describeCorpus('date', '"the next decade" after a word of a stretch measures ten years', [
  { expect: { value: 'P10Y', timexType: 'DURATION' }, phrases: ['Costs will double over [[the next decade]].', 'The plant will close within [[the next decade]].', 'Rates fell in [[the past decade]].'] },
]);

describeCorpus('date', 'a game clock counting down is the time left, not a time of day', [
  { expect: { value: 'PT2M13S', timexType: 'DURATION', rule: 'date/game-clock' }, phrases: ['The Bears took over with [[2:13]] left and drove for the winning score.', 'Allen threw the go-ahead pass with just [[2:13]] remaining.', 'The Rams led by three with [[2:13]] to play.'] },
  { expect: { value: 'PT42S' }, phrases: ['Smith tied it with [[0:42]] left in regulation.'] },
  { expect: { value: 'PT2M' }, phrases: ['The Chiefs got the ball back with [[2:00]] left.'] },
  { expect: { value: 'PT4.2S' }, phrases: ['Jordan hit the winner with [[0:04.2]] remaining.'] },
  { expect: { value: 'PT1M48S' }, phrases: ['Boston scored again with [[1:48]] remaining in the third period.', 'The Kings pulled their goalie at [[1:48]] left in the game.'] },
]);

describeCorpus('date', 'a clock time that leaves is a time of day, not a game clock', [
  { expect: { timexType: 'TIME', rule: 'date/time-clock' }, phrases: ['The [[7:15]] left on time despite the snow.', 'Trains leave at [[7:15]] with seats to spare.'] },
]);
