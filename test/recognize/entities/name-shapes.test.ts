import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('person', 'an initial before a surname makes a person', [
  { expect: { value: 'K. Okonjo' }, phrases: ['The opener, [[K. Okonjo]], was out for 12.', '[[K. Okonjo]] told reporters the talks had failed.'] },
  { expect: { value: 'D. Varga' }, phrases: ['Scorecard:\n\n[[D. Varga]] b Lund 31\n'] },
  { expect: { value: 'Anna T. Velez' }, phrases: ['Chief executive [[Anna T. Velez]] stepped down.'] },
  { expect: { value: 'R. J. Ostrowski' }, phrases: ['The report was written by [[R. J. Ostrowski]] in March.'] },
]);

describeNegatives('person', 'an initial before an ordinary word', [
  'A. Introduction to the budget',
  'The U.S. Army said so.',
]);

describeCorpus('location', 'a sentence opener that begins a place name stays with it', [
  { expect: { value: 'New York' }, phrases: ['[[New York]] Newsroom 212-555-0199', '[[New York]] Desk, Tuesday'] },
  { expect: { value: 'South Africa' }, phrases: ['[[South Africa]] Tourism reported more visitors.'] },
]);

describeNegatives('person', 'the rest of a place-led name', ['New York Newsroom 212-555-0199', 'New Jersey Transit trains ran late.']);

describeCorpus('person', 'a given name before a capitalized common word', [
  { expect: { value: 'Marcus Field' }, phrases: ['In the 20th minute, [[Marcus Field]] missed a chance.'] },
]);

describeCorpus('person', 'the holder named after "Minister of …"', [
  { expect: { value: 'Ilse Varga' }, phrases: ['Minister of Education [[Ilse Varga]] said the plan was sound.', 'The Secretary of State [[Ilse Varga]] arrived.'] },
]);

describeNegatives('person', 'a portfolio with no holder', ['The Minister of Finance said no.']);

describeCorpus('person', 'an unlisted given name, a surname particle and a surname', [
  { expect: { rule: 'person/particle-name' }, phrases: ['Scrum-half [[Jorrit van der Kwaspel]] limped off .', 'Opener [[Dilruwan de Costa]] made 61 .', 'The goal came from [[Tjeerd van Oosterweg]] .'] },
]);

describeNegatives('person', 'a word or a place at either end of the particle', ['The Tour de France ended .', 'Ferries sail from Pas de Calais .', 'Tourists thronged the Hotel de Ville .', 'The team stayed in [[Barra da Lagoinha]] near the coast .']);

describeCorpus('person', 'a capitalized particle inside a name', [
  { expect: { value: 'Karim El Fassi' }, phrases: ['The title went to [[Karim El Fassi]] of Tunisia.', 'Officials said [[Karim El Fassi]] had withdrawn.'] },
  { expect: { value: 'Lucia De Santis' }, phrases: ['The award went to [[Lucia De Santis]] last year.'] },
]);

describeCorpus('location', 'a capitalized particle opening a place name', [
  { expect: { value: 'El Paso' }, phrases: ['The convoy reached [[El Paso]] at dawn.'] },
  { expect: { value: 'Le Mans' }, phrases: ['The race at [[Le Mans]] was stopped.'] },
]);

describeNegatives('person', 'a particle is no given name', ['De Beers raised its prices.']);

describeCorpus('person', 'a capitalized Germanic particle opening a surname written without its given name', [
  { expect: { rule: 'person/particle-name' }, phrases: ['[[Van der Kwaspel]] attacked on the last climb .', 'Later [[Van Oosterweg]] crossed the line alone .', 'In goal, [[Ter Brummelo]] saved twice .'] },
]);

describeNegatives('person', 'a capitalized Germanic particle before a word or a known place', ['Van drivers went on strike .', 'Den Haag is the seat of government .']);

describeCorpus('person', 'a surname particle joins a name and never ends one', [
  { expect: { kind: 'person' }, phrases: ['[[Khalid bin Saleh]] and his brother were named.', 'The prize went to [[Anna van der Berg]] and two others.'] },
]);

