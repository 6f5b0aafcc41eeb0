import { factsOf } from '../../helpers/corpus';

describe('sports results and tables', () => {
  it('a name ending in a city is a club in a line of results', () => {
    expect(factsOf('organization', 'Olympique Lyon 2 Sporting Lisbon 1').map((f) => f.text)).toEqual(['Olympique Lyon', 'Sporting Lisbon']);
  });
  it('countries in a results line are places', () => {
    expect(factsOf('location', 'Brazil 3 Peru 0').map((f) => f.text)).toEqual(['Brazil', 'Peru']);
  });
  it('a ranked list names people and their countries', () => {
    const text = '1. Tomasz Wolski ( Poland ) 4:12:33';
    expect(factsOf('person', text).map((f) => f.text)).toEqual(['Tomasz Wolski']);
    expect(factsOf('location', text).map((f) => f.text)).toEqual(['Poland']);
  });
});
