/**
 * Modules made at build time by `scripts/vite-scenario-index.ts` from the files in `scenarios/`.
 */

declare module 'virtual:scenario-index' {
  /** The Start screen's cards: the default scenario first, then by title; files that fail to load last. */
  export const entries: import('./scenario-catalog').CatalogEntry[];
  /** The compiled scenario of a playable entry, from its own chunk; rejects for an unknown id. */
  export const loadScenario: import('./scenario-catalog').ScenarioLoader;
}

declare module 'virtual:scenario/*' {
  /** One compiled scenario, validated and compiled at build time. */
  const scenario: import('../scenario/compile').CompiledScenario;
  export default scenario;
}
