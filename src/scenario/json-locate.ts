/**
 * JSON text -> syntax tree with offsets, and the small helpers that turn a path inside the data into a JSON pointer
 * (RFC 6901) and a 1-based line:column in the file. Browser-safe: no Node imports.
 */
import { findNodeAtOffset, getNodePath, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** A path into parsed JSON data: object keys and array indices. */
export type JsonPath = readonly (string | number)[];

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units (what editors count for all but astral characters). */
  column: number;
}

export interface JsonSyntaxError {
  offset: number;
  /** Where to look up the enclosing node for the error's JSON pointer (the container, for a trailing comma). */
  nodeOffset: number;
  length: number;
  code: 'json-syntax' | 'json-comment' | 'json-trailing-comma';
  message: string;
}

export interface ParsedJson {
  root: Node | undefined;
  errors: JsonSyntaxError[];
}

/** Encode a path as a JSON pointer (RFC 6901): `~` -> `~0`, `/` -> `~1`; the root is the empty string. */
export function toPointer(path: JsonPath): string {
  return path.map((seg) => '/' + String(seg).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Decode a JSON pointer into its segments (all strings; array indices stay digit strings). */
export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((seg) => seg.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Offsets at which each line starts; pass to `positionAt`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) starts.push(i + 1);
    else if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column of a character offset. */
export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Author-facing messages by jsonc-parser error name (its `ParseErrorCode` is an ambient const enum). */
const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character; JSON strings and property names use double quotes, and true/false/null are lowercase',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the property name',
  CommaExpected: 'expected "," between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the JSON document',
  InvalidCommentToken: 'comments are not allowed in JSON; move the note into a text field or delete it',
  UnexpectedEndOfComment: 'unterminated comment (comments are not allowed in JSON)',
  UnexpectedEndOfString: 'unterminated string: add the closing double quote',
  UnexpectedEndOfNumber: 'incomplete number',
  InvalidUnicode: 'invalid \\u escape: it needs four hex digits',
  InvalidEscapeCharacter: 'invalid escape sequence in a string',
  InvalidCharacter: 'raw control character in a string; write line breaks as \\n and tabs as \\t',
};

/** Errors the parser raises right after an unexpected character, as a consequence of it. */
const CASCADE = new Set(['ValueExpected', 'PropertyNameExpected', 'ColonExpected', 'CommaExpected']);

/** Offset of the last non-whitespace character before `offset`, or -1. */
function previousSignificant(text: string, offset: number): number {
  for (let i = offset - 1; i >= 0; i--) {
    if (!/\s/.test(text[i]!)) return i;
  }
  return -1;
}

/**
 * Parse strict JSON (no comments, no trailing commas) into a tree with offsets. The tree is built even when there
 * are errors (best effort), so callers can still locate things; every error is reported once per position.
 */
export function parseJson(text: string): ParsedJson {
  const raw: ParseError[] = [];
  const root = parseTree(text, raw, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const errors: JsonSyntaxError[] = [];
  const seen = new Set<number>();
  /** End of the last unexpected-character error: the parser's complaint about the very next token is noise. */
  let invalidEnd = -1;
  for (const err of raw) {
    let { offset, length } = err;
    const nodeOffset = offset;
    let code: JsonSyntaxError['code'] = 'json-syntax';
    const name = printParseErrorCode(err.error);
    if (name === 'InvalidSymbol') {
      invalidEnd = offset + length;
    } else if (invalidEnd >= 0 && offset >= invalidEnd && text.slice(invalidEnd, offset).trim() === '' && CASCADE.has(name)) {
      invalidEnd = -1;
      continue;
    }
    let message = SYNTAX_MESSAGES[name] ?? 'invalid JSON';
    const closer = text[offset];
    const prev = previousSignificant(text, offset);
    if (
      (name === 'PropertyNameExpected' || name === 'ValueExpected') &&
      (closer === '}' || closer === ']') &&
      prev >= 0 &&
      text[prev] === ','
    ) {
      code = 'json-trailing-comma';
      message = `trailing comma before "${closer}" is not allowed in JSON; delete it`;
      offset = prev;
      length = 1;
    } else if (name === 'InvalidCommentToken' || name === 'UnexpectedEndOfComment') {
      code = 'json-comment';
    } else if (name === 'ValueExpected' && offset >= text.length) {
      message = text.trim() === '' ? 'the file is empty; a scenario is a JSON object' : 'unexpected end of file: expected a value';
    }
    if (seen.has(offset)) continue;
    seen.add(offset);
    errors.push({ offset, nodeOffset, length, code, message });
  }
  return { root, errors };
}

/** The path of the deepest node that contains `offset` (for pointing syntax errors into the document). */
export function pathAtOffset(root: Node | undefined, offset: number): JsonPath {
  if (!root) return [];
  const node = findNodeAtOffset(root, offset, true);
  return node ? getNodePath(node) : [];
}

export interface Located {
  /** The node found: the requested one, or its nearest existing ancestor. */
  node: Node | undefined;
  /** True if the requested node itself exists. */
  exact: boolean;
}

/**
 * Find the node at `path`. With `key: true`, return the property-name node of the last segment (for unknown or
 * invalid keys). If the path does not exist, return the nearest existing ancestor (e.g. the object a required
 * property is missing from). With duplicate keys the last one wins, as in `JSON.parse`.
 */
export function locate(root: Node | undefined, path: JsonPath, options: { key?: boolean } = {}): Located {
  let node = root;
  if (!node) return { node: undefined, exact: false };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (node.type === 'object' && node.children) {
      let prop: Node | undefined;
      for (let k = node.children.length - 1; k >= 0; k--) {
        const candidate = node.children[k]!;
        if (candidate.children?.[0]?.value === String(seg)) {
          prop = candidate;
          break;
        }
      }
      if (!prop) return { node, exact: false };
      if (last && options.key) return { node: prop.children?.[0] ?? prop, exact: true };
      const value: Node | undefined = prop.children?.[1];
      if (!value) return { node: prop, exact: false };
      node = value;
    } else if (node.type === 'array' && node.children) {
      const index = typeof seg === 'number' ? seg : /^\d+$/.test(seg) ? Number(seg) : -1;
      const child: Node | undefined = index >= 0 ? node.children[index] : undefined;
      if (!child) return { node, exact: false };
      node = child;
    } else {
      return { node, exact: false };
    }
  }
  return { node, exact: true };
}
