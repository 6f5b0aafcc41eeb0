export type PlaceType = 'country' | 'state' | 'city' | 'region';

export interface Place {
  /** The name we report: "United States" for "the U.S.", "USA" and "United States of America". */
  canonical: string;
  type: PlaceType;
}
