import { extract, SCHEMA_VERSION } from '../src';
import { fixtureArticles } from './helpers/fixtures';
import { schemaErrors, validateRecord } from './helpers/schema';

describe('schema/extraction.schema.json', () => {
  it.each(fixtureArticles().map((a) => [a.name, a.text]))('accepts the result for %s', (_name, text) => {
    expect(schemaErrors(extract(text))).toBe('');
  });

  it('accepts an error record', () => {
    expect(schemaErrors({ schemaVersion: SCHEMA_VERSION, source: 'a.bin', error: { code: 'BINARY_INPUT', message: 'a.bin: binary input' } })).toBe('');
  });

  const valid = () => ({
    ...extract('', { referenceDate: '2024-02-16' }),
    facts: [{ kind: 'date', text: 'Feb. 15', start: 0, end: 7, sentence: 0, rule: 'date/month-day', value: '2024-02-15', timexType: 'DATE' }],
  });

  it('accepts a well-formed hand-made record, so that the rejections below mean something', () => {
    expect(schemaErrors(valid())).toBe('');
  });

  it('rejects a fact with a field the contract does not have', () => {
    const r = valid();
    (r.facts[0] as Record<string, unknown>).extra = true;
    expect(validateRecord(r)).toBe(false);
  });

  it('rejects a money amount given as a string', () => {
    const r = {
      ...valid(),
      facts: [{ kind: 'money', text: '$5', start: 0, end: 2, sentence: 0, rule: 'money/x', value: { amount: '5', currency: 'USD' } }],
    };
    expect(validateRecord(r)).toBe(false);
  });

  it('rejects an unknown kind', () => {
    const r = { ...valid(), facts: [{ kind: 'event', text: 'x', start: 0, end: 1, sentence: 0, rule: 'event/x', value: 'x' }] };
    expect(validateRecord(r)).toBe(false);
  });

  it('carries the schema version of the package', () => {
    expect(extract('x').schemaVersion).toBe(SCHEMA_VERSION);
  });
});
