import { lookupTable } from '../lookup-table';
/**
 * Abbreviations that news prose uses for countries and that the country package does not list
 * (it lists only ISO codes, which collide with words: "IN", "IT", "NO"). Keyed by ISO 3166 alpha-2.
 */
export const COUNTRY_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = lookupTable({
  US: ['US', 'U.S.', 'U.S', 'U.S.A.', 'USA', 'America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  AE: ['UAE', 'U.A.E.'],
  KP: ['DPRK'],
  CN: ['PRC', 'P.R.C.'],
  CD: ['DRC'],
  KR: ['ROK'],
  NZ: ['NZ'],
});

/**
 * Former countries that wire stories still name ("the Soviet Union"), and the nations of the
 * United Kingdom, which field their own national sides ("England beat Wales").
 */
export const FORMER_COUNTRIES: readonly string[] = [
  'Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany', 'Zaire', 'Burma',
  'Byelorussia', 'Belorussia', 'Moldavia', 'Kirghizia', 'Ceylon', 'Siam', 'Persia', 'Rhodesia', 'Dahomey', 'Upper Volta',
  'England', 'Scotland', 'Wales', 'Northern Ireland',
];