describeCorpus('person', 'a generational suffix in capitals ends the name', [
  { expect: { rule: 'person/generational' }, phrases: ['[[Howard R. Tully III]] met the envoy in Oslo.'] },
]);

describeCorpus('person', 'two or three initials open a name', [
  { expect: { rule: 'person/initial' }, phrases: ['[[R.K. Chandran]] resigned as prime minister.', 'The rally was led by [[T.S. Varadhan]] on Sunday.'] },
]);

describeNegatives('person', 'dotted capitals that are a place or a clock', ['[[U.S. Steel]] said it would cut jobs.', 'The flight left at 10 [[a.m. Monday]].']);

describe("a person's name before an institution's one word is the person's, not the institution's", () => {
  it('splits the owner from the party', () => {
    const text = "In the capital, Ravendra Koshal's Congress won the most seats.";
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Ravendra Koshal']);
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Congress']);
  });
});

describeCorpus('person', 'a word no list knows before a full name says what the person is', [
  { expect: { rule: 'person/given-name' }, phrases: ['The film starred Vegetarian [[Tom Brodwick]] as the chef.', 'A video featuring Methodist [[Mary Varnesse]] was removed.', 'Director of the Tarnwick chapter of Coastal Wildlife Relations [[Maria Kessling]] said the count fell.'] },
]);

describeNegatives('person', 'a name with no person evidence that an apposition with "its" calls a thing', ['[[Zorvia Quellit]], its main rival, gained users.']);

describeCorpus('person', "a given name before a word that heads documents' names too", [
  { expect: { rule: 'person/given-name' }, phrases: ['The film starred [[Jude Law]] as a spy.', 'The vote went to [[Nathan Law]] of the new party.', '[[Jason Day]] won the title by two shots.', 'Coach [[Ryan Day]] said the line held.'] },
]);

describeNegatives('person', 'a holiday named by a place or a word before "Day"', ['Shops shut on [[Victoria Day]].', 'Banks closed for [[Labor Day]].']);

describeNegatives('person', "a document's name with no given name", ['Under the [[Basic Law]], the city keeps its courts.', 'The army imposed [[Martial Law]] on Friday.']);

describeCorpus('person', 'the person a program or a prize is named for', [
  { expect: { rule: 'person/namesake' }, phrases: ['Prints came from the [[Andy Brodwick]] Photographic Legacy Program in 2007.', 'She won the [[Mary Varnesse]] Poetry Prize last year.'] },
]);

describeCorpus('organization', 'an initiative named for its founders is their philanthropy', [
  { expect: { rule: 'organization/founders-initiative' }, phrases: ['A grant from the [[Mira Tolvanen Initiative]] paid for it.', 'The [[Clinton Rural Water Initiative]] drilled wells.'] },
]);
describeNegatives('organization', 'an initiative named for no one is a plan', ['The [[Strategic Seas Initiative]] stalled.', "Reagan's [[Strategic Defense Initiative]] never flew."]);

describeNegatives('person', 'an event or a document named for no one', ['Fans flew to the [[World Cup]] in June.', 'The [[Basic Law]] Review Project ended.']);

describeCorpus('person', "a given name of another land, though it is a town's too", [
  { expect: { rule: 'person/given-name' }, phrases: [
    'The contract went to [[Milan Dvorsky]] last year.',
    'Talks with [[Farouk Belhadj]] ended without a deal.',
    'The tie-break was won by [[Goran Vukic]] at the net.',
  ] },
]);

describeCorpus('person', 'a Spanish or Portuguese given name with its accents, which the lists spell without them', [
  { expect: { rule: 'person/given-name' }, phrases: [
    '[[María Cabal]] of the Green Alliance demanded a debate.',
    '[[João Vargas]] of Banco Tarvo said rates would fall.',
    'The mayor met [[Inácio Brandt]] on Friday.',
  ] },
]);
describeNegatives('person', 'a place with accents stays a place', ['Farmers in [[Córdoba and Bogotá]] protested.', 'Flights to [[São Tomé]] resumed.']);

describeCorpus('person', "a day's name is no given name of another land", [
  { expect: { rule: 'person/given-name' }, phrases: ['On Sunday [[Dario Vanni]] beat the holder.', 'In July [[Dario Vanni]] left the club.'] },
]);

