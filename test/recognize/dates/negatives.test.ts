import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeNegatives('date', 'words and numbers that are not dates', [
  'May I ask a question?',
  'The town ended [[the year]] 2000 with a party.',
  'The group will march at least once, and at least May will speak.',
  'You may leave now if you wish.'.replace(' now', ''),
  'It may rain later.'.replace(' later', ''),
  'Protesters march through the capital.',
  'Theresa May met the press.',
  'The March on Washington drew crowds.'.replace('The March', 'The [[March]]'),
  'Read it in the Sun newspaper.',
  'Flowers spring up after rain.',
  'They found a hot spring in the valley.',
  'The army sent 2,014 troops.',
  'The bill cost $2014 in fees.',
  'She won 2014 votes in the ward.',
  'A survey of 1709 schoolchildren found gaps in their diet.',
  'The fire drew 1200 firemen from three counties.',
  'A poll of 1500 voters backed the plan.',
  'Call 555-2014 for details.',
  'The home side won 3-2.',
  'Inflation hit 2014% last decade.'.replace(' last decade', ''),
  'Upgrade to version 2.1.2 today.'.replace(' today', ''),
  'He finished second in the race.',
  'She won a second term.',
  'NATO has 18 member states.',
  'Spending reached 380 billion dollars.',
  'They grew 2 percent.',
  'The fall of the Berlin Wall changed Europe.',
  'Stocks rebounded after the fall.',
  'Traders were surprised by the fall in prices.',
  'Nobody was blamed for the fall, the inquiry found.',
  'The Arab Spring began in Tunisia.'.replace(' began in Tunisia', ''),
  'Room 1949 is on the top floor.'.replace('Room', 'No.'),
]);

describeNegatives('date', 'fractions, ordinals and codes near month names', [
  'Turnout reached 3/4 of voters.',
  'Only 2/3 said yes.',
  'The vote passed with 11/20 in favour.',
  'They finished [[June third]] place in the league.'.replace('[[June third]] place', 'third place'),
  'Since March [[second]]-tier clubs have protested.',
  'In the June [[third]] place play-off, Italy won.',
  'The Decimal Act passed.',
  'Model DEC2000 shipped.',
]);

describeNegatives('date', 'a month with no week named in it holds no week', ['The [[fifth week]] of April never comes.']);

describeNegatives('date', 'a quarter of a game', [
  'He scored 14 points in [[the third quarter]].',
  'The Hawks led 30-22 after [[the first quarter]].',
  'She threw two touchdowns in [[the fourth quarter]].',
]);

describeNegatives('date', 'a 53rd week of a 52-week year', ['Sales in [[the 53rd week]] of 2021 fell.']);

// A week a trial counts is no calendar week 10; it is the run the trial has reached (see event-runs).
describeCorpus('date', 'a week counted in a trial', [{ expect: { value: '2024-W07', rule: 'date/event-run' }, phrases: ['Jurors were excused in [[the 10th week of the trial]].'] }]);

describeNegatives('date', 'years in the plural after this, last and past', ['In [[this]] years-long feud nobody won.', 'Past years brought floods to the valley.', 'The mayor in last years received many refusals.']);

describeNegatives('date', 'race times', [
  '1. Ana Folau (Tonga) 3:58.42',
  'She ran the mile in 4:12,07 to win.',
  '1. Piet Moens ( Belgium ) Rabobank 4:12:33',
  'He won the marathon in 2:08:33, a course record.',
]);

describeNegatives('date', 'quarters that are fractions', [
  'The bank cut its key rate by a quarter point.',
  'Yields rose a quarter-point on the news.',
  'Nearly three quarters of members backed the plan.',
  'A quarter of the staff work from home.',
]);

describeNegatives('date', 'ordinals and "the day" phrases that are no dates', [
  'He birdied [[the 18th]] hole.'.replace('[[the 18th]] hole', 'the [[18th]] hole'),
  'The unit joined [[the 4th]] Infantry.'.replace('[[the 4th]] Infantry', 'the [[4th]] Infantry'),
  'She remembers [[the day]] he died.',
  'Crowds gathered on [[the day]] of the vote.',
  'He was named player of [[the year]].',
  'Survivors described [[the moment]] of impact.'.replace('[[the moment]]', 'at [[the moment]]'),
]);

describeNegatives('date', 'idioms of frequency and the adjective everyday', [
  'Riots flare up every [[now]] and again.',
  'Fights broke out [[now]] and then.',
  'Photos of [[every day]] life fill the show.',
]);

