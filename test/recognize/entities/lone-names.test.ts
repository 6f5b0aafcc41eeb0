import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('organization', 'a lone unknown name before a company noun', [
  { expect: { rule: 'organization/lone-modifier' }, phrases: ['The deal was welcomed by [[Quorvex]] shareholders on Monday.', 'Strikes hit the plant, said [[Kestrova]] analyst Jan Novak.'] },
]);

describeCorpus('organization', "a lone unknown name before a broadcaster's or a paper's noun", [
  { expect: { rule: 'organization/lone-modifier' }, phrases: ['The minister told [[Varnosfunk]] radio he would resign.', 'The [[Vestrovia]] daily printed the letter.'] },
]);

describeCorpus('location', "a known place before a broadcaster's noun stays a place", [
  { expect: { rule: 'location/gazetteer' }, phrases: ['[[Tehran]] radio said the talks had failed.'] },
]);

describeCorpus('person', 'a lone unknown name that speaks or is spoken of', [
  { expect: { kind: 'person' }, phrases: ['Prices will rise, [[Brodwick]] said on Tuesday.'] },
  { expect: { rule: 'person/lone-said' }, phrases: ['Nothing has changed, said [[Brodwick]].'] },
  { expect: { rule: 'person/surname-shape' }, phrases: ['The final went to [[Dragovic]] after a long rally.', 'A late goal by [[Shevchenko]] settled it.', 'The talks were led by [[Ivanova]] and two aides.'] },
]);

describeCorpus('location', 'a lone unknown name that is a place', [
  { expect: { rule: 'location/place-class' }, phrases: ['Shells fell on the town of [[Oberwil]] overnight.'] },
  { expect: { rule: 'location/preposition' }, phrases: [
    'Floods cut roads near [[Oberwil]] overnight.',
    'In [[Oberwil]], residents said the water had gone.',
    'Residents in [[Oberwil]] said the water had gone.',
  ] },
]);

describeNegatives('location', 'languages are not places', ['The form must be filled in [[English]].', 'Lessons are taught in [[Dari]].']);
describeNegatives('organization', 'model names and adjectives from names', ['Flights on the [[787 Dreamliner]] resumed.', 'She wore a [[Warhol-like]] wig.']);

describe('lone names across a document', () => {
  it('one telling mention settles the others', () => {
    const text = 'Output fell at Quorvex last year. Quorvex employees went on strike.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Quorvex', 'Quorvex']);
  });
  it('with no cue a lone unknown word stays unreported', () => {
    expect(factsOf('organization', 'The parcel went to Quorvex yesterday.')).toEqual([]);
  });
});

describe('a lone unknown name in a list', () => {
  it('takes the kind of the names it is listed with', () => {
    const text = 'Quorvex, Microsoft and Sony all had stands at the fair.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Quorvex', 'Microsoft', 'Sony']);
  });
  it('a comma alone between two names makes no list', () => {
    const text = 'On board the Quorvex, Paris Hilton said she was happy.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Paris Hilton']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual([]);
    expect(factsOf('person', 'He met Maria Lopez, Tarnovan said.').map((f) => f.text)).toEqual(['Maria Lopez', 'Tarnovan']);
  });
});

describeCorpus('organization', 'parties named by one word', [
  { expect: { rule: 'organization/lexicon' }, phrases: ['[[Labour]] has promised a vote.', 'a deal between [[Likud]] and two small parties', '[[Labor]] won the election in Queensland.', 'The opposition said the [[Labor]] government had failed.', '[[Labour]] voters stayed at home.', 'Labour and the [[Greens]] formed a coalition.', 'She left the [[Greens]] in 2019.'] },
]);
describeCorpus('organization', 'parties whose first word reads as a given name', [
  { expect: { kind: 'organization' }, phrases: ['The [[Lib Dems]] gained 40 seats.', 'She praised [[Lib Dem]] MPs for their votes.', '[[Fianna Fáil]] TDs backed the budget.', '[[Fine Gael]] lost two seats in Cork.'] },
]);
describeNegatives('person', 'holders of a post counted by an acronym\'s plural', ['Several Tory [[MEPs]] said they would abstain.', 'Labour [[MSPs]] said they would vote against.', 'The [[Tory MPs]] voted against.']);
describeNegatives('organization', 'greens as a colour, a vegetable or a golf course', ['She ate the [[greens]] first.', 'The [[greens]] were fast at Augusta.']);
describeNegatives('organization', 'the word for work opening a sentence before a noun of the economy', ['[[Labour]] costs rose 3% in May.', '[[Labor]] shortages hit farms in the valley.', '"[[Labour]] market data were weak," he said.']);

