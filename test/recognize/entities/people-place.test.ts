import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('location', "a people's adjective before a noun names its country or region", [
  { expect: { value: 'Canada', rule: 'location/people-adjective' }, phrases: ['The [[Canadian]] economy shrank in May.', 'Loans from [[Canadian]] and Dutch banks dried up.'] },
  { expect: { value: 'United States' }, phrases: ['Three large [[American]] carmakers asked for help.'] },
  { expect: { value: 'Europe' }, phrases: ['Talks with [[European]] governments stalled.'] },
  { expect: { value: 'North America' }, phrases: ['Its [[North American]] sales fell by a third.'] },
  { expect: { value: 'South Korea' }, phrases: ['[[South Korean]] exports rose again.'] },
  { expect: { value: 'Ukraine' }, phrases: ['[[Ukrainian]] troops held the line.'] },
  { expect: { value: 'Sri Lanka' }, phrases: ['[[Sri Lankan]] troops pushed north.', 'The [[Sri Lankan]] army said so.'] },
  { expect: { value: 'Costa Rica' }, phrases: ['[[Costa Rican]] voters went to the polls.'] },
  { expect: { value: 'Papua New Guinea' }, phrases: ['[[Papua New Guinean]] police made two arrests.'] },
  { expect: { value: 'United States' }, phrases: ['Beijing banned sales to [[American]] firms.', 'An [[American]] business grew.'] },
]);

describeCorpus('location', "a people's adjective before a title or a name it describes", [
  { expect: { value: 'Germany', rule: 'location/people-adjective' }, phrases: ['[[German]] Chancellor Marta Voss met the press.', 'Seats on [[German]] airline Lufthansa sold out.'] },
  { expect: { value: 'Australia' }, phrases: ['[[Australian]] Prime Minister Jon Harwick spoke first.'] },
  { expect: { value: 'Sierra Leone' }, phrases: ['[[Sierra Leonean]] President Abu Kamara spoke first.'] },
]);

describeNegatives('location', "the people themselves, a language, or a name the adjective opens", [
  'The [[Canadian]] said no.',
  'The [[Canadian]] says no.',
  'A [[German]] plays in goal.',
  'Many [[Canadians]] travel in summer.',
  'She spoke [[English]] at home.',
  'Flights on [[American Airlines]] were delayed.',
  'The [[Congolese]] army advanced.',
  '[[African American]] voters turned out early.',
  '[[Native American]] tribes sued the state.',
  'Many [[Irish-American]] families left.',
]);

describeNegatives('person', "a people's word of two words, the first a given name", ['[[Sri Lankan]] troops pushed north.', '[[Costa Rican]] voters went to the polls.', '[[Sierra Leonean]] President Abu Kamara spoke.']);

describeNegatives('person', 'a faith after a given name', ['[[Roman Catholic]] bishops met on Monday.', '[[Grace Protestant]] churches opened.']);

describe("a people's adjective in a match report", () => {
  it('stays a place, not a side', () => {
    const text = 'Dutch champions Marlow United were held to a 1-1 draw by Tarnwick on Friday. Tarnwick beat Quellbrook 2-0 last week.';
    expect(factsOf('organization', text).map((f) => f.text)).not.toContain('Dutch');
    expect(factsOf('location', text).map((f) => f.text)).toContain('Dutch');
  });
});

describeCorpus('location', "a lawmaker's home town before the party's member noun", [
  { expect: { rule: 'location/member-home' }, phrases: ['Rep. Ann Lowe, a [[Dunmore]] Democrat, voted no.', 'State Sen. Rick Vale, a [[Marlow]] Republican, sponsored the bill.', 'He is a [[Kestrel Falls]] Democrat who won twice.'] },
]);
describeNegatives('location', 'a party member with no home before the noun', ['She became a Democrat in 2004.', 'He was a lifelong Republican.', 'A [[Republican]] won the seat.']);

describeCorpus('location', "a people's adjective before a region or a country names the part the people hold, not a firm's branch", [
  { expect: { value: 'Kashmir', rule: 'location/gazetteer' }, phrases: ['The quake flattened towns across Pakistani [[Kashmir]].', 'In Indian [[Kashmir]], officials counted the dead.'] },
  { expect: { value: 'Kurdistan', rule: 'location/gazetteer' }, phrases: ['Oil from Iraqi [[Kurdistan]] flowed again.'] },
]);
describeNegatives('organization', "a people's adjective before a region or a country is no firm", ['The quake flattened towns across [[Pakistani Kashmir]].', 'Ice thinned across the [[Canadian Arctic]].']);
describeCorpus('organization', "a railway named by a people and an ocean stays a firm", [
  { expect: { rule: 'organization/place-named' }, phrases: ['[[Canadian Pacific]] said profit rose.'] },
]);
