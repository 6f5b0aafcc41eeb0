import type { Token } from './tokens';

// Participles that give goods their maker: "vaccines made by Bavarian Nordic", "jets built by Embraer".
const MAKER_PARTICIPLES = new Set(['made', 'built', 'manufactured', 'produced', 'supplied', 'assembled']);
// Goods a firm makes, not a person: a film or a song "made by" someone names its artist.
const GOODS_NOUNS = new Set([
  'vaccine', 'vaccines', 'drug', 'drugs', 'medicine', 'medicines', 'pill', 'pills', 'jet', 'jets', 'aircraft', 'plane',
  'planes', 'airliner', 'airliners', 'helicopter', 'helicopters', 'chip', 'chips', 'semiconductors', 'car', 'cars',
  'vehicle', 'vehicles', 'truck', 'trucks', 'bus', 'buses', 'train', 'trains', 'engine', 'engines', 'turbine', 'turbines',
  'phone', 'phones', 'smartphone', 'smartphones', 'handset', 'handsets', 'device', 'devices', 'satellite', 'satellites',
  'rocket', 'rockets', 'missile', 'missiles', 'drone', 'drones', 'tank', 'tanks', 'ship', 'ships', 'vessel', 'vessels',
  'battery', 'batteries', 'panel', 'panels', 'equipment', 'components', 'parts', 'products', 'goods', 'cigarettes',
  'tyres', 'tires', 'steel', 'cement', 'fertiliser', 'fertilizer', 'weapons', 'rifles', 'ammunition', 'shells',
  'doses', 'shots', 'jabs', 'tablets', 'kits', 'machines', 'laptops', 'computers', 'reactors', 'locomotives', 'boats',
]);
// Words between the goods and the participle: "jets, built by", "the vaccines being made by".
const GOODS_REACH = 3;

/**
 * "vaccines made by Bavarian Nordic", "drones built by Baykar", "chips manufactured by TSMC":
 * the maker of goods is a firm.
 */
export function isGoodsMaker(tokens: Token[], from: number): boolean {
  if (tokens[from - 1]?.lower !== 'by' || !MAKER_PARTICIPLES.has(tokens[from - 2]?.lower ?? '')) return false;
  for (let k = from - 3; k >= Math.max(0, from - 2 - GOODS_REACH); k--) {
    if (GOODS_NOUNS.has(tokens[k].lower)) return true;
    if (tokens[k].cap || !tokens[k].word) return false;
  }
  return false;
}