describeCorpus('person', 'a lone unknown name before a verb only people take', [
  { expect: { rule: 'person/lone-subject' }, phrases: ['[[Dravinski]] conceded defeat late on Tuesday.', 'In the end [[Mbeluko]] vetoed the bill.', 'At the summit [[Okonjo]] met the premier.'] },
]);

describeNegatives('person', 'a verb firms take too', ['[[Quorvex]] agreed to the terms.']);

describeCorpus('person', "a sentence's first word with a surname's spelling", [
  { expect: { rule: 'person/surname-shape' }, phrases: ['[[Dragovic]] will face a retrial next year.', '[[Halttunen]] finished third behind the leader.', '[[Petrauskas]] will miss the final.'] },
]);

describeNegatives('person', "a product a known firm owns, named by a given name or a surname's spelling", [
  "Amazon's [[Alexa]] lags behind rivals.",
  "Google's [[Gemini]] now answers in 40 languages.",
  "Apple's [[Siri]] was updated on Monday.",
]);
describeCorpus('person', "a firm's employee after its possessive, named by what people do", [
  { expect: { kind: 'person' }, phrases: ["Google's [[Pichai]] said the model would ship in May.", "Meta's [[Dravinski]] conceded the point."] },
]);

describeCorpus('person', "a lone name that heads a government", [
  { expect: { rule: 'person/possession' }, phrases: ["The budget split [[Varnesse]]'s government in two."] },
]);

describeCorpus('person', "a town's name that a cue only people take follows, and its other mentions", [
  { expect: { rule: 'person/said-he' }, phrases: ['[[Kassel]] said he would return to Gaza.'] },
  { expect: { rule: 'person/surname' }, phrases: ['Kassel said he would return. Officials said Rabin met [[Kassel]] in Cairo.', "Officials said [[Kassel]] would return. Kassel's aide said so."] },
]);

describeNegatives('person', "what a leader heads, after a city's name", ["[[Beijing]]'s government said no.", "[[Moscow]]'s cabinet met."]);

describeNegatives('person', 'a town after a preposition, or one that speaks for its government', [
  'Officials in [[Paris]] said he had left.',
  '[[Paris]] said it would veto the plan.',
]);

describeCorpus('person', "a player's surname ending in -s beside a verb of a match, once the document names the player", [
  { expect: { rule: 'person/surname' }, phrases: ['Anna Varvakis reached the final. [[Varvakis]] beat Lena Dorn 6-3 6-4.'] },
]);

describeCorpus('organization', 'a nickname beside a verb of a match where no player has that name', [
  { expect: { rule: 'organization/team' }, phrases: ['Lena Dorn scored 30. Then the [[Comets]] beat the Hornets 101-94.'] },
]);

describeCorpus('person', 'a clear given name before a surname in -s beside a verb of a match is a player', [
  { expect: { kind: 'person' }, phrases: ['[[Paula Edmunds]] beat the top seed 6-3 6-4.', 'The top seed lost to [[Marco Andrews]] 7-5 6-2.'] },
]);

describeCorpus('organization', 'a plural nickname that a word opens beside a verb of a match is a team', [
  { expect: { rule: 'organization/team' }, phrases: ['The Orioles beat the [[Red Foxes]] 5-4.'] },
]);

describeCorpus('organization', 'a name ending in a city that plays in a match is its club', [
  { expect: { value: 'Ajax Amsterdam' }, phrases: ['[[Ajax Amsterdam]] beat Willem II 2-0 on Sunday.', 'Vitesse drew 1-1 with [[Ajax Amsterdam]].'] },
  { expect: { value: 'Sparta Rotterdam' }, phrases: ['Utrecht lost 2-0 to [[Sparta Rotterdam]].'] },
]);

describeNegatives('organization', 'a person whose surname is a city beats no one as a club', ['[[Paris Hilton]] beat the odds.', '[[Jack London]] beat his rivals to the prize.']);

