/**
 * Formula One and other motor racing teams of the 1990s and since that race reports name by one
 * word that is a surname, a country or an English word ("Williams", "Jordan", "Arrows"),
 * lower-cased. In a motor racing report the word alone is the team; a full name ("Frank
 * Williams", "Eddie Jordan") stays the person.
 */
export const RACING_TEAMS: ReadonlySet<string> = new Set([
  'williams', 'ferrari', 'benetton', 'mclaren', 'jordan', 'sauber', 'ligier', 'tyrrell', 'minardi', 'arrows', 'footwork',
  'forti', 'stewart', 'prost', 'lotus', 'simtek', 'larrousse', 'brabham', 'toleman', 'penske', 'ganassi',
  'newman-haas', 'rahal', 'red bull', 'toro rosso', 'force india',
]);
