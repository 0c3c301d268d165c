/**
 * `npx tsx tests/bench/disagreements.ts FILE.jsonl [--move M] [--rules-only] [--aggregate]` - per-move figures and
 * every reply where the scorer and the labels disagree, for a labelled file you are allowed to tune on (train, dev,
 * dev2). It refuses the measuring splits (heldout, check) unless `--aggregate`, which prints the figures only.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createScorer } from '../../src/scoring/scorer';
import { loadNlp } from '../../src/scoring/nlp';
import { makeContext, MOVES, type Move, type PhaseKind } from '../../src/scoring/types';
import { stats } from './scoring.bench';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const only = args.includes('--move') ? (args[args.indexOf('--move') + 1] as Move) : undefined;
if (!file) {
  process.stderr.write('usage: tsx tests/bench/disagreements.ts FILE.jsonl [--move MOVE]\n');
  process.exit(2);
}
if (/heldout|check/i.test(basename(file)) && !args.includes('--aggregate')) {
  process.stderr.write('refused: held-out and check are measured only in aggregate (npm run bench:scoring, or --aggregate)\n');
  process.exit(2);
}

const score = createScorer(await loadNlp(), args.includes('--rules-only') ? { learned: null } : {});
const counts = Object.fromEntries(MOVES.map((m) => [m, [0, 0, 0, 0]])) as Record<Move, number[]>;
const lines: string[] = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const item = JSON.parse(line) as { id: string; text: string; phase: string; labels: Record<Move, boolean> };
  const phase = item.phase.replace(/_/g, '-') as PhaseKind;
  const v = score(item.text, makeContext(phase));
  const wrong: string[] = [];
  for (const m of MOVES) {
    const gold = item.labels[m];
    const got = v.moves[m];
    const c = counts[m];
    c[gold && got ? 0 : !gold && got ? 1 : gold ? 2 : 3]!++;
    if (gold !== got && (!only || only === m)) wrong.push(`${gold ? 'missed' : 'false'} ${m}`);
  }
  if (wrong.length > 0) {
    const hl = v.highlights.map((h) => `${h.move}:"${item.text.slice(h.start, h.end)}"`).join(' ');
    lines.push(`${item.id} [${phase}] ${wrong.join(', ')}\n  ${item.text}\n  flags: ${v.flags.join(' ')}  ${hl}`);
  }
}
if (!args.includes('--aggregate')) process.stdout.write(`${lines.join('\n')}\n\n`);
let macro = 0;
for (const m of MOVES) {
  const [tp, fp, fn, tn] = counts[m] as [number, number, number, number];
  const s = stats(tp, fp, fn, tn);
  macro += s.f1 / MOVES.length;
  process.stdout.write(`${m.padEnd(13)} P ${s.precision.toFixed(2)} R ${s.recall.toFixed(2)} F1 ${s.f1.toFixed(2)}  tp ${tp} fp ${fp} fn ${fn}\n`);
}
process.stdout.write(`macro-F1 ${macro.toFixed(2)}\n`);