describeCorpus('person', 'a lone unknown name that a passive only people suffer follows', [
  { expect: { rule: 'person/lone-passive' }, phrases: ['[[Dravinski]] was arrested in August.', 'Police said [[Mbeluko]] had been jailed for life.', 'Later [[Okonjo]] was narrowly elected to the Senate.'] },
]);

describeNegatives('person', 'a passive that befalls firms too', ['[[Quorvex]] was fined in August.', '[[Quorvex]] was sold to a rival.']);

describeCorpus('person', "a lone unknown name before a verb of a player's play", [
  { expect: { rule: 'person/lone-player' }, phrases: ['After the break [[Dravinski]] scored twice.'] },
  { expect: { rule: 'person/lone-player' }, phrases: ['The hosts won 3-1, with [[Mbeluko]] scoring twice.'] },
]);

describeCorpus('person', 'a lone unknown name before a verb whose "his" or "her" is its own', [
  { expect: { rule: 'person/lone-own' }, phrases: [
    '[[Dravinski]] made his first start for the club in a year.',
    'In Doha [[Mbeluko]] won her third title of the season.',
    'Coaches said [[Okonjo]] hurt himself in training.',
    '[[Shavira]] dedicated her award to her mother.',
    'In Rome [[Brodnicka]] defended her title with ease.',
  ] },
]);

describeNegatives('person', "a firm's own possessive, or a verb of a firm's dealings with someone's", [
  '[[Quorvex]] won its third contract of the year.',
  '[[Quorvex]] confirmed his departure on Monday.',
  '[[Quorvex]] defended its patent in court.',
]);

describe("a side of the document's tables before a verb of play", () => {
  it('stays the side', () => {
    const text = 'Quorvex 2 Tarnwick 1\n\nLater Quorvex scored again.';
    expect(factsOf('person', text)).toEqual([]);
  });
});

describeCorpus('person', 'a public figure news calls by the surname alone', [
  { expect: { rule: 'person/public-figure' }, phrases: ['Later [[Yeltsin]] met the envoy.', '[[Netanyahu]] must act, officials warned.', 'Talks with [[Mubarak]] ended early.', '[[Trump]] will sign the bill.'] },
  { expect: { rule: 'person/public-figure' }, phrases: ['[[Quayle]] to visit Seoul next week.', 'A deal backed by [[Talabani]] collapsed.', 'Investors await [[Greenspan]] on rates.'] },
]);

describeNegatives('person', "a public figure's name that is a town's, after a preposition of place", ['Floods cut roads near [[Arafat]] overnight.']);

describeCorpus('person', 'a lone unknown name before what a leader heads', [
  { expect: { rule: 'person/leader-named' }, phrases: ['The tax was raised by the [[Varnesse]] government in 2011.', 'Critics of the [[Mbeluko]] regime were jailed.'] },
]);

describeNegatives('person', "a town's name before what governs it", ['The [[Kabul]] government rejected the plan.']);

describeCorpus('person', 'a surname that is an English word, before a term only a leader names', [
  { expect: { rule: 'person/leader-named' }, phrases: ['Aides in the [[Bush]] administration disagreed.', 'The [[Hoover]] administration cut spending.', 'Prices rose during the [[Carter]] presidency.'] },
]);

describe("a leader's surname before a seat of government", () => {
  it('splits the leader from the seat', () => {
    const text = 'Critics of the Bush White House and the Yeltsin Kremlin spoke.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Bush', 'Yeltsin']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['White House', 'Kremlin']);
  });
  it('keeps the seat an organization before its staff', () => {
    const text = 'Aides in the Carter White House staff disagreed.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Carter']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['White House']);
  });
  it('not an adjective or a place before the seat', () => {
    expect(factsOf('person', 'Tourists visit the Old White House and the Moscow Kremlin.')).toEqual([]);
  });
});

describeNegatives('person', 'a party, a level of government or a place before "administration"', [
  'The [[Labour]] administration raised taxes.',
  'Critics of the [[Federal]] administration spoke.',
  'The [[Texas]] administration objected.',
  'The [[Republican]] administration held firm.',
]);

describe('a surname a particle opens, after the full name', () => {
  it('is the person even where a cue firms take follows it', () => {
    const text = 'The plan was drafted by Pieter van der Kolk. Van der Kolk said it would pass.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Pieter van der Kolk', 'Van der Kolk']);
    expect(factsOf('organization', text)).toEqual([]);
  });
  it('is a person without the full name too, as its capitalized particle says no given name came first', () => {
    expect(factsOf('person', 'Van der Kolk said it would pass.').map((f) => f.text)).toEqual(['Van der Kolk']);
    expect(factsOf('organization', 'Van der Kolk said it would pass.')).toEqual([]);
  });
});

