/**
 * `npm run train:scorer` - trains the learned second opinion (src/scoring/learned.ts) and writes
 * src/scoring/learned-model.json.
 *
 * Trains on the splits you may tune on: tests/scoring/corpus/train.jsonl, dev.jsonl, dev2.jsonl, dev3.jsonl and
 * dev4.jsonl. It never reads heldout.jsonl or check*.jsonl: those only measure (npm run bench:scoring).
 *
 * Per move: L2-regularised logistic regression over the word, word-pair and skip-pair features, by plain stochastic
 * gradient descent in file order (deterministic: the same corpus gives the same model, byte for byte). The threshold
 * at which the model may add a move the rules missed, and the veto below which it may drop one they found, are chosen
 * by 5-fold cross-validation: the ones that give the best F1 for "rules, corrected by the model when confident"; a
 * move where no threshold beats the rules alone by MIN_GAIN is left to the rules.
 *
 * The rules were written from train.jsonl and dev.jsonl and later tuned on much of dev2.jsonl and on the odd-numbered
 * replies of dev3.jsonl, so they are nearly perfect there and cross-validation on those would say the model adds
 * nothing. Thresholds are therefore chosen on the "fresh" replies only (default: dev2.jsonl's writers 8-10 and
 * dev3.jsonl's even-numbered replies and all of dev4.jsonl, whose errors no rule was written from; about 6,650
 * replies), while the weights learn from everything.
 *
 * Options: --corpus a,b,c (file names under tests/scoring/corpus, or paths), --fresh file[:id-regex],..., --out FILE,
 * --quiet,
 * --errors FILE (the fresh replies the rules and model together get wrong out of fold, for finding rule gaps).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '../src/scoring/analyse';
import { addFloor, featuresOf, type LearnedModel, type LearnedMove } from '../src/scoring/learned';
import { loadNlp } from '../src/scoring/nlp';
import { createScorer } from '../src/scoring/scorer';
import { makeContext, MOVES, type Move, type PhaseKind } from '../src/scoring/types';

const EPOCHS = 40;
const RATE = 0.2;
const L2 = 0.05;
const MIN_COUNT = 8;
const PRUNE = 0.1;
const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
/** Probabilities below which the model may drop a move the rules found, most cautious first. */
const VETOES = [0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3];
/**
 * The moves a veto is tried for: those whose rules over-fire on new writers' replies (data words in passing, names
 * in passing, fix words, sharp words). Deferral, acknowledgement and ownership rules match structures ("until we
 * know", "I understand", "Kai ... by Friday"); a deferral veto that scored well on one writer took plain deferrals
 * away from the scenarios' own "good" lines ("let's first understand what happened ... before we decide").
 */
const VETOABLE = new Set<Move>(['evidence', 'blame', 'prematureFix', 'hostility']);
/**
 * The corpora the rules were written from, and the false adds per reply a threshold may make there: at most two
 * unfounded verdicts per hundred replies from the model. (At the best out-of-fold threshold the learned hostility
 * added 14 false ones to those 548 replies, "Can someone drop the hash of the first failed withdrawal in the chat?"
 * among them; the cap moves it from 0.5 to 0.65 for 0.002 out-of-fold F1 on the fresh replies.)
 */
const RULED_FROM = new Set(['train.jsonl', 'dev.jsonl']);
const MAX_UNFOUNDED = 0.02;
/**
 * A threshold must beat the rules alone by this much F1 (out of fold) to be used. It was 0.02 while thresholds were
 * chosen on ~225 replies; on ~4,150 the noise is a quarter of that.
 */
const MIN_GAIN = 0.01;
/** Out-of-fold F1 differences smaller than this are noise: among near-equal candidates the most cautious is taken. */
const NEAR = 0.005;

