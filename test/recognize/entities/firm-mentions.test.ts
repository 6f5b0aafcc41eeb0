import { describeCorpus, describeNegatives, factsOf } from '../../helpers/corpus';

describeCorpus('organization', "a firm's short name that is also a weekday's short form", [
  { expect: { kind: 'organization' }, phrases: [
    'Sun Co. posted higher refining margins. [[Sun]] shares rose 50 cents.',
    'Sun Microsystems Inc. cut 1,000 jobs. Analysts said [[Sun]] faced pressure from Dell.',
    "Sun Co. sold its coal unit. Ray Dobbs, [[Sun]]'s chairman, said the price was fair.",
  ] },
]);

describeNegatives('organization', 'a weekday written short, or the sun itself', [
  'The rally is planned for [[Sat]] Jan 4 in Boston.',
  "The probe photographed the [[Sun]]'s corona.",
]);

describeCorpus('organization', "a firm named by a possessive, mentioned again with its possessive", [
  { expect: { kind: 'organization' }, phrases: [
    "Kohl's Corp. cut its forecast. [[Kohl's]] said sales rose 1.4% in October.",
    "Marbury's Stores Inc. reported a loss. Shares of [[Marbury]]'s fell 3%.",
  ] },
]);

describe("a firm named for a person, then by that name alone", () => {
  it.each([
    ['a given name and a surname', 'Hartley Wood Holdings Ltd. cut its dividend. Hartley Wood said trading was weak.', 'Hartley Wood'],
    ['an East Asian name', 'Cheung Lam Co. said sales rose. Cheung Lam shares gained 4%.', 'Cheung Lam'],
  ])('is the firm: %s', (_name, text, short) => {
    expect(factsOf('organization', text).map((f) => f.text)).toContain(short);
    expect(factsOf('person', text)).toEqual([]);
  });
  it.each([
    ['a cue only people take', 'Ralph Lauren Corp. rose. Ralph Lauren, the designer, said he was pleased.', 'Ralph Lauren'],
    ['named first as a person', 'Hartley Wood founded the chain in 1950. Hartley Wood Holdings Ltd. now has 40 shops.', 'Hartley Wood'],
  ])('stays the person: %s', (_name, text, person) => {
    expect(factsOf('person', text).map((f) => f.text)).toEqual([person]);
  });
});

describe("a firm's possessive name leaves the person of its words alone", () => {
  it('a public figure named without the possessive stays a person', () => {
    const text = "Kohl's Corp. cut its forecast. Kohl said the coalition would hold.";
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Kohl']);
  });
});

describeCorpus('organization', 'a firm the lists spell with "&", written with "and"', [
  { expect: { kind: 'organization' }, phrases: ['[[Johnson and Johnson]] reported a 2% drop in profit.', 'Auditors from [[Ernst and Young]] signed the accounts.'] },
]);

describeNegatives('organization', 'two surnames joined by "and"', ['[[Johnson]] and Ferris said they would run together.']);

describeCorpus('organization', 'a law firm named for partners listed with commas', [
  { expect: { rule: 'organization/ampersand' }, phrases: [
    '[[Pellman, Arkwright, Quell & Vane]] advised the buyer.',
    'The seller hired [[Quillon, Tavish & Morrow]] last week.',
  ] },
  { expect: { kind: 'organization' }, phrases: ['Pellman, Arkwright, Quell & Vane advised the buyer. Lawyers at [[Pellman]] said the deal closed.'] },
]);

describeNegatives('organization', 'places listed with "&"', ['He toured Wales, [[Scotland & Ireland]] last summer.']);

describeCorpus('organization', 'a law firm of three surnames and "&" the last partner, with no commas', [
  { expect: { rule: 'organization/ampersand' }, phrases: [
    'The survivors were represented by [[Pachulski Stang Ziehl & Jones]].',
    'The bank hired [[Cleary Gottlieb Steen & Hamilton]] for the deal.',
    '[[Orrant Kessel Vimmer & Dale]] filed the suit on Monday.',
  ] },
]);