describeCorpus('person', "a surname in -s after a given name that is a town's is no team's nickname", [
  { expect: { rule: 'person/given-name' }, phrases: ['A late goal from [[Milan Hradas]] won it.', 'The award went to [[Florence Griffiths]] on Monday.'] },
]);

describeNegatives('person', "a given name of another land that is a body's, a company's or a region's name", [
  '[[Fatah]] fighters fired on the convoy.',
  'The [[Nissan Leaf]] sold well.',
]);

describeCorpus('organization', "a city's team named with its nickname", [
  { expect: { rule: 'organization/team-nickname' }, phrases: ['The [[Dallas Mavericks]] lost at home.'] },
]);

describeNegatives('person', 'a given name joined to an English word by a hyphen is a modifier', ['Lindqvist, a [[Booker Prize-winner]], was there to sign books.']);

describeCorpus('person', 'two given names joined by a hyphen open a name', [
  { expect: { rule: 'person/given-name' }, phrases: ['Officials said [[Hans-Dieter Stock]] would stay.', 'Support came from [[Mary-Kate Long]] on Friday.'] },
]);

describeNegatives('person', 'a hyphenated name with a part that is no given name', ['Shares of [[Rolls-Royce]] rose.', '[[Al-Ahly]] beat the visitors 2-1.']);

describeCorpus('person', 'a one-syllable family name before a two-syllable romanized given name', [
  { expect: { rule: 'person/east-asian' }, phrases: [
    'Talks between [[Hsieh Tung-lai]] and the envoy ended.',
    'A letter from [[Yip Kwok-fai]] arrived on Monday.',
    'The view of [[Mok Ka-kit]] was clear.',
    '[[Ma Ying-tai]] said on Friday the plan was sound.',
  ] },
]);

describeNegatives('person', 'a hyphenated compound of two English words after a capitalized word', ['Oil prices rose after the [[Big Shake-up]] at the bank.', 'The [[Senate Run-up]] began.']);

describeCorpus('person', 'an Irish or Italian surname whose apostrophe tokenized copy writes apart', [
  { expect: { value: "Ciaran O' Dowd" }, phrases: ["The airline's chief, [[Ciaran O' Dowd]], said fares would fall ."] },
  { expect: { value: "Paolo D' Amico" }, phrases: ["Former minister [[Paolo D' Amico]] 's party lost ."] },
]);

describeNegatives('person', 'a spaced apostrophe after a capital that opens no surname', ["Band O' Brothers"]);

describeCorpus('person', 'a surname that is an English function word, after a given name mid-sentence', [
  { expect: { value: 'Kevin To' }, phrases: ['The lawmaker [[Kevin To]] said he would vote no.', 'A motion by [[Kevin To]], a Democrat, failed.'] },
  { expect: { value: 'Brenda Or' }, phrases: ['Councillor [[Brenda Or]] was re-elected.'] },
]);

describeNegatives('person', 'a capitalized function word in title-cased or capitalized text', ['Kevin To Quit As Party Leader', 'KEVIN TO QUIT']);

describeCorpus('person', 'a Vietnamese family name before a middle and a given name', [
  { expect: { rule: 'person/east-asian' }, phrases: ['Talks with [[Vo Minh Tuan]] ended on Friday.', 'The envoy met [[Huynh Minh Duc]] in the capital.', 'The envoy met [[Le Minh Anh]] in the capital.'] },
]);

describeNegatives('person', 'a French or Italian article before a name that no Vietnamese syllable makes', [
  'The jets landed at [[Le Bourget]] on Monday.',
  'Tickets for [[La Fenice]] sold out.',
]);

describeCorpus('person', 'a given name that is also a function word, opening a name mid-sentence', [
  { expect: { value: 'Will Danforth' }, phrases: ['The squad lost and [[Will Danforth]] was dropped.', 'Fans cheered [[Will Danforth]] on Saturday.'] },
  { expect: { value: 'Les Harmon' }, phrases: ['Coach [[Les Harmon]] was fired on Sunday.', 'Striker [[Les Harmon]] scored twice.'] },
]);