interface Example {
  id: string;
  text: string;
  keys: number[];
  labels: Record<Move, boolean>;
  rules: Record<Move, boolean>;
  /** The probability the model needs, besides the threshold, to add each move (the scorer's gate: phases, ...). */
  floor: Record<Move, number>;
  phase: PhaseKind;
  fresh: boolean;
  file: string;
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const corpusDir = fileURLToPath(new URL('../tests/scoring/corpus/', import.meta.url));
const files = (opt('--corpus') ?? 'train.jsonl,dev.jsonl,dev2.jsonl,dev3.jsonl,dev4.jsonl').split(',');
/** Which replies are fresh: `file` or `file:id-regex`. */
const fresh = (opt('--fresh') ?? 'dev2.jsonl:^w(8|9|10)-,dev3.jsonl:[02468]$,dev4.jsonl').split(',').map((spec) => {
  const at = spec.indexOf(':');
  const [file, pattern] = at < 0 ? [spec, undefined] : [spec.slice(0, at), spec.slice(at + 1)];
  return { file: file.split('/').pop()!, ids: pattern ? new RegExp(pattern) : /./ };
});
const outFile = opt('--out') ?? fileURLToPath(new URL('../src/scoring/learned-model.json', import.meta.url));
const quiet = args.includes('--quiet');
for (const f of files) {
  if (/heldout|check/i.test(f)) {
    process.stderr.write(`refused: ${f} only measures the scorer; it is never trained on\n`);
    process.exit(2);
  }
}

const nlp = await loadNlp();
const rulesOnly = createScorer(nlp, { learned: null });
const vocab = new Map<string, number>();
const keyNames: string[] = [];
const examples: Example[] = [];
const trainedOn: Record<string, number> = {};
for (const file of files) {
  const path = file.includes('/') ? file : `${corpusDir}${file}`;
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
  trainedOn[file.split('/').pop()!] = lines.length;
  for (const line of lines) {
    const item = JSON.parse(line) as { id: string; text: string; phase: string; labels: Record<Move, boolean> };
    const phase = item.phase.replace(/_/g, '-') as PhaseKind;
    const keys = new Set<number>();
    const analysis = analyse(nlp, item.text);
    for (const f of featuresOf(analysis, phase)) {
      let k = vocab.get(f.key);
      if (k === undefined) {
        k = keyNames.length;
        vocab.set(f.key, k);
        keyNames.push(f.key);
      }
      keys.add(k);
    }
    const isFresh = fresh.some((f) => f.file === file.split('/').pop() && f.ids.test(item.id));
    const rules = rulesOnly(item.text, makeContext(phase));
    const flags = new Set(rules.flags);
    const floor = Object.fromEntries(MOVES.map((m) => [m, addFloor(m, phase, analysis, rules.moves, flags)])) as Record<Move, number>;
    examples.push({ id: item.id, text: item.text, keys: [...keys], labels: item.labels, rules: rules.moves, floor, phase, fresh: isFresh, file: file.split('/').pop()! });
  }
}

const counts = new Int32Array(keyNames.length);
for (const e of examples) for (const k of e.keys) counts[k]!++;

function fit(train: Example[], move: Move): { bias: number; w: Float64Array } {
  const w = new Float64Array(keyNames.length);
  let bias = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const e of train) {
      let z = bias;
      for (const k of e.keys) if (counts[k]! >= MIN_COUNT) z += w[k]!;
      const g = 1 / (1 + Math.exp(-z)) - (e.labels[move] ? 1 : 0);
      bias -= RATE * g * 0.1;
      for (const k of e.keys) if (counts[k]! >= MIN_COUNT) w[k] = w[k]! - RATE * (g + L2 * w[k]!);
    }
  }
  return { bias, w };
}

const prob = (m: { bias: number; w: Float64Array }, e: Example): number => {
  let z = m.bias;
  for (const k of e.keys) z += m.w[k]!;
  return 1 / (1 + Math.exp(-z));
};