describeNegatives('organization', 'a person\'s three names before "&" and another person', [
  '[[Mary Ann Smith]] & John Jones met in Leeds.',
  'The prize went to [[Tom Brown Smith]] & Jones of Leeds.',
]);

describeCorpus('organization', "a group's name before a house the lists know, or its letters before a broker that speaks", [
  { expect: { kind: 'organization' }, phrases: [
    'Analyst Ivy Tan of [[Maybank Kim Eng]] cut her forecast.',
    '[[UOB Kay Hian]] kept a buy rating on the stock.',
    '[[DBS Vickers]] said the carrier would recover.',
    'Ann Loweth of [[SUNY Tarnwick]], who was not involved, praised the study.',
  ] },
]);

describeCorpus('organization', 'a known firm and a word no list knows, merged into one house', [
  { expect: { kind: 'organization', rule: 'organization/prefix' }, phrases: [
    '[[Vodafone Quorvath]] cut its dividend on Tuesday.',
    'The housebuilder [[Persimmon Tarvelle]] raised its forecast.',
  ] },
]);

describeCorpus('person', 'initials of a body before a full name stay apart', [
  { expect: { kind: 'person' }, phrases: ['NASA [[Bill Ingalls]] took the photo.'] },
]);

describeCorpus('organization', 'a name after "the" that speaks, alone or joined to another', [
  { expect: { rule: 'organization/article-speaker' }, phrases: [
    'The [[Guggenheim]] and the Whitney said Monday they would share a collection.',
    'The Guggenheim and the [[Whitney]] said Monday they would share a collection.',
    'On Tuesday the [[Prado]] said visitors had doubled.',
  ] },
]);

describeNegatives('organization', 'a text that says, a family or a side after "the"', [
  'The [[Bible]] says that greed is a sin.',
  'The [[Smiths]] said they were happy.',
]);

describeNegatives('organization', "a post's domain after its title and \"of the\", where the holder speaks", [
  'The Chancellor of the [[Exchequer]] said borrowing would fall.',
  'The Minister of the [[Interior]] said the border would reopen.',
]);

describeCorpus('organization', "a firm that reports a period's results, and its word where other sentences open with it", [
  { expect: { kind: 'organization' }, phrases: [
    '[[Vexcor]] said third-quarter net income fell 5%.',
    'Target said first-quarter profit fell 17%. [[Target]] blamed cold weather for weak sales.',
    'Target said on Tuesday fourth-quarter earnings rose. Analysts expect [[Target]] to gain share.',
  ] },
]);

describe('a person the document names in full keeps the surname that reports results', () => {
  it('is the analyst, not a firm', () => {
    const text = 'Analyst John Quarry expects a loss. Quarry said fourth-quarter profit would fall.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['John Quarry', 'Quarry']);
  });
});

describeNegatives('organization', 'a group that reports results, or a word that opens a sentence with no firm speaking', [
  '[[Analysts]] said first-quarter profit fell.',
  'Target practice resumed on Monday. [[Target]] shooting is popular.',
]);

describeCorpus('organization', "a people's adjective that opens an institution's name before a post and its holder", [
  { expect: { kind: 'organization' }, phrases: ['[[European Central Bank]] President Jean-Claude Trichet said the bank was watching.'] },
]);

describeNegatives('person', 'a name after a preposition or an article is no speaker of the verb after it', [
  'A spokesman for [[Quorvex]] said the plant would close.',
  'Analyst Ann Lee of [[Quorvex]] said costs would weigh.',
  'On Monday the [[Tavish]] said nothing.',
]);

describeCorpus('organization', 'a one-word legislature after "the", though a town bears its name', [
  { expect: { rule: 'organization/institution' }, phrases: ['The Knesset and the [[Duma]] voted on the bill.'] },
]);

describeCorpus('location', 'the town of that name without the article', [
  { expect: { kind: 'location' }, phrases: ['Rebels shelled [[Duma]], east of Damascus.'] },
]);

