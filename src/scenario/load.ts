/**
 * Loading a scenario is two steps, as inkjs does it: validate (collect every diagnostic, graded error/warning, each
 * pinned to file, JSON pointer and line:column), then compile. Browser-safe; `node-load.ts` adds reading from disk.
 */
import type { Scenario } from './schema';
import { getNodeValue } from 'jsonc-parser';
import { compileScenario, type CompiledScenario } from './compile';
import { DiagnosticPlacer, hasErrors, sortDiagnostics, type Diagnostic, type Finding } from './diagnostics';
import { parseJson, pathAtOffset, toPointer, type JsonPath } from './json-locate';
import { lintScenario, type LintOptions } from './lint';
import { validateScenarioData } from './validate';
import type { Node } from 'jsonc-parser';

export interface LoadResult {
  /** True when there is no error (warnings allowed); `scenario` is then set. */
  ok: boolean;
  scenario?: CompiledScenario;
  /** Every problem found, in file order. */
  diagnostics: Diagnostic[];
}

/** Keys that appear twice in one object: JSON.parse would silently keep the last. */
function duplicateKeys(node: Node | undefined, path: JsonPath, out: Finding[]): void {
  if (!node?.children) return;
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const prop of node.children) {
      const key = prop.children?.[0]?.value;
      if (typeof key !== 'string') continue;
      if (seen.has(key)) {
        out.push({
          path: [...path, key],
          severity: 'error',
          code: 'duplicate-key',
          message: `property "${key}" appears twice in this object; only the last one would count`,
          at: 'key',
        });
      }
      seen.add(key);
      duplicateKeys(prop.children?.[1], [...path, key], out);
    }
  } else if (node.type === 'array') {
    node.children.forEach((child, i) => duplicateKeys(child, [...path, i], out));
  }
}

/**
 * Parse, validate, lint and compile one scenario file's text. `file` is only used to label diagnostics.
 * JSON syntax errors stop the load (the data would be guesswork). With schema errors, the graph lint still runs on
 * a best-effort basis (see `lintDespiteSchemaErrors`), so an author sees every problem at once.
 */
export function loadScenarioText(text: string, file: string, options: LintOptions = {}): LoadResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { root, errors } = parseJson(source);
  const placer = new DiagnosticPlacer(file, source, root);

  if (errors.length > 0 || !root) {
    const diagnostics = errors.map((e) =>
      placer.atOffset(e.offset, toPointer(pathAtOffset(root, e.nodeOffset)), 'error', e.code, e.message),
    );
    return { ok: false, diagnostics: sortDiagnostics(diagnostics) };
  }

  const findings: Finding[] = [];
  duplicateKeys(root, [], findings);
  const validation = validateScenarioData(getNodeValue(root));
  findings.push(...validation.findings);
  if (validation.ok) findings.push(...lintScenario(validation.data, options));
  else findings.push(...lintDespiteSchemaErrors(getNodeValue(root), validation.findings));

  const diagnostics = sortDiagnostics(findings.map((f) => placer.place(f)));
  if (!validation.ok || hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, scenario: compileScenario(validation.data), diagnostics };
}

/**
 * The graph lint over data that failed the schema: it runs on the raw data as far as it can (without the scorer),
 * and keeps only findings away from the schema errors, so an unknown speaker is reported in the same round as a
 * missing field elsewhere. Data too broken to walk (a lint that throws) yields nothing extra.
 */
function lintDespiteSchemaErrors(data: unknown, schemaFindings: readonly Finding[]): Finding[] {
  const broken = schemaFindings.map((f) => f.path.join('/'));
  const nearSchemaError = (f: Finding) => {
    const path = f.path.join('/');
    return broken.some((b) => path === b || path.startsWith(`${b}/`) || b.startsWith(`${path}/`));
  };
  try {
    return lintScenario(data as Scenario, {}).filter((f) => !nearSchemaError(f));
  } catch {
    return [];
  }
}
