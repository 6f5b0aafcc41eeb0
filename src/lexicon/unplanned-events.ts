/**
 * Events no one schedules, lower-cased: a day that owns one ("after Friday's earthquake",
 * "Sunday's bombing") has passed, whatever the tense of the clause around it. Storms and
 * strikes are left out, since forecasts and unions announce them ahead.
 */
export const UNPLANNED_EVENT_NOUNS: ReadonlySet<string> = new Set([
  'earthquake', 'quake', 'tsunami', 'aftershock', 'eruption', 'landslide', 'mudslide', 'avalanche', 'flooding',
  'attack', 'attacks', 'bombing', 'bombings', 'blast', 'blasts', 'explosion', 'explosions', 'shooting', 'shootings',
  'massacre', 'killing', 'killings', 'ambush', 'assassination', 'murder', 'stabbing', 'coup', 'riot', 'riots',
  'crash', 'collision', 'derailment', 'accident', 'collapse', 'fire', 'blaze', 'stampede', 'sinking', 'shipwreck',
  'outage', 'spill', 'leak', 'hijacking', 'kidnapping', 'abduction',
]);