describeNegatives('person', 'the function word first in its sentence or clause, or in title-cased text', [
  'Will Danforth play tonight?',
  'She asked: Will Britain pay?',
  'Who Will Win The Cup',
  'Why Officials Will Wait',
]);

describeCorpus('person', 'initials open a name whose surname is a place word or whose initials spell a state', [
  { expect: { rule: 'person/initial' }, phrases: ['[[K.L. Park]], a spokesman for the company, declined to comment.', 'The study was led by [[J.D. Hall]].'] },
  { expect: { rule: 'person/generational' }, phrases: ['The merger was backed by president [[N.J. Nicholas Jr.]] and the board.'] },
]);

describeCorpus('organization', "a firm's plural ends no person's name", [
  { expect: { value: 'Fidelity Investments' }, phrases: ['[[Fidelity Investments]] of Boston is the largest fund manager.'] },
  { expect: { value: 'Marco Varnelli Military Vehicles' }, phrases: ['Their venture, [[Marco Varnelli Military Vehicles]], will build the tanks.'] },
]);

describeNegatives('person', 'a joint venture whose name ends in "Vehicles" is no person', ['Their venture, [[Marco Varnelli Military Vehicles]], will build the tanks.']);

describeCorpus('person', 'a role noun before a given name outweighs a suffix that is also a word', [
  { expect: { value: 'Frank Sun' }, phrases: ['The brokerage\'s analyst [[Frank Sun]] expects growth to slow.'] },
]);

describeNegatives('person', 'a newspaper named for its town', ['The story ran in the [[Jackson Sun]] on Monday.']);

describeCorpus('person', 'an East Asian name whose last syllable is an English word', [
  { expect: { value: 'Huynh Van Lam' }, phrases: ['[[Huynh Van Lam]], a rice farmer, said prices had fallen.'] },
]);

describeCorpus('person', 'a lower-case particle inside a name', [
  { expect: { value: 'Daniel arap Moi' }, phrases: ['The president , [[Daniel arap Moi]] , called early elections.', 'Kenya ruled by [[Daniel arap Moi]] since 1978.'] },
]);

describeCorpus('person', 'a romanized given name whose hyphen tokenized copy sets apart', [
  { expect: {}, phrases: [
    'Premier [[Hsieh Chang - ting]] visited the plant .',
    'Opposition leader [[Kim Young - sam]] met reporters .',
    'The talks were led by [[Koo Chen - fu]] of Taipei .',
  ] },
]);

describe('a compound after a family name is no syllable of the name', () => {
  it('keeps "- based" and "- led" out of the name', () => {
    expect(factsOf('person', 'He met Wang Daohan - based advisers .').map((f) => f.text)).toEqual(['Wang Daohan']);
    expect(factsOf('person', 'She joined a Chen Jian - led panel .').map((f) => f.text)).toEqual(['Chen Jian']);
  });
});

describeCorpus('person', 'a Bantu "wa" inside a name', [
  { expect: { value: 'Kengo wa Dondo' }, phrases: ['Prime Minister [[Kengo wa Dondo]] said troops had been sent.'] },
]);

describeCorpus('person', 'a country or state whose name is a given name, before a surname', [
  { expect: {}, phrases: [
    'The panel was hosted by [[Jordan Pickford]] on Friday.',
    'Coach [[Chad Morrison]] praised the defense.',
    'Her lawyer, [[Georgia Whitfield]], filed the appeal.',
    'The bout was won by [[Israel Oyelaran]] in the third round.',
  ] },
]);

describeNegatives('person', 'a country or state before a word, a place or a school', [
  'Flooding hit the [[Jordan Valley]] overnight.',
  'Shares of [[Georgia Power]] fell.',
  'She studied at [[Georgia Tech]].',
]);

describeCorpus('person', 'an East Asian name whose last syllable spells an English word', [
  { expect: {}, phrases: ['Hanoi sent [[Le Van Tho]] to the talks.', 'Envoy [[Nguyen Duc Tho]] arrived on Monday.'] },
]);

