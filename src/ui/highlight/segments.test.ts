import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentText } from './segments';

const join = (segs: { text: string }[]) => segs.map((s) => s.text).join('');

describe('segmentText', () => {
  it('splits overlapping highlights into runs carrying every covering move', () => {
    const text = 'I hear you, the logs show it';
    //            0123456789012345678901234567
    const segs = segmentText(text, [
      { move: 'acknowledge', start: 0, end: 10 },
      { move: 'evidence', start: 7, end: 20 },
    ]);
    expect(segs.map((s) => [s.text, s.moves])).toEqual([
      ['I hear ', ['acknowledge']],
      ['you', ['acknowledge', 'evidence']],
      [', the logs', ['evidence']],
      [' show it', []],
    ]);
  });

  it("tells the learned model's marks from a rule's, per move: a rule's span of the same move wins", () => {
    const text = 'the infra folks again';
    //            012345678901234567890
    const segs = segmentText(text, [
      { move: 'blame', start: 0, end: 15, source: 'learned' },
      { move: 'blame', start: 4, end: 9 },
      { move: 'hostility', start: 16, end: 21, source: 'learned' },
      { move: 'evidence', start: 16, end: 21, source: 'something else' },
    ]);
    expect(segs.map((s) => [s.text, s.moves, s.learned])).toEqual([
      ['the ', ['blame'], ['blame']],
      ['infra', ['blame'], []],
      [' folks', ['blame'], ['blame']],
      [' ', [], []],
      ['again', ['hostility', 'evidence'], ['hostility']],
    ]);
  });

  it('clamps out-of-range offsets and drops unusable ones without throwing', () => {
    const text = 'blame them';
    const segs = segmentText(text, [
      { move: 'blame', start: -5, end: 5 },
      { move: 'hostility', start: 8, end: 999 },
      { move: 'evidence', start: 7, end: 3 },
      { move: 'deferral', start: Number.NaN, end: 4 },
      { move: 'ownership', start: 20, end: 30 },
      null,
      'junk',
      { move: '', start: 0, end: 3 },
      { move: 'acknowledge', start: '1', end: 2 },
    ]);
    expect(join(segs)).toBe(text);
    expect(segs.filter((s) => s.moves.length).map((s) => [s.text, s.moves])).toEqual([
      ['blame', ['blame']],
      ['em', ['hostility']],
    ]);
  });

  it('never cuts an emoji in half: offsets inside a surrogate pair widen to the whole character', () => {
    const text = 'ok 🔥 fire';
    // The emoji occupies UTF-16 units 3 and 4; 4 points between its halves.
    const segs = segmentText(text, [{ move: 'hostility', start: 4, end: 10 }]);
    const marked = segs.find((s) => s.moves.length > 0)!;
    expect(marked.text).toBe('🔥 fire');
    const ending = segmentText(text, [{ move: 'evidence', start: 0, end: 4 }]);
    expect(ending[0]!.text).toBe('ok 🔥');
    expect(ending[1]!.text).toBe(' fire');
  });

  it('returns the text as one plain run with no highlights, and nothing for empty text', () => {
    expect(segmentText('hello', undefined)).toEqual([{ start: 0, end: 5, text: 'hello', moves: [], learned: [] }]);
    expect(segmentText('', [{ move: 'blame', start: 0, end: 3 }])).toEqual([]);
  });

  it('always reassembles the original text and keeps well-formed surrogate pairs (property)', () => {
    const span = fc.record({
      move: fc.constantFrom('acknowledge', 'blame', 'evidence'),
      start: fc.integer({ min: -5, max: 40 }),
      end: fc.integer({ min: -5, max: 40 }),
    });
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.array(span, { maxLength: 6 }), (text, spans) => {
        const segs = segmentText(text, spans);
        expect(join(segs)).toBe(text);
        for (const s of segs) {
          expect(s.text.length).toBeGreaterThan(0);
          // No lone surrogates at the edges of a segment.
          expect(/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(s.text)).toBe(false);
        }
      }),
    );
  });
});