describe('a surname with its lower-case particle, after the full name', () => {
  const spans = (text: string) => factsOf('person', text).map((f) => f.text);
  it('keeps the particles the full name had', () => {
    expect(spans('Ahmed bin Rashid chaired the talks. Delegates said bin Rashid spoke well.')).toEqual(['Ahmed bin Rashid', 'bin Rashid']);
    expect(spans('Paula van der Berg won. Rivals praised van der Berg again.')).toEqual(['Paula van der Berg', 'van der Berg']);
    expect(spans('Louis de Villiers resigned. Then de Villiers left Paris.')).toEqual(['Louis de Villiers', 'de Villiers']);
  });
  it('leaves out a particle the full name lacks', () => {
    expect(spans('Ahmed Rashid chaired the talks. Delegates said bin Rashid spoke well.')).toEqual(['Ahmed Rashid', 'Rashid']);
    expect(spans('Paula van der Berg won. Rivals praised der Berg again.')).toEqual(['Paula van der Berg', 'Berg']);
  });
});

describeCorpus('person', 'a title word alone that is the surname of someone the document names in full', [
  {
    expect: { rule: 'person/title-surname' },
    phrases: [
      'Prime minister Alan Major met the unions. Aides said [[Major]] would call an election.',
      'Promoter Vince King cancelled the bout. [[King]] said the fighter was ill.',
    ],
  },
]);

describeNegatives('person', 'a title word alone after an article or an owner, or with no one of that name', [
  'Promoter Vince King cancelled the bout. [[The King]] of Spain said no.',
  "Promoter Vince King met Spain's [[King]] in Madrid.",
  'The unions met. Aides said [[Major]] changes were due.',
]);

describeCorpus('person', 'an English word before a surname the document gives a person', [
  {
    expect: { rule: 'person/surname' },
    phrases: [
      'Rebels led by [[Hawk Varnetti]] seized the port. Varnetti said the siege was over.',
      'Deputies cheered [[Swift Kolvane]] on Monday. Mr. Kolvane thanked them.',
    ],
  },
]);

describeNegatives('person', 'a nationality or a place before a surname the document gives a person', [
  'Fans of [[Brazilian]] Varnetti waited. Varnetti said he was fit.',
  'Crowds at [[Boston]] Kolvane waited. Mr. Kolvane spoke.',
]);

describeNegatives('person', 'a prize named like a person, before a word of winning it', [
  'Gene Hackman, the two-time [[Oscar]] winner, died at 95.',
  'The drama earned a [[Tony]] nomination for its lead.',
]);

describeCorpus('person', 'the same given name alone, naming someone', [
  { expect: { kind: 'person' }, phrases: ['Rescuers found the boy late on Sunday, and [[Oscar]] was taken to hospital.'] },
]);

describeCorpus('person', 'a given name alone that calls the one spoken to', [
  { expect: { rule: 'person/vocative' }, phrases: [
    'Karen? [[Brian]], officials here say the count will go on.',
    '[[Karen]]? Brian, officials here say the count will go on.',
    'Thank you, [[Brian]].',
  ] },
]);
describeNegatives('person', 'a town named like a given name, before its comma', ['[[Austin]], Texas, is growing fast.', '[[Florence]], the city of the Medici, drew crowds.']);

describe('a noun of a kind of place before a word that a body of the town names', () => {
  it('names the town in its own mention', () => {
    const text = 'The farming town of Quorvo, in the south, is known for tea. The Quorvo People\'s Association opposed the dam.';
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Quorvo']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(["Quorvo People's Association"]);
  });
});

describeCorpus('person', 'a family named by its surname after "the"', [
  { expect: { rule: 'person/family-named' }, phrases: [
    'The developer is controlled by the [[Reichmann]] family.',
    'Voters tired of the [[Kennedy]] dynasty.',
    'Brandlow Holdings Inc. is run by trusts of the [[Brandlow]] family.',
  ] },
]);
describeNegatives('person', "a people's or a common word before a family's noun", ['The [[Tamil]] family fled the shelling.', 'The [[Royal]] family gathered at Windsor.']);
