import { describeCorpus, factsOf } from '../../helpers/corpus';

describeCorpus('organization', 'organization cues', [
  { expect: { rule: 'organization/role-noun' }, phrases: ['Sales at automaker [[Volkaro]] fell.', 'The deal was signed by rival [[Quentix]] in May.'] },
  { expect: { rule: 'organization/possession' }, phrases: ['[[Zembra]]\'s chief executive resigned on Monday.', 'Investors sold [[Zembra]]\'s shares.'] },
  { expect: { kind: 'organization' }, phrases: ['Traders bought shares of [[Harlow Mills]] early.'] },
]);

describeCorpus('person', 'person cues', [
  { expect: { rule: 'person/role-noun' }, phrases: ['The report was written by economist [[Ivo Brankovic]].'] },
  { expect: { rule: 'person/said' }, phrases: ['"We will appeal," [[Ivo Brankovic]] said.'] },
]);

describe('document-level consistency', () => {
  it('a company named with a suffix names its short form later', () => {
    const text = 'Zembrano Holdings Inc. reported a loss. Later, Zembrano said it would cut jobs.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Zembrano Holdings Inc.', 'Zembrano']);
  });
  it('names listed with a person are people', () => {
    const text = 'The squad includes Mateo Alvarez, Dries Vandamme and Koen Peeters.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Mateo Alvarez', 'Dries Vandamme', 'Koen Peeters']);
  });
  it('a surname of a named person is that person, not the city of that name', () => {
    const text = 'Witness Anna Sydney spoke first. Later Sydney said she was afraid.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Anna Sydney', 'Sydney']);
  });
  it('a sentence opener the article capitalizes elsewhere is a name', () => {
    const text = 'Shares of Orange rose. Orange said profits grew.';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Orange', 'Orange']);
  });
});

describe('romanized names keep their hyphenated given names', () => {
  it('a lower-case part after a hyphen that is no English word stays in the name', () => {
    expect(factsOf('person', 'Voters backed Tsoi Wai-ching in the east.').map((f) => f.text)).toEqual(['Tsoi Wai-ching']);
  });
});

describe('a name repeated where nothing else marks it', () => {
  it('takes the kind the document settled for it, even opening a sentence', () => {
    const text = 'The parents of their baby, Marisol, ignored advice. Marisol fell ill in May.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Marisol', 'Marisol']);
  });
});

describeCorpus('organization', 'possessives inside and before names', [
  { expect: { rule: 'organization/possession' }, phrases: ['[[Zembra]]\'s former chief executive was charged.'] },
  { expect: { kind: 'organization' }, phrases: ['Voters backed the [[Free Citizen\'s Party]] again.', 'Shells were fired by the [[Northern People\'s Army]] at dawn.'] },
]);

describeCorpus('organization', 'where staff work', [
  { expect: { rule: 'organization/employer' }, phrases: ['Analysts at [[Martin Lewis]] expect a cut.', 'Economists at [[Nomara]] disagreed.'] },
]);

describeCorpus('organization', 'what investors hold in a company', [
  { expect: { rule: 'organization/shares-of' }, phrases: ['Shares in [[Brenvik-Holm]] rose 4 percent.', 'The fund sold its stake in [[Torvalis]] last week.', 'Holdings in [[Quenby-Arc]] were trimmed.'.replace('Holdings in', 'Its holdings in')] },
]);

describeCorpus('organization', 'a noun of kind before a name outweighs a verb of saying after it', [
  { expect: { rule: 'organization/role-noun' }, phrases: ['The state news agency [[Wafar]] said the talks had ended.', 'the broadcaster [[Telenorte]] said on Monday'] },
]);
