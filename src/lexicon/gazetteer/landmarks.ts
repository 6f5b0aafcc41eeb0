/**
 * Seats of government that news names for the government inside them ("the White House said",
 * "the Kremlin denied"). Annotated news keeps them as places, and no data package lists them;
 * ones with a head word ("Downing Street", "Elysee Palace") the place-head rule already finds.
 */
export const SEATS_OF_GOVERNMENT: readonly string[] = [
  'White House', 'Kremlin', 'Capitol Hill', 'Whitehall', 'Elysee', 'Élysée', 'Zhongnanhai', 'Blue House',
  'Quai d\'Orsay', 'Foggy Bottom', 'Vatican', 'Holy See',
];

/**
 * Sports grounds, circuits and courses that wire copy names with no head word ("at Old Trafford",
 * "the test at The Oval", "won at Silverstone"). News annotation keeps a ground as a place, and
 * no data package lists them; grounds named with a head ("Villa Park", "Elland Road", "Eden
 * Gardens") the place-head rule already finds. Names that are mostly a club's or an event's are
 * left out ("Wimbledon", "Crystal Palace").
 */
export const SPORTS_GROUNDS: readonly string[] = [
  // football and rugby grounds
  'Old Trafford', 'Anfield', 'Highbury', 'Wembley', 'Murrayfield', 'Twickenham', 'Ibrox', 'Parkhead', 'Hampden',
  'White Hart Lane', 'Hillsborough', 'Bernabeu', 'Santiago Bernabeu', 'Nou Camp', 'Camp Nou', 'Maracana', 'Heysel',
  'Delle Alpi', 'Parc des Princes', 'Stade de France', 'Olympiastadion', 'De Kuip', 'Bislett', 'Letzigrund',
  // cricket grounds
  'The Oval', 'Headingley', 'Edgbaston', 'Trent Bridge', 'Newlands', 'Kingsmead', 'Gabba', 'Basin Reserve',
  // tennis, motor racing, golf and horse racing
  'Flushing Meadows', 'Flushing Meadow', 'Roland Garros', 'Silverstone', 'Nurburgring', 'Hockenheimring', 'Brands Hatch',
  'Interlagos', 'Magny-Cours', 'Spa-Francorchamps', 'Valderrama', 'Muirfield', 'Carnoustie', 'Turnberry', 'Sawgrass',
  'Royal Birkdale', 'Augusta National', 'Longchamp', 'Ascot', 'Aintree', 'Epsom', 'Goodwood', 'Flemington', 'Santa Anita',
];

/**
 * Grounds named in the possessive, lower-cased without the "'s" that the tokens keep apart
 * ("at Lord's", "at Lord 's"): "Lord" alone is a title, so the possessive makes the ground.
 */
export const POSSESSIVE_GROUNDS: ReadonlySet<string> = new Set(['lord']);

/**
 * Airports that wire copy names with no head word ("flights from Heathrow", "landed at Narita").
 * News annotation keeps an airport as a place (a facility where that type exists), and the
 * place-head rule finds only names with "Airport"; a name that is mostly a city's, a person's or
 * a word is left out ("Kennedy", "Logan", "Newark", "Midway").
 */
export const AIRPORTS: readonly string[] = [
  'Heathrow', 'Gatwick', 'Stansted', 'Schiphol', 'Narita', 'Haneda', 'Changi', 'Kai Tak', 'Chek Lap Kok', 'Orly',
  'Roissy', 'Fiumicino', 'Malpensa', 'Linate', 'Barajas', 'Zaventem', 'Kastrup', 'Arlanda', 'Tegel', 'Schoenefeld',
  'Schönefeld', 'Sheremetyevo', 'Domodedovo', 'Pulkovo', "O'Hare", 'Ben Gurion', 'Kimpo', 'Gimpo', 'Incheon',
  'Okecie', 'Ferihegy', 'Ruzyne', 'Otopeni', 'Kloten', 'Entebbe', 'Jomo Kenyatta',
];

/**
 * Districts and streets of big cities that news names with no head word and often no cue ("a
 * flat in Mayfair", "the show moved to Broadway", "bars in Shinjuku"). No data package lists
 * the parts of cities; names that are mostly a surname, a club's or a product's are left out
 * ("Watts", "Chelsea", "Malibu").
 */
export const CITY_DISTRICTS: readonly string[] = [
  'Broadway', 'Tribeca', 'Anacostia', 'Haight-Ashbury', 'Chinatown', 'Mayfair', 'Knightsbridge', 'Belgravia',
  'Shoreditch', 'Brixton', 'Docklands', 'Montmartre', 'Kreuzberg', 'Trastevere', 'Ginza', 'Shinjuku', 'Shibuya',
  'Wan Chai', 'Mong Kok', 'Copacabana', 'Ipanema', 'Leblon',
];
