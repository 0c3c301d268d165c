/**
 * The scenario layer: file format (zod), loading with diagnostics, lint, and compilation for the engine.
 * Browser-safe; Node code reads files with `loadScenarioFile` from `./node-load`.
 */
export * from './schema';
export { compileScenario, firstBeat, nextInOrder, type CompiledBeat, type CompiledScenario } from './compile';
export { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic, type Finding, type Severity } from './diagnostics';
export { loadScenarioText, type LoadResult } from './load';
export { lintScenario, type LintOptions, type LintReplyContext } from './lint';
export { validateScenarioData, type ValidationResult } from './validate';
export { fromPointer, toPointer, type JsonPath } from './json-locate';
export { scenarioJsonSchema, scenarioJsonSchemaText, SCHEMA_FILE_NAME } from './json-schema';
