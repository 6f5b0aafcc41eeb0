import { describeCorpus } from '../../helpers/corpus';

describeCorpus('money', 'qualifiers (inside the span, OntoNotes style)', [
  { expect: { value: { amount: 5e6, approximate: true, qualifier: 'approximately' } }, phrases: ['[[about $5 million]]', '[[around $5 million]]', '[[roughly $5 million]]', '[[some $5 million]]', '[[approximately $5 million]]'] },
  { expect: { value: { amount: 5e6, approximate: true, qualifier: 'more-than' } }, phrases: ['[[more than $5 million]]', '[[over $5 million]]', '[[in excess of $5 million]]'] },
  { expect: { value: { amount: 5e6, approximate: true, qualifier: 'less-than' } }, phrases: ['[[nearly $5 million]]', '[[almost $5 million]]', '[[less than $5 million]]'] },
  { expect: { value: { amount: 5e6, approximate: true, qualifier: 'up-to' } }, phrases: ['[[up to $5 million]]', '[[as much as $5 million]]'] },
  { expect: { value: { amount: 5e6, approximate: true, qualifier: 'at-least' } }, phrases: ['[[at least $5 million]]'] },
  // A degree word before the bound stays in the span too.
  { expect: { value: { amount: 300, approximate: true, qualifier: 'more-than' } }, phrases: ['paid [[a little over 300 euros]] for it', 'paid [[north of 300 euros]] for it', 'paid [[slightly more than 300 euros]] for it'] },
  { expect: { value: { amount: 300, approximate: true, qualifier: 'less-than' } }, phrases: ['paid [[well below 300 euros]] for it', 'paid [[just shy of 300 euros]] for it', 'paid [[a little under 300 euros]] for it'] },
  { expect: { value: { amount: 300, approximate: true, qualifier: 'approximately' } }, phrases: ['paid [[in the region of 300 euros]] for it'] },
  { expect: { value: { amount: 6e11, qualifier: 'more-than', currencyAssumed: true } }, phrases: ['will have added [[more than 600 billion dollars]] for defense'] },
  { expect: { value: { amount: 1e5, approximate: true, qualifier: 'more-than' } }, phrases: ['a [[$100,000-plus]] salary', 'a [[$ 100,000-plus]] salary'] },
  { expect: { value: { amount: 2e9, qualifier: 'more-than', per: 'year' } }, phrases: ['a [[$2 billion-plus-a-year]] market'] },
]);

describeCorpus('money', 'a spaced "plus" after the amount is no qualifier', [
  { expect: { value: { amount: 5 } }, phrases: ['It costs [[$5]] - plus tax.'] },
]);
