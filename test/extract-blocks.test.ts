import { extract } from '../src';
import { BlockExtractor } from '../src/extract-blocks';
import { blockCut } from '../src/text/blocks';
import type { Fact } from '../src/types';

const PARAGRAPHS = [
  'Shares of Acme Corp. rose 4.5% on Tuesday after it agreed to pay $2.3 billion for a rival.',
  'The deal, announced on March 3, 2023, values the company at 12 times earnings.',
  'Analysts expect sales to grow between 2024 and 2026, and costs to fall by 3 percent next year.',
  'Maria Lopez, the chief executive, said in Chicago that the board met last week.',
  'Lopez added that Acme Corp. would spend €40 million on a plant in Berlin by 2025.',
];

function runInBlocks(text: string, limit: number, kinds?: Fact['kind'][]) {
  const extractor = new BlockExtractor({ referenceDate: '2024-02-16', kinds });
  const facts: Fact[] = [];
  let blocks = 0;
  for (let rest = text; rest.length > 0; blocks++) {
    const cut = blockCut(rest, limit);
    facts.push(...extractor.add(rest.slice(0, cut)));
    rest = rest.slice(cut);
  }
  return { facts, blocks, summary: extractor.finish() };
}

describe('BlockExtractor', () => {
  const text = Array.from({ length: 12 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n\n') + '\n';

  it('gives the dates, money and percentages of the whole text, with document offsets', () => {
    const kinds: Fact['kind'][] = ['date', 'money', 'percent'];
    const whole = extract(text, { referenceDate: '2024-02-16', kinds });
    const { facts, blocks, summary } = runInBlocks(text, 200, kinds);
    expect(blocks).toBeGreaterThan(4);
    expect(facts).toEqual(whole.facts);
    expect(summary.counts).toEqual(whole.counts);
    expect(summary.length).toBe(text.length);
  });

  it('keeps offsets, sentence numbers and sorting right for every kind', () => {
    const { facts, summary } = runInBlocks(text, 300);
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (let i = 1; i < facts.length; i++) {
      expect(facts[i].start).toBeGreaterThanOrEqual(facts[i - 1].start);
      expect(facts[i].sentence).toBeGreaterThanOrEqual(facts[i - 1].sentence);
    }
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(facts.length);
  });

  it('gives an entity one id across blocks, with its mentions summed', () => {
    const { facts, summary } = runInBlocks(text, 300);
    const ids = new Set(summary.entities.map((e) => e.id));
    expect(ids.size).toBe(summary.entities.length);
    for (const e of summary.entities) {
      const mentions = facts.filter((f) => 'entityId' in f && f.entityId === e.id);
      expect(mentions.length).toBe(e.mentions);
      for (const m of mentions) expect(m.value).toBe(e.canonical);
    }
  });

  it('keeps the reference date found at the top for every block', () => {
    const dated = 'date 2023-06-01\n\n' + 'Prices rose on Tuesday.\n\n'.repeat(40);
    const extractor = new BlockExtractor({ kinds: ['date'] });
    const facts: Fact[] = [];
    for (let rest = dated; rest.length > 0; ) {
      const cut = blockCut(rest, 100);
      facts.push(...extractor.add(rest.slice(0, cut)));
      rest = rest.slice(cut);
    }
    expect(extractor.finish()).toMatchObject({ referenceDate: '2023-06-01', referenceDateSource: 'header' });
    const tuesdays = facts.filter((f) => f.text === 'Tuesday');
    expect(tuesdays.length).toBe(40);
    expect(new Set(tuesdays.map((f) => f.value)).size).toBe(1);
  });
});
