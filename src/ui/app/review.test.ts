import { describe, expect, it } from 'vitest';
import { keywordScorer, tinyScenario } from '../../../tests/fixtures/engine-fixtures';
import { bestStrategy, playMeeting } from '../../engine/headless';
import { exportPayload } from '../screens/debrief/debrief-data';
import { MAX_REVIEW_CHARS, parseReview } from './review';

function exported(): string {
  const run = playMeeting({ input: { scenario: tinyScenario() }, scorer: keywordScorer, strategy: bestStrategy() });
  const report = { score: 88, level: 'Proficient', levelReasons: ['Good.'], moveRates: { acknowledge: 0.5 } };
  return exportPayload(run.context, report, new Date('2026-11-27T10:00:00Z'));
}

describe('reading an exported transcript', () => {
  it('reads back what "Export transcript" writes: scenario, outcome, report and every entry', () => {
    const text = exported();
    const result = parseReview(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const original = JSON.parse(text) as { transcript: unknown[] };
    expect(result.review).toMatchObject({ scenarioId: 'tiny', outcome: 'completed', report: { score: 88, level: 'Proficient' } });
    expect(result.review.transcript).toEqual(original.transcript);
  });

  it('says plainly what is wrong with a file that is not one, and loads nothing', () => {
    expect(parseReview('{"app":', 'notes.json')).toEqual({ ok: false, message: expect.stringMatching(/^notes.json is not JSON/) });
    expect(parseReview('{"hello": 1}')).toMatchObject({ ok: false, message: expect.stringMatching(/not a Hotseat transcript/) });
    const other = JSON.parse(exported());
    other.version = 2;
    expect(parseReview(JSON.stringify(other))).toMatchObject({ ok: false, message: expect.stringMatching(/different version of Hotseat \(format 2\)/) });
  });

  it("keeps which marks the learned model made, and reads an unknown mark source as a rule's", () => {
    const data = JSON.parse(exported());
    const reply = data.transcript.find((e: { kind: string }) => e.kind === 'reply');
    reply.verdict.highlights = [
      { move: 'blame', start: 0, end: 3, source: 'learned' },
      { move: 'evidence', start: 0, end: 3, source: 'from-the-future' },
    ];
    const result = parseReview(JSON.stringify(data));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const read = result.review.transcript.find((e) => e.kind === 'reply');
    expect(read?.kind === 'reply' && read.verdict.highlights).toEqual([
      { move: 'blame', start: 0, end: 3, source: 'learned' },
      { move: 'evidence', start: 0, end: 3 },
    ]);
  });

  it('rejects a tampered transcript, naming where, instead of rendering it', () => {
    const data = JSON.parse(exported());
    const reply = data.transcript.findIndex((e: { kind: string }) => e.kind === 'reply');
    data.transcript[reply].verdict.score = 140;
    const result = parseReview(JSON.stringify(data));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining(`transcript/${reply}/verdict/score`) });
    data.transcript[reply].verdict.score = 50;
    data.transcript[reply].kind = 'script';
    expect(parseReview(JSON.stringify(data)).ok).toBe(false);
  });

  it('keeps HTML in replies as text (the debrief renders it as text) and refuses oversized files', () => {
    const data = JSON.parse(exported());
    const reply = data.transcript.find((e: { kind: string }) => e.kind === 'reply');
    reply.text = '<img src=x onerror=alert(1)>';
    const result = parseReview(JSON.stringify(data));
    expect(result.ok && result.review.transcript.some((e) => e.kind === 'reply' && e.text === '<img src=x onerror=alert(1)>')).toBe(true);
    expect(parseReview('x'.repeat(MAX_REVIEW_CHARS + 1))).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
  });
});
