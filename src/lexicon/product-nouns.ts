/**
 * Nouns of goods sold by brand, which make the one name before them a brand, not a place or a
 * person: "Kent cigarettes", "Dunhill cigars", "Stolichnaya vodka".
 */
export const BRAND_NOUNS: ReadonlySet<string> = new Set([
  'cigarette', 'cigarettes', 'cigar', 'cigars', 'beer', 'beers', 'lager', 'vodka', 'whisky', 'whiskey', 'brandy',
  'cola', 'jeans', 'sneakers', 'perfume', 'lipstick', 'cereal', 'detergent',
]);

/**
 * Nouns of devices and programs, which make a brand name before them a product line, not its
 * maker: "the ThinkPad brand", "MacBook Air laptops", "the PlayStation console".
 */
export const DEVICE_NOUNS: ReadonlySet<string> = new Set([
  'brand', 'laptop', 'laptops', 'notebook', 'notebooks', 'tablet', 'tablets', 'computer', 'computers', 'phone', 'phones',
  'smartphone', 'smartphones', 'handset', 'handsets', 'console', 'consoles', 'device', 'devices', 'player', 'players',
  'software', 'app', 'apps', 'program', 'programs', 'browser', 'headset', 'headsets', 'range', 'line', 'lineup', 'models',
  'tool', 'tools', 'chatbot', 'chatbots',
]);

/**
 * Nouns of vehicles that news names by make and model, which make the run before them a model,
 * not a person or a place: "Ford Explorer pickups", "Lincoln Aviator SUVs", "Boeing 737 MAX jets".
 * Engines are left out: their makers' names stand before them alone ("Pratt & Whitney engines").
 */
export const VEHICLE_NOUNS: ReadonlySet<string> = new Set([
  'car', 'cars', 'sedan', 'sedans', 'saloon', 'saloons', 'pickup', 'pickups', 'truck', 'trucks', 'van', 'vans',
  'minivan', 'minivans', 'hatchback', 'hatchbacks', 'crossover', 'crossovers', 'coupe', 'coupes', 'vehicle', 'vehicles',
  'motorcycle', 'motorcycles', 'scooter', 'scooters', 'jet', 'jets', 'jetliner', 'jetliners', 'airliner', 'airliners',
  'aircraft', 'plane', 'planes', 'helicopter', 'helicopters', 'drone', 'drones', 'missile', 'missiles',
  // the acronyms of kinds of car, which a capital joins to the model's run: "Ford Explorer SUVs"
  'suv', 'suvs', 'ev', 'evs',
]);

/**
 * Heads of the names of spacecraft and instruments, which news names for people and places
 * ("the James Webb Space Telescope", "the Parker Solar Probe", "the Perseverance rover"): the
 * craft is neither a person nor a body, and its namesake is no mention of the person.
 */
export const CRAFT_HEADS: ReadonlySet<string> = new Set(['telescope', 'probe', 'rover', 'lander', 'orbiter', 'spacecraft']);