describeCorpus('organization', 'a firm whose plural stands inside its name', [
  { expect: {}, phrases: ['Talks between Comcast and [[Warner Bros. Discovery]] stalled.'] },
]);

describeCorpus('person', 'a Hokkien or Teochew family name of Singapore and Malaysia', [
  { expect: { rule: 'person/east-asian' }, phrases: ['[[Chew Boon Heng]] said the carrier would add flights.', 'The minister met [[Goh Keng Wee]] in the afternoon.', '[[Khoo Swee Lian]] will chair the board.'] },
]);

describeCorpus('person', 'a hyphenated Korean given name before the family name, in the Western order', [
  { expect: { rule: 'person/east-asian' }, phrases: [
    'The paper was led by physicist [[Hyun-woo Park]] of the university.',
    '[[Seo-yeon Lee]] won the final on Sunday.',
    'Coach [[Ji-hoon Kim]] said the team was tired.',
  ] },
]);
describeNegatives('person', 'a hyphenated word or a name with a capital after the hyphen before a place head', [
  'They met at [[Al-Aqsa Park]] on Friday.',
  'We walked in [[Mid-town Park]] on Friday.',
]);

describeCorpus('person', 'a family name and two syllables, the last also a word for a work', [
  { expect: { kind: 'person' }, phrases: [
    'The fund hired [[Ng Kok Song]] as adviser.',
    'Analyst [[Ng Kok Song]] said the bank was strong.',
  ] },
]);

describeNegatives('person', 'a family name before a firm\'s plural is the firm', [
  'Oracle completed its purchase of [[Sun Microsystems]].',
  'Workers at [[Wang Laboratories]] were laid off.',
]);

describeCorpus('person', 'words no list knows, shaped like a name, where nothing else speaks for them', [
  { expect: { kind: 'person' }, phrases: ['Later [[Oruvan Tekkady]] thanked the volunteers.'] },
]);

describeNegatives('person', 'words no list knows after "the", which no person\'s name takes', [
  'In the state election, the [[Marumalarchi Kuruvan Sangam]] won 23 seats.',
]);

describeCorpus('person', 'an English plural after a middle initial is the surname', [
  { expect: { rule: 'person/initial' }, phrases: ['The firm said [[Stephen B. Timbers]], its chief investment officer, resigned.', 'Officials said [[Mary K. Parks]] quit on Monday.', 'The award went to [[John A. Woods]] last year.'] },
]);

describeCorpus('person', 'two undotted initials before a surname the lists know', [
  { expect: { rule: 'person/initial' }, phrases: ['Coach [[AJ Smith]] said the team was ready.', 'The record was set by [[TJ Johnson]] in 2019.', 'The album by [[RJ Howard]] topped the chart.'] },
]);

describeCorpus('person', 'two undotted initials before a surname no list knows, where a cue only people take is near', [
  { expect: { rule: 'person/creator' }, phrases: ['The sequel was directed by [[KJ Trevillian]] in Prague.', 'Results appeared in a paper by [[DW Hoskell]] in 1992.'] },
  { expect: { rule: 'person/said-he' }, phrases: ['[[RB Tarnowicz]] said he would appeal.'] },
]);
describeCorpus('organization', 'the same shape where no cue of a person is near', [
  { expect: { rule: 'organization/prefix' }, phrases: ['The deal was arranged by [[QX Warburg]] in London.'] },
]);

describeCorpus('organization', "a firm's letters before a house's name", [
  { expect: { rule: 'organization/prefix' }, phrases: ['[[QX Warburg]] cut its rating on the bank.'] },
]);
describeNegatives('person', "a people's adjective opening two unknown words", ['[[Bavarian Quorvane]] expects to ship the doses.', '[[Siberian Tarnwick]] cut its forecast.']);
describeNegatives('person', "a word and a term's letter closing the run", ['He called it [[Plan B.]]', 'They top [[Serie B]]']);

describeCorpus('person', 'a word before a family name an article opens', [
  { expect: { rule: 'person/particle-name' }, phrases: ['[[Marine Le Goff]] spoke on Sunday.', "[[Marine Le Goff]]'s party won the seat.", 'The leader, [[Marine Le Goff]], spoke.'] },
]);
describeNegatives('person', "a building's noun before an article and a name", ['The Hotel Le Meridien was sold.']);