describeCorpus('organization', 'a name whose apposition says who owns it', [
  { expect: { rule: 'organization/apposition' }, phrases: ['[[Quellmark]], owned by Novartis, leads the market.'] },
]);

describeCorpus('organization', 'a name whose apposition says who founded it, or when', [
  { expect: { rule: 'organization/apposition' }, phrases: [
    '[[Pale Comet]], founded by a former pilot, builds small rockets.',
    '[[Northwind]], founded in 2011, sells turbines.',
    '[[Brasswick]], co-founded in the 1990s by two chemists, makes dyes.',
  ] },
]);

describeNegatives('organization', 'a person born or named in an apposition, and a founder', [
  '[[Tom Harlow]], born in 1950, died on Sunday.',
  '[[Ada Prell]], who founded the firm in 2011, retired.',
]);

describeCorpus('organization', 'a brewer or distiller named by its trade', [
  { expect: { rule: 'organization/suffix' }, phrases: ['[[Karl Becker Brewing]] sold 40,000 barrels.', 'Shares of [[Old Mill Distilling]] fell.'] },
]);

describeCorpus('organization', "a firm named for its founders, mentioned again by a first word that is also a given name", [
  { expect: { kind: 'organization' }, phrases: [
    "Corliss Lynch & Co. cut 400 jobs. Dana Pruitt, [[Corliss]]'s president, said the cuts were done.",
    'Garland Stanley Group Inc. rose 2%. Analysts said [[Garland]] would expand in Asia.',
  ] },
]);

describeNegatives('person', 'a given name alone after a firm that opens with it', [
  "Corliss Lynch & Co. cut 400 jobs. [[Corliss]]'s president said the cuts were done.",
]);

describeCorpus('organization', "a company's part named between its owner and 'unit' or 'division'", [
  { expect: { rule: 'organization/company-part' }, phrases: [
    "Norvex Holdings Inc.'s [[Del Vara]] foods unit was sold to a buyout group.",
    'The insurer said its [[Pellworth Avery]] brokerage arm lost money.',
    'The company sold the [[Tarvo Loma]] division in March.',
  ] },
]);

describeNegatives('organization', 'a capitalized run before "unit" that no owner opens', [
  'He said [[Dana Pruitt]] runs a unit in Ohio.',
]);

describeCorpus('location', "a town that names its own court or council, mentioned alone", [
  { expect: { kind: 'location' }, phrases: [
    "Police in [[Wendlebury]] arrested a man. He will appear in Wendlebury Magistrates' Court on Monday.",
    'Wendlebury Council approved the budget. Residents of [[Wendlebury]] will pay 4% more.',
  ] },
]);

describeCorpus('organization', "a firm's first word, mentioned alone after its full name", [
  { expect: { kind: 'organization' }, phrases: ['Quarnell Capital Management bought the stake. [[Quarnell]] declined to comment.'] },
]);

describeCorpus('organization', 'a party or branch named by a word and its country, mentioned by the word', [
  { expect: { kind: 'organization' }, phrases: [
    'Renewal Scotland won two seats. A new poll put [[Renewal]] on 12 per cent.',
    'Harvest Kenya cut its forecast, and analysts said [[Harvest]] would sell assets.',
  ] },
]);

describeNegatives('organization', "the word alone where it opens a sentence as a common noun", [
  'Renewal Scotland won two seats. [[Renewal]] of the lease will take months.',
]);

describeCorpus('organization', "a town that opens a firm's name, alone as the subject of a verb, is the firm", [
  { expect: { rule: 'organization/town-named-firm', value: 'Wellington Cable Co.' }, phrases: ['Wellington Cable Co. said profit rose. [[Wellington]] said sales were strong.'] },
  { expect: { rule: 'organization/town-named-firm', value: 'Dallas Semiconductor Corp.' }, phrases: ['Dallas Semiconductor Corp. posted a loss; [[Dallas]] blamed weak demand.'] },
]);

