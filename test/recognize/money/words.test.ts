import { describeCorpus, describeNegatives } from '../../helpers/corpus';

describeCorpus('money', 'currency words', [
  { expect: { value: { amount: 3.8e11, currency: 'USD' }, rule: 'money/currency-word' }, phrases: ['a total of [[380 billion U.S. dollars]] in defense', 'a total of [[380 billion US dollars]]', 'a total of [[380 billion u . s . dollars]] .'] },
  { expect: { value: { amount: 6e11, currency: 'USD', currencyAssumed: true } }, phrases: ['added [[600 billion dollars]] for defense', 'added [[600 bln dlrs]] for defense'] },
  { expect: { value: { amount: 1.25e8, currency: 'AUD' } }, phrases: ['[[125 million Australian dollars]] of bonds'] },
  { expect: { value: { amount: 3.23e8, currency: 'EUR' } }, phrases: ['sold for [[323 million euros]].'] },
  { expect: { value: { amount: 3.61e8, currency: 'GBP' } }, phrases: ['profit rose to [[361 million pounds]]', 'profit rose to [[361 million pounds sterling]]'] },
  { expect: { value: { amount: 1e4, currency: 'CHF' } }, phrases: ['he was fined [[10,000 Swiss francs]].'] },
  { expect: { value: { amount: 1e11, currency: 'CNY' } }, phrases: ['output broke through [[100 billion yuan]]', 'output broke through [[100 billion renminbi]]'] },
  { expect: { value: { amount: 450000, currency: 'JPY' } }, phrases: ['including [[450,000 yen]] from the minister'] },
  { expect: { value: { amount: 3.5e6, currency: 'INR' } }, phrases: ['a loan of [[35 lakh rupees]]'] },
  { expect: { value: { amount: 5e9, currency: 'KRW' } }, phrases: ['a fine of [[5 billion won]]', 'a fine of [[5 billion South Korean won]]'] },
  { expect: { value: { amount: 2e6, currency: 'RUB' } }, phrases: ['a bribe of [[2 million rubles]]', 'a bribe of [[2 million roubles]]'] },
  { expect: { value: { amount: 1e6, currency: 'MXN' } }, phrases: ['[[1 million pesos]] in cash'] },
  { expect: { value: { amount: 1.7325, currency: 'DEM' } }, phrases: ['the dollar finished at [[1.7325 marks]] in late trading'] },
  { expect: { value: { amount: 4.15, currency: 'BRL' } }, phrases: ['a liter of milk sold for [[4.15 reals]] .'] },
  { expect: { value: { amount: 10, currency: 'TRY' } }, phrases: ['deposits: [[10 Turkish lira]] each'] },
  { expect: { value: { amount: 0.5, currency: 'USD', currencyAssumed: true }, rule: 'money/minor-unit' }, phrases: ['they pay [[50 cents]] more', 'they pay [[50¢]] more'] },
  { expect: { value: { amount: 4.7, currency: 'GBP' } }, phrases: ['a price of [[470 pence]].', 'a price of [[470p]].'] },
  // A country word before "cents" names whose dollar; a currency's name before it, whose hundredth.
  { expect: { value: { amount: 0.85, currency: 'CAD' }, rule: 'money/minor-unit' }, phrases: ['profit of [[85 Canadian cents]] on the year'] },
  { expect: { value: { amount: 0.85, currency: 'AUD', per: 'share' } }, phrases: ['a payout of [[85 Australian cents a share]]'] },
  { expect: { value: { amount: 0.85, currency: 'NZD' } }, phrases: ['it fell [[85 New Zealand cents]] to 2.10'] },
  { expect: { value: { amount: 0.85, currency: 'EUR' } }, phrases: ['a stamp costs [[85 euro cents]] now'] },
  { expect: { value: { amount: 3.5, currency: 'USD' }, rule: 'money/major-minor' }, phrases: ['it only cost [[3 dollars 50 cents]].', 'it only cost [[3 dollars and 50 cents]]', 'it costs only [[3 dollars and 50]].'] },
  { expect: { value: { amount: 10.5, currency: 'RUB' }, rule: 'money/major-minor' }, phrases: ['bread was [[10 rubles 50 kopecks]].', 'bread was [[10 roubles and 50 kopecks]].'] },
  { expect: { value: { amount: 5.2, currency: 'EUR' }, rule: 'money/major-minor' }, phrases: ['a ticket is [[5 euros and 20 cents]].'] },
  { expect: { value: { amount: 2.05, currency: 'USD' }, rule: 'money/major-minor' }, phrases: ['the fee is [[two dollars and five]] and a stamp.'] },
  { expect: { value: { amount: 2, currency: 'USD' } }, phrases: ['she paid [[two dollars]] and three and a half hours later left.'] },
  { expect: { value: { amount: 3000, currency: 'CHF' }, rule: 'money/currency-word' }, phrases: ['fees of [[3,000 Swiss francs]] and 20 pence', 'fees of [[3,000 Swiss francs]] and 20 kopecks'] },
  { expect: { value: { amount: 0.12, currency: 'USD' } }, phrases: ['a [[12-cent-a-share]] dividend'] },
  { expect: { value: { amount: 1, currency: 'JPY' } }, phrases: ['its [[one-yen]] bid'] },
  { expect: { value: { amount: 10, currency: 'GBP' } }, phrases: ['he handed over a [[ten-pound]] note', 'a [[10-pound]] fine for littering', 'he paid [[10 pounds]] for it'] },
  { expect: { value: { amount: 2e6, currency: 'GBP' } }, phrases: ['a [[2 million-pound]] transfer'] },
  { expect: { value: { amount: 5.5e8, currency: 'XEU' } }, phrases: ['a scheme costing [[550 million ecus]] in all', 'a scheme costing [[550 million ECUs]]', 'a scheme costing [[550 million European currency units]]', 'a [[550 million ECU]] bond issue', 'it lent [[ECU 550 million]] to Poland'] },
  { expect: { value: { amount: 20.43, currency: 'USD' } }, phrases: ['it was [[$20 and 43c]].', 'it was [[20 dollars 43 cents]].', 'it was [[$20 43]].'] },
]);