describeCorpus('person', 'a quoted nickname between a given name and a surname is one name', [
  { expect: { rule: 'person/quoted-nickname' }, phrases: [
    'The court jailed former executive [[Rakesh "Sonny" Malwani]] for ten years.',
    "Drug lord [[Joaquin 'El Gordo' Castano]] was extradited on Friday.",
    'Boxer [[James “Bruiser” Donnelly]] retired.',
  ] },
]);

describeNegatives('person', 'a quoted title between two names is no nickname', [
  "The Netflix 'Squid Game' [[Season]] Two opened.",
  'Fans said "Yes" [[Monday]] night.',
]);

describeCorpus('person', 'a given name and a regnal number', [
  { expect: { rule: 'person/regnal' }, phrases: ['[[Louis XIV]] built the palace.', 'Historians praised [[Pius XII]] for it.'] },
]);
describeNegatives('person', "a regnal number alone is no one's surname", ['Louis XIV built the palace. Chapter [[XIV]] is lost.']);

describeCorpus('person', 'a given name only the world lists know, which is no English word, before a surname that is one', [
  { expect: { rule: 'person/given-name' }, phrases: ['[[Jalen Hurts]] was named the most valuable player.', 'Coach [[Kylian Brook]] praised the defence.', '[[Deshaun Mills]] was arrested on Friday.'] },
]);
describeNegatives('person', 'a world-list given name that is an English word, before another word', ['Fans of the [[Velvet Underground]] queued all night.']);

describeNegatives('person', 'a county named after someone is no person', [
  "The [[Knox County]] Sheriff's Office said two men were arrested.",
  "Deputies from the [[Harris County]] Sheriff's Department arrived.",
]);
describeCorpus('organization', "a county sheriff's office whose county bears a given name", [
  { expect: { kind: 'organization' }, phrases: ["The [[Knox County Sheriff's Office]] said two men were arrested."] },
]);
describeCorpus('organization', "a prosecutor's office named by a post's possessive", [
  { expect: { kind: 'organization' }, phrases: [
    "A man was charged, the [[Macon County State's Attorney's Office]] said.",
    "The [[Cook County State's Attorney's Office]] declined to comment.",
  ] },
]);
describeNegatives('location', "a county's name inside its prosecutor's office", ["A man was charged, the [[Macon County State]]'s Attorney's Office said."]);

describeNegatives('person', 'a spacecraft or an instrument named for someone', [
  'The [[Edwin Carrow Space Telescope]] launched on Tuesday.',
  'Data from the [[Mira Halden Solar Probe]] arrived.',
]);

describeCorpus('organization', 'a lower-case Romance particle inside a name that a foreign head opens', [
  { expect: { kind: 'organization' }, phrases: ['The [[Instituto Nacional do Algodão]] cut its crop estimate.', 'Stocks at the [[Instituto Brasileiro do Cafe]] were low.'] },
]);
describeNegatives('person', 'a lower-case "do" or "le" is no Vietnamese family name', ['The Instituto Paulista [[do Açúcar]] said mills were idle.']);

describeCorpus('person', "an accented given name before a surname that is a country's name", [
  { expect: { rule: 'person/given-name' }, phrases: [
    'The coalition led by [[Tomás Montenegro]] won 40 seats.',
    'Lawmakers backed [[Andrés Colombia]] for speaker.',
  ] },
]);
describeNegatives('person', 'a plural Spanish article opens no one\'s name', [
  'Police blamed [[Los Rojos]] for the killings.',
  'Troops hunted members of [[Las Moras]] in the hills.',
]);
describeNegatives('person', 'a Romance place word that is no given name before an article and a name', ['Evacuees filled an arena in [[Lac La Biche]] overnight.', 'Tourists reached [[Lac La Ronge]] by boat.']);
describeCorpus('person', 'a given name that is also a Romance place word before an article and a name', [
  { expect: { kind: 'person' }, phrases: ['[[Santiago La Rosa]] scored twice.'] },
]);
