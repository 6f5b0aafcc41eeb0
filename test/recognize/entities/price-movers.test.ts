import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('organization', "a share whose price a market report moves", [
  {
    expect: { rule: 'organization/price-mover' },
    phrases: [
      '[[Quorvane Wellby]] rose 14 pence to 864 in late trade .',
      '[[Tarnwicks]] rose 10 pence .',
      'Dealers said [[Tarnwick]] added nine pence on bid talk .',
      '[[Lim Seng]] eased five cents to HK$ 12.40 .',
      'Elsewhere [[Brodex]] fell 1/4 to 9-3/8 .',
      '[[Varvak]] edged up 20 yen after the forecast .',
      '[[Tarlo Land]] gained 25 centavos in Manila .',
      'Among blue chips [[Varvak Tarlo]] was up 50 rupiah .',
      'Quorvane Estate fell 30 yen and [[Okafor Wellby]] lost 20 .',
      'Shares of rivals gained , and [[Okafor Mills]] rose $ 1.25 to $ 45.50 .',
      'Among oil stocks [[Varvak Neft]] fell 12 rubles .',
      'Elsewhere [[Tarlo Werke]] rose € 1.20 to € 45.10 .',
      '[[Quorvane Wellby]] rose on news of a U.S. approval.',
      'Among the losers [[Brodex Tarlo]] slipped on fresh bid speculation.',
    ],
  },
  { expect: { kind: 'organization' }, phrases: ['Shares of [[Quorvane]] fell 35 cents to 75 cents.', 'Stock in [[Tarnwick]] rose 12 pence.'] },
  { expect: { kind: 'organization', rule: 'organization/prefix' }, phrases: ['Late in the day the [[Nasdaq Composite]] dropped 4.3 percent.', 'The [[NYSE Composite]] fell 2 percent.'] },
]);

describeNegatives('organization', 'a person, a month or a place before a move that is no price', [
  '[[Tom Hale]] added nine points in the second half .',
  '[[Dario Brodwick]] lost 6-4 to the Spaniard .',
  '[[October]] Brent rose 18 cents to $ 21.05 a barrel .',
  '[[Hale]] fell two places to 12th in the rankings .',
  '[[Tom Hale]] lost 20 dollars at the track .',
  '[[Tom Hale]] was up 5 points at the turn .',
  '[[Dario Brodwick]] lost 20 yards off the tee .',
  '[[Tom Hale]] fell on ice outside his home.',
  '[[Tom Hale]] rose on the stage to speak.',
  '[[Wall Street]] fell on fears of a rate rise.',
]);

describeNegatives('organization', 'a commodity or a currency whose price moves', [
  '[[Gold]] rose $3.50 to $371.20 an ounce .',
  '[[Copper]] fell 2 cents to 1.10 a pound .',
  '[[Sterling]] eased two pfennigs against the mark .',
]);

describeNegatives('organization', 'a result or a price of the economy moving by a price\'s units', [
  '[[Earnings]] rose 25 cents a share from a year earlier .',
  '[[Prices]] fell 3 cents a gallon in June .',
  '[[Wages]] rose 50 cents an hour .',
]);

describeCorpus('organization', 'a name whose shares a verb of a price moves', [
  { expect: { rule: 'organization/share-issuer' }, phrases: ['[[Quorvane Veltis]] shares jumped after the forecast.', 'Traders said [[Tarnwick Brodal]] stock was up in Oslo.'] },
]);
describeNegatives('organization', 'a person who shares a view', ['[[Maria Ruiz]] shares the view of her party.']);

describeCorpus('organization', "a market's index named before its noun", [
  { expect: { rule: 'organization/market-index' }, phrases: ['The [[Tarvo Selen]] index fell 2 percent.', "Lisbon's [[Velmar]] composite closed higher."] },
]);

describeNegatives('organization', 'a place a mover comes from, after a preposition of place', [
  'Copper shipments from the [[Norvana]] rose 4 percent last quarter.',
  'Timber exports from [[Quellbrook]] fell 6 percent in May.',
]);