describeCorpus('money', 'a currency name before the number, as price lists and speech write it', [
  { expect: { value: { amount: 42, currency: 'MYR' }, rule: 'money/name-prefix' }, phrases: ['ringgit 42', 'The room costs [[ringgit 42]].'] },
  { expect: { value: { amount: 5, currency: 'USD', currencyAssumed: true } }, phrases: ['dollars 5', '[[Dollars 5]] each.'] },
  { expect: { value: { amount: 2.25e7, currency: 'USD' } }, phrases: ['The estate is offered at [[dollar 22.5 million]].'] },
  { expect: { value: { amount: 300, currency: 'MXN' } }, phrases: ['He paid [[pesos 300]] to the driver.'] },
  { expect: { value: { amount: 500, currency: 'INR' } }, phrases: ['[[Rupees 500]] for a ticket.'] },
]);

describeCorpus('money', 'sen after ringgit, and a pence letter after a pound sign', [
  { expect: { value: { amount: 20.43, currency: 'MYR' }, rule: 'money/major-minor' }, phrases: ['a fare of [[20 ringgit and 43 sen]].', 'a fare of [[twenty ringgit 43 sen]].'] },
  { expect: { value: { amount: 3.5, currency: 'GBP' } }, phrases: ['a pint at [[£3.50p]].'] },
  { expect: { value: { amount: 250, currency: 'CNY' } }, phrases: ['he paid [[250 yuan renminbi]] for it'] },
  { expect: { value: { amount: 500, currency: 'DKK' } }, phrases: ['dinner cost [[500 Danish kroner]].', 'dinner cost [[500 Danish krone]].'] },
  { expect: { value: { amount: 50, currency: 'NOK' } }, phrases: ['he bet [[50 Norwegian kroner]] on it'] },
  { expect: { value: { amount: 300, currency: 'SEK' } }, phrases: ['I changed [[300 Swedish kronor]] at the airport'] },
  { expect: { value: { amount: 20, currency: 'BRL' } }, phrases: ['she had [[20 Brazilian reais]] left'] },
  { expect: { value: { amount: 120, currency: 'PLN' } }, phrases: ['a ticket for [[120 Polish zlotys]]'] },
  { expect: { value: { amount: 100, currency: 'ILS' } }, phrases: ['a fine of [[100 Israeli new shekels]]', 'a fine of [[100 new Israeli shekels]]'] },
  { expect: { value: { amount: 5000, currency: 'UGX' } }, phrases: ['a fee of [[5,000 Uganda shillings]]'] },
  { expect: { value: { amount: 2000, currency: 'CVE' } }, phrases: ['a fee of [[2,000 Cabo Verde escudos]] in cash'] },
]);

describeNegatives('money', 'a country word before cents with no count', ['Canadian cents are made of steel.', 'She collects Australian cents.']);

describeNegatives('money', 'units that are no currency unit', ['Surgeons used 5 units of blood.', 'The developer sold 300 housing units for 40 units of credit.', 'The ecu was born in 1979.']);
