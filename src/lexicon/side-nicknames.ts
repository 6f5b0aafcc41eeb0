/**
 * Nicknames that the press gives football, rugby and cricket clubs and national sides, and the
 * US college teams, which compromise's lexicon of professional teams lacks, lower-cased: "the
 * Gunners" (Arsenal), "the Nerazzurri" (Inter), "the Three Lions" (England), "the Springboks"
 * (South Africa), "the Buckeyes" (Ohio State). Like a professional team's nickname, one names the
 * side after "the" or in a line of results. No npm data package lists them, so the list is kept
 * by hand; it holds only nicknames that name nothing else in the news.
 */
export const SIDE_NICKNAMES: ReadonlySet<string> = new Set([
  // English and Scottish football
  'gunners', 'spurs', 'blues', 'red devils', 'hammers', 'toffees', 'magpies', 'foxes', 'seagulls',
  'canaries', 'hornets', 'villans', 'cherries', 'baggies', 'owls', 'blades', 'black cats', 'rams', 'tractor boys',
  'cottagers', 'clarets', 'potters', 'addicks', 'hoops', 'gers', 'bhoys', 'jambos', 'hibees',
  // the rest of Europe
  'nerazzurri', 'rossoneri', 'bianconeri', 'giallorossi', 'biancocelesti', 'partenopei', 'blaugrana', 'colchoneros',
  'merengues', 'azzurri', 'oranje', 'selecao', 'seleção',
  // national sides of football, rugby and cricket
  'three lions', 'lionesses', 'socceroos', 'matildas', 'all blacks', 'wallabies', 'springboks', 'black caps',
  'proteas', 'brave blossoms', 'black ferns', 'red roses',
  // US college sport
  'buckeyes', 'wolverines', 'crimson tide', 'longhorns', 'blue devils', 'tar heels', 'fighting irish', 'nittany lions',
  'seminoles', 'hoosiers', 'sooners', 'jayhawks', 'gators',
]);
