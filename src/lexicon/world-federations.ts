/**
 * Sports whose world governing body is named "World" and the sport, lower-cased: "World
 * Athletics", "World Rugby", "World Aquatics", "World Table Tennis". Not the sports whose body
 * goes by initials (FIFA, the UCI, FIBA), where "World" and the sport name a championship.
 */
export const WORLD_FEDERATION_SPORTS: ReadonlySet<string> = new Set([
  'athletics', 'rugby', 'aquatics', 'triathlon', 'archery', 'sailing', 'skate', 'boxing', 'curling', 'squash',
  'taekwondo', 'karate', 'netball', 'rowing', 'bowls', 'table tennis', 'snooker', 'lacrosse', 'pentathlon',
]);
