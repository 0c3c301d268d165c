/**
 * Diagnostics: what the loader tells a scenario author, each pinned to a file, a JSON pointer and a line:column.
 */
import type { Node } from 'jsonc-parser';
import { lineStarts, locate, positionAt, toPointer, type JsonPath } from './json-locate';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  /** RFC 6901 JSON pointer of the node concerned; '' is the whole document. */
  pointer: string;
  /** 1-based line of the node, or of its nearest existing parent when the node is missing. */
  line: number;
  /** 1-based column, as above. */
  column: number;
  severity: Severity;
  /** Stable kebab-case identifier of the kind of problem, e.g. `unknown-stakeholder`. */
  code: string;
  message: string;
}

/** A problem found in parsed data, not yet placed in the file. */
export interface Finding {
  path: JsonPath;
  severity: Severity;
  code: string;
  message: string;
  /** Point at the property name rather than its value (unknown or invalid keys). */
  at?: 'key';
}

/** `FILE:LINE:COL severity POINTER message`; the document root prints as `(root)`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.pointer === '' ? '(root)' : d.pointer} ${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sort by position in the file, keeping the order of discovery for ties. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
    .map(({ d }) => d);
}

/** Places findings and raw offsets in one file's text. */
export class DiagnosticPlacer {
  private readonly starts: number[];

  constructor(
    private readonly file: string,
    text: string,
    private readonly root: Node | undefined,
  ) {
    this.starts = lineStarts(text);
  }

  /** A diagnostic at a character offset. */
  atOffset(offset: number, pointer: string, severity: Severity, code: string, message: string): Diagnostic {
    const { line, column } = positionAt(this.starts, offset);
    return { file: this.file, pointer, line, column, severity, code, message };
  }

  /** A diagnostic for a finding: at its node, or at the nearest existing parent when the node is missing. */
  place(finding: Finding): Diagnostic {
    const found = locate(this.root, finding.path, { key: finding.at === 'key' });
    return this.atOffset(found.node?.offset ?? 0, toPointer(finding.path), finding.severity, finding.code, finding.message);
  }
}
