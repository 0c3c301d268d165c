/** The `npm run score` contract (src/cli/score.ts), which outside tests rely on. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatVerdict, markText, normalisePhase, scoreJsonl } from '../cli/score';
import { loadScorer } from './index';
import { makeContext, MOVES, type ReplyScorer } from './types';

let score: ReplyScorer;
beforeAll(async () => {
  score = await loadScorer();
});

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('normalisePhase', () => {
  it('accepts kebab and snake case and defaults to timeline', () => {
    expect(normalisePhase('root_cause')).toBe('root-cause');
    expect(normalisePhase('action_items')).toBe('action-items');
    expect(normalisePhase('close')).toBe('close');
    expect(normalisePhase(undefined)).toBe('timeline');
    expect(normalisePhase('lunch')).toBeNull();
  });
});

describe('scoreJsonl', () => {
  it('writes one line per input, in order, and reports malformed lines by id or line number', () => {
    const input = [
      JSON.stringify({ id: 'a', text: "We won't fix anything until we know the root cause.", phase: 'root_cause' }),
      '{not json',
      JSON.stringify({ id: 'c', text: 'Owner Lena, due Dec 10: add the gas alert.', phase: 'action_items' }),
      JSON.stringify({ id: 'd', text: 42 }),
      '',
      JSON.stringify({ id: 'e', text: 'Calm down.' }),
    ].join('\n');
    const { out, errors } = scoreJsonl(input, score);
    const rows = out.map((l) => JSON.parse(l) as { id: string; moves: Record<string, boolean>; flags: string[]; score: number; highlights: unknown[]; tips: unknown[] });
    expect(rows.map((r) => r.id)).toEqual(['a', 'c', 'e']);
    expect(rows[0]!.moves.deferral).toBe(true);
    expect(rows[1]!.moves.ownership).toBe(true);
    expect(rows[2]!.moves.hostility).toBe(true);
    for (const r of rows) {
      expect(Object.keys(r.moves).sort()).toEqual([...MOVES].sort());
      expect(Object.keys(r).sort()).toEqual(['flags', 'highlights', 'id', 'moves', 'score', 'tips']);
    }
    // A learned model's span keeps the contract's shape: move, start, end, nothing more.
    const learned = scoreJsonl(JSON.stringify({ id: 'f', text: 'Honestly, the infra folks again.' }), score).out.map((l) => JSON.parse(l) as { highlights: object[] })[0]!;
    expect(learned.highlights.length).toBeGreaterThan(0);
    for (const h of learned.highlights) expect(Object.keys(h).sort()).toEqual(['end', 'move', 'start']);
    const errs = errors.map((l) => JSON.parse(l) as { id: unknown; line: number; error: string });
    expect(errs.map((e) => e.line)).toEqual([2, 4]);
    expect(errs[0]!.id).toBe(2);
    expect(errs[1]!.id).toBe('d');
  });
});

describe('readable output', () => {
  it('marks the triggering words and lists tips with rewrites', () => {
    const text = 'Dave broke prod. Just roll back tonight.';
    const v = score(text, makeContext('root-cause'));
    expect(markText(text, v)).toContain('[broke]{blame}');
    const learned = 'Honestly, the infra folks again.';
    const lv = score(learned, makeContext('timeline'));
    expect(lv.highlights.some((h) => h.source === 'learned')).toBe(true);
    expect(markText(learned, lv)).toMatch(/\]\{blame~\}/);
    expect(formatVerdict(learned, 'timeline', lv)).toContain("(~: words the learned model weighed, not a rule's match)");
    const out = formatVerdict(text, 'root-cause', v);
    expect(out).toMatch(/moves: +blame, prematureFix/);
    expect(out).toMatch(/try: +"/);
  });
});

describe('the command', () => {
  it('scores JSON Lines from stdin and exits 0 even with a bad line', () => {
    const input = `${JSON.stringify({ id: 'x1', text: 'Who approved the deploy?', phase: 'timeline' })}\nnot json\n`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/score.ts', '--jsonl'], { cwd: root, input, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const row = JSON.parse(lines[0]!) as { id: string; moves: { blame: boolean }; flags: string[] };
    expect(row.id).toBe('x1');
    expect(row.moves.blame).toBe(true);
    expect(row.flags).toContain('why-who-question');
    expect(run.stderr).toMatch(/"line":2/);
  });

  it('prints a readable verdict for one reply', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/score.ts', 'Maybe we could add more nodes.', '--phase', 'timeline'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/moves: +prematureFix/);
    expect(run.stdout).toContain('[add more nodes]{prematureFix}');
  });
});