describeCorpus('location', 'the town itself after a preposition, or with no such firm', [
  { expect: { kind: 'location' }, phrases: ['Dallas Semiconductor Corp. posted a loss. Sales in [[Dallas]] fell.', 'Officials in [[Wellington]] said no.', '[[Wellington]] said it would not extradite him.'] },
]);

describe("a firm named for a person the story names", () => {
  it('leaves the bare name to the person', () => {
    const text = 'Zinobi Music Worldwide, the label run by rapper Zinobi, signed the band. Zinobi said it was a big day.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Zinobi Music Worldwide']);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Zinobi', 'Zinobi']);
  });
  it('gives its first word to the firm where no one has that name', () => {
    const text = 'Kaldor Music Group signed her on Monday. Kaldor also signed two bands.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Kaldor Music Group', 'Kaldor']);
  });
});

describeCorpus('organization', 'a firm or a team whose name opens with figures', [
  { expect: { kind: 'organization' }, phrases: [
    '[[3M Co.]] agreed to settle the claims for $10 billion.',
    'Shares of [[3M]] fell 2% after the ruling.',
    '[[3Com Corp.]] said it would cut 400 jobs.',
    'She left Oracle to join [[3Com]] in 1998.',
    '[[23andMe]] said hackers reached the data of 6.9 million users.',
    '[[7-Eleven Inc.]] plans to open 150 stores in Texas.',
    'A [[4Kids Entertainment]] spokesman declined to comment.',
  ] },
  { expect: { rule: 'organization/team-nickname' }, phrases: ['The [[Philadelphia 76ers]] beat Boston 112-104.', 'The [[San Francisco 49ers]] signed a kicker.'] },
]);

describeNegatives('organization', 'figures with letters that name a standard, a size, an ordinal or a count in a title', [
  'Carriers rushed to sell [[5G]] phones before Christmas.',
  'The studio shot the film in [[3D]] and sold it in [[4K]].',
  'Yields on the [[10-Year]] Treasury note rose.',
  'The [[4-Star]] General retired in May.',
  'The club sold [[3Ds]] at a discount.',
]);

describeCorpus('organization', 'the maker of goods named after "made by" or "built by"', [
  { expect: { rule: 'organization/company-object' }, phrases: [
    'Donors will fund vaccines made by [[Quellvax]].',
    'Drones built by [[Tarvik]] struck the convoy.',
    'Phones assembled by [[Hon Varo]] sell well in India.',
    'The agency will ship 2 million doses made by [[Quellvax Nordic]] in May.',
    'Laptops built by [[Tarvik Systema]] were recalled.',
  ] },
]);

describeNegatives('organization', 'a work or a meal made by a person, or goods made by hand', [
  'The film made by [[Ken Loach]] won the prize.',
  'A cake made by [[Mary Berry]] was served.',
  'Rifles made by hand in [[Darra]] are cheap.',
]);

describeCorpus('organization', "a town that opens a firm's name, before an apposition only a firm takes or after a spokesman's \"for\"", [
  { expect: { rule: 'organization/town-named-firm', value: 'Wellington Cable Co.' }, phrases: [
    'Wellington Cable Co. made a bid. [[Wellington]], controlled by financier Ann Lowe, said it had loans.',
    'Wellington Cable Co. made a bid. A spokesman for [[Wellington]] declined to comment.',
  ] },
]);
describeCorpus('location', 'the town itself before another apposition, or a spokesman for it with no such firm', [
  { expect: { kind: 'location' }, phrases: [
    'Wellington Cable Co. made a bid. [[Wellington]], a city of 200,000, said no.',
    'A spokesman for [[Wellington]] declined to comment.',
  ] },
]);

describeCorpus('organization', "a name whose apposition makes it a manager of clients' assets", [
  { expect: { kind: 'organization' }, phrases: ["[[Quorvane]], the world's largest asset manager, bought bonds.", '[[Tarvik]], a Geneva-based wealth manager, grew.'] },
]);

describeNegatives('organization', 'a fund manager, or an asset manager at a firm', ['[[Jane Roe]], a fund manager, said prices were high.', '[[Tom Hale]], an asset manager at Nuveen, said.']);
