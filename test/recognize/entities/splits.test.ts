import { factsOf } from '../../helpers/corpus';

describe('splits', () => {
  it('"City, Country" is two places', () => {
    const facts = factsOf('location', 'The summit was held in Lisbon, Portugal, last week.');
    expect(facts.map((f) => f.text)).toEqual(['Lisbon', 'Portugal']);
  });
  it('a hyphenated pair of countries is two places', () => {
    const facts = factsOf('location', 'The India-Pakistan border stayed closed.');
    expect(facts.map((f) => f.text)).toEqual(['India', 'Pakistan']);
  });
  it('a photo credit splits agency and photographer', () => {
    const text = 'Crowds gather in the square. (Xinhua/Wang Jianmin)';
    expect(factsOf('organization', text).map((f) => f.text)).toEqual(['Xinhua']);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Wang Jianmin']);
  });
  it('a place before a title and name is a place, the name a person', () => {
    const text = 'Canadian officials met U.S. Trade Representative Lena Park on Monday.';
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['U.S.']);
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Lena Park']);
  });
});
