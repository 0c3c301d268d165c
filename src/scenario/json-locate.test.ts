import { describe, expect, it } from 'vitest';
import { fromPointer, lineStarts, locate, parseJson, positionAt, toPointer } from './json-locate';

describe('JSON pointers (RFC 6901)', () => {
  it('escapes ~ and / and round-trips', () => {
    const path = ['phases', 1, 'a/b', 'c~d', ''];
    expect(toPointer(path)).toBe('/phases/1/a~1b/c~0d/');
    expect(fromPointer(toPointer(path))).toEqual(['phases', '1', 'a/b', 'c~d', '']);
    expect(toPointer([])).toBe('');
    expect(() => fromPointer('phases')).toThrow();
  });
});

describe('positions', () => {
  it('counts 1-based lines and columns across LF, CRLF and CR line breaks', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const starts = lineStarts(text);
    expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(starts, text.indexOf('d'))).toEqual({ line: 2, column: 2 });
    expect(positionAt(starts, text.indexOf('e'))).toEqual({ line: 3, column: 1 });
    expect(positionAt(starts, text.indexOf('h'))).toEqual({ line: 4, column: 2 });
  });
});

describe('locate', () => {
  const text = '{\n  "a": [\n    { "b": 1 }\n  ],\n  "a/b": true,\n  "dup": 1,\n  "dup": 2\n}';
  const { root, errors } = parseJson(text);
  const at = (path: (string | number)[], key = false) => {
    const found = locate(root, path, { key });
    return { ...positionAt(lineStarts(text), found.node!.offset), exact: found.exact };
  };

  it('finds values, keys, and keys containing a slash', () => {
    expect(errors).toEqual([]);
    expect(at(['a', 0, 'b'])).toEqual({ line: 3, column: 12, exact: true });
    expect(at(['a', 0, 'b'], true)).toEqual({ line: 3, column: 7, exact: true });
    expect(at(['a/b'])).toEqual({ line: 5, column: 10, exact: true });
  });

  it('falls back to the nearest existing parent for a missing node', () => {
    expect(at(['a', 0, 'missing'])).toEqual({ line: 3, column: 5, exact: false });
    expect(at(['a', 7, 'b'])).toEqual({ line: 2, column: 8, exact: false });
    expect(at(['nope', 'deeper'])).toEqual({ line: 1, column: 1, exact: false });
  });

  it('takes the last of duplicate keys, as JSON.parse does', () => {
    expect(at(['dup'])).toEqual({ line: 7, column: 10, exact: true });
  });
});