function f1(pairs: [boolean, boolean][]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [gold, got] of pairs) {
    if (gold && got) tp++;
    else if (got) fp++;
    else if (gold) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/**
 * The candidate (listed from the most cautious) whose F1, averaged with its neighbours' in the list, is highest (or
 * the most cautious within NEAR of it), if that beats `baseline` by MIN_GAIN; else null. Averaging with the
 * neighbours picks a plateau rather than a lucky spike, so a few replies more or less do not swing the choice from one
 * end to the other.
 */
function pick(candidates: number[], score: (c: number) => number, baseline: number): number | null {
  const raw = candidates.map(score);
  const smooth = raw.map((_, i) => {
    const near = raw.slice(Math.max(0, i - 1), i + 2);
    return near.reduce((x, y) => x + y, 0) / near.length;
  });
  const top = Math.max(...smooth);
  // The most cautious candidate within NEAR of the top: a flat curve buys no accuracy with extra risk.
  const at = smooth.findIndex((f) => f >= top - NEAR);
  return at >= 0 && smooth[at]! > baseline + MIN_GAIN ? candidates[at]! : null;
}

const FOLDS = 5;
if (!examples.some((e) => e.fresh)) {
  process.stderr.write(`no fresh replies (--fresh ${opt('--fresh') ?? 'default'}): thresholds cannot be chosen\n`);
  process.exit(2);
}
const model: LearnedModel = { version: 1, trainedOn, moves: {} as Record<Move, LearnedMove> };
const report: string[] = [];
const errors: string[] = [];
for (const move of MOVES) {
  const oof = new Float64Array(examples.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const m = fit(
      examples.filter((_, i) => i % FOLDS !== fold),
      move,
    );
    examples.forEach((e, i) => {
      if (i % FOLDS === fold) oof[i] = prob(m, e);
    });
  }
  const judged = examples.map((e, i) => ({ e, p: oof[i]! })).filter(({ e }) => e.fresh);
  const rulesF1 = f1(judged.map(({ e }) => [e.labels[move], e.rules[move]]));
  const addScore = (th: number) => f1(judged.map(({ e, p }) => [e.labels[move], e.rules[move] || (p >= th && p >= e.floor[move])]));
  // On the replies the rules were written from, the rules miss almost nothing, so a move the model adds there is
  // almost always a false one: a threshold may add at most MAX_UNFOUNDED of those per reply (out of fold).
  const ruled = examples.map((e, i) => ({ e, p: oof[i]! })).filter(({ e }) => RULED_FROM.has(e.file));
  const unfounded = (th: number) => ruled.filter(({ e, p }) => !e.rules[move] && !e.labels[move] && p >= th && p >= e.floor[move]).length / Math.max(1, ruled.length);
  const chosenAdd = pick([...THRESHOLDS].reverse().filter((th) => unfounded(th) <= MAX_UNFOUNDED), addScore, rulesF1);
  const best = { threshold: chosenAdd ?? 2, f1: chosenAdd === null ? rulesF1 : addScore(chosenAdd) };
  // Then the veto: a move the rules found is dropped when the model finds it very unlikely, on top of the chosen add
  // threshold, chosen the same way.
  const decide = (e: Example, p: number, veto: number): boolean => (e.rules[move] ? p >= veto : p >= best.threshold && p >= e.floor[move]);
  const vetoScore = (v: number) => f1(judged.map(({ e, p }) => [e.labels[move], decide(e, p, v)]));
  const chosenVeto = VETOABLE.has(move) ? pick(VETOES, vetoScore, best.f1) : null;
  const bestVeto = { veto: chosenVeto ?? 0, f1: chosenVeto === null ? best.f1 : vetoScore(chosenVeto) };
  const final = fit(examples, move);
  const weights: Record<string, number> = {};
  const order = [...keyNames.keys()].filter((k) => Math.abs(final.w[k]!) >= PRUNE).sort((x, y) => (keyNames[x]! < keyNames[y]! ? -1 : 1));
  for (const k of order) weights[keyNames[k]!] = Math.round(final.w[k]! * 1000) / 1000;
  for (const { e, p } of judged) {
    const got = decide(e, p, bestVeto.veto);
    if (got !== e.labels[move]) errors.push(`${e.id} [${e.phase}] ${got ? 'false' : 'missed'} ${move} (rules ${e.rules[move]}, p ${p.toFixed(2)})\n  ${e.text}`);
  }
  model.moves[move] = { bias: Math.round(final.bias * 1000) / 1000, threshold: best.threshold, veto: bestVeto.veto, weights };
  report.push(
    `  ${move.padEnd(13)} out-of-fold F1 on fresh replies: rules ${rulesF1.toFixed(3)}, with model ${best.f1.toFixed(3)}  adds at p >= ${best.threshold > 1 ? 'never' : best.threshold.toFixed(2)}, with veto ${bestVeto.f1.toFixed(3)} drops at p < ${bestVeto.veto === 0 ? 'never' : bestVeto.veto.toFixed(2)}  ${order.length} weights`,
  );
}

writeFileSync(outFile, `${JSON.stringify(model, null, 1)}\n`);
const errorsFile = opt('--errors');
if (errorsFile) writeFileSync(errorsFile, `${errors.join('\n')}\n`);
if (!quiet) {
  process.stdout.write(`trained on ${examples.length} replies (${Object.entries(trainedOn).map(([f, n]) => `${f} ${n}`).join(', ')}), ${keyNames.length} features\n${report.join('\n')}\nwrote ${outFile}\n`);
}
