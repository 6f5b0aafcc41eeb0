/**
 * `state` is a first-level division news uses to qualify a city ("Irving, Texas"); `division` is
 * any other state, province, region or county, which names a place but qualifies none; `feature`
 * is a river, range, sea or desert; `site` a building or street ("the White House").
 */
export type PlaceType = 'country' | 'state' | 'city' | 'region' | 'division' | 'feature' | 'site';

export interface Place {
  /** The name we report: "United States" for "the U.S.", "USA" and "United States of America". */
  canonical: string;
  type: PlaceType;
  /** A city's population, kept for the cities whose names are also words or given names. */
  population?: number;
}
