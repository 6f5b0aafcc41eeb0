import { describeCorpus, factsOf } from '../../helpers/corpus';

describeCorpus('person', 'titles are not part of the name', [
  { expect: { value: 'Maria Lindqvist' }, phrases: [
    'The talks were chaired by Secretary General [[Maria Lindqvist]] on Tuesday.',
    'Foreign Minister [[Maria Lindqvist]] arrived late.',
    'Alliance chief Dr. [[Maria Lindqvist]] spoke first.',
    'Police spokeswoman [[Maria Lindqvist]] declined to comment.',
  ] },
  { expect: { value: 'Tomas Berger' }, phrases: [
    'Mr. [[Tomas Berger]] resigned.',
    'The bank hired analyst [[Tomas Berger]] last year.',
    'President [[Tomas Berger]] vetoed the bill.',
    'Fed Chair [[Tomas Berger]] held rates steady.',
    'Board chair [[Tomas Berger]] resigned.',
  ] },
]);

describe('a titled name followed by "of" and where they serve', () => {
  it('splits the person from the place', () => {
    const text = 'President Amara Diallo of Senegal arrived on Tuesday.';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Amara Diallo']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Senegal']);
  });
});