describeNegatives('date', 'a paper or a programme called Today', [
  'He told [[USA Today]] that he would run.',
  'A [[CNN-USA Today]]-Gallup poll showed him ahead.',
  "She appeared on NBC's [[Today]] show.",
  'Listeners of the [[Today]] programme complained.',
]);

describeCorpus('date', 'today as a day, where a capital opens its sentence or a clause', [
  { expect: { value: '2024-02-16' }, phrases: ['[[Today]], the Senate votes.', 'Shares rose. [[Today]] the index fell.', 'The BBC said [[Today]] it would cut jobs.'] },
]);

describeNegatives('date', 'overnight as an adjective', ['Banks raised [[overnight]] rates.', 'Guests paid for an [[overnight]] stay.']);

describeNegatives('date', 'months that are names or words before a noun', [
  'The March on Rome began in Naples.',
  'April Fools pranks spread online.',
  'Theresa May election pledges were costed.',
]);

describeNegatives('date', 'halves of a match and the future as a prospect', [
  'Kane scored twice in the first half.',
  'The striker, who joined for a club-record fee, scored in the first half.',
  'The club posted revenue of $700 million. Its new striker scored twice in the second half.',
  'The striker, whose deal runs out next summer, scored in [[the second half]].',
  'The future of the plant is uncertain.',
]);

describeNegatives('date', 'fractions after a preposition', ['Their share rose from 1/4 to 1/3 of the market.', 'Between 1/3 and 1/2 of voters stayed home.']);

describeNegatives('date', 'weekdays in newspaper names, and house numbers', [
  'An editor at [[the Sunday Times]] resigned.',
  'He gave an interview to the [[Sunday]] Telegraph.',
  'The Mail on [[Sunday]] ran the photos first.',
  'The embassy moved to [[1600]] Harbor Boulevard.',
]);

describeNegatives('date', 'a quarter of a game', ['He scored 12 points in [[the quarter]].', 'The ball was loose late in [[the quarter]], and the crowd rose.']);

describeNegatives('date', 'labels and market levels shaped like years', [
  'Passengers on Flight [[1549]] were rescued.',
  'The House passed H.R. [[1990]] by voice vote.',
  'The composite index rose 4.2 to [[1850]].',
  'The average climbed to [[2011]] on heavy volume.',
  'Members of AFSCME Local [[2010]] will vote next week.',
  'Machinists in District Lodge [[1943]] rejected the offer.',
  'Letter carriers of NALC Branch [[1984]] marched.',
]);

describeNegatives('date', "a capitalized frequency word mid-sentence names a paper", [
  "The commentary ran in the People's [[Daily]] on Monday.",
  'A columnist for Business [[Weekly]] disagreed.',
]);

describeNegatives('date', 'a half of a match is no half of a year', ['The visitors scored twice in the back half of the match.', 'The home side led in the front half.']);

describeNegatives('date', 'a band of degrees in a weather report', [
  'Temperatures will climb into [[the 70s]] by Friday.',
  'Expect highs in [[the 80s]] and lows in [[the 60s]].',
  'The mercury hovered in [[the 90s]] all week.',
]);

describeCorpus('date', 'a decade of tens with no word of temperature near', [
  { expect: { value: '199X', rule: 'date/decade' }, phrases: ['Rents rose fast in [[the 90s]].', 'The band toured in [[the 90s]]. Then it split.'] },
  { expect: { value: '197X', rule: 'date/decade' }, phrases: ["Summers were hotter in [[the '70s]], he said."] },
]);

describeNegatives('date', 'a month name before a word that is no kind of event is a name', ['The June general secretary spoke.', 'Theresa May polls well in the shires.', 'Ask April questions about the round.']);

describeNegatives('date', "a city block's number in police copy", [
  'The shooting happened in the [[1500]] block of North Water Street.',
  'Officers were called to the [[2100]] block of Elm Avenue at noon.',
]);
describeCorpus('date', 'a year before "block" that no "of" follows', [
  { expect: { value: '1500', rule: 'date/year' }, phrases: ['In [[1500]] block printing spread across Europe.'] },
]);

describeNegatives('date', 'cricket\'s one-day format is a kind of game, not a length', [
  'Smith led the side in the [[one-day]] series against Pakistan.',
  'India won the third [[one-day]] international by six wickets.',
  'He was left out of the [[one-day]] squad for the tour.',
]);
describeCorpus('date', 'a one-day event lasts a day', [
  { expect: { value: 'P1D', timexType: 'DURATION', rule: 'date/duration' }, phrases: ['Nurses staged a [[one-day]] strike over pay.', 'The [[one-day]] summit closed without a deal.'] },
]);
