import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { compileModel, featuresOf, predict, type LearnedModel } from './learned';
import { loadNlp, type Nlp } from './nlp';
import { createScorer } from './scorer';
import { makeContext, MOVES, type Move } from './types';

let nlp: Nlp;
beforeAll(async () => {
  nlp = await loadNlp();
});

/** A model that knows one word for one move, and nothing else. */
function toyModel(move: Move, key: string, threshold = 0.7, veto = 0, weight = 6): LearnedModel {
  const moves = Object.fromEntries(MOVES.map((m) => [m, { bias: -4, threshold: 2, veto: 0, weights: {} }])) as unknown as LearnedModel['moves'];
  moves[move] = { bias: -4, threshold, veto, weights: { [key]: weight } };
  return { version: 1, trainedOn: {}, moves };
}

describe('learned features', () => {
  it('read names as @name, numbers as @num and words under a negation as ¬word, so the model learns forms, not stories', () => {
    const keys = featuresOf(analyse(nlp, "Kai won't fix it. It broke at 14:02."), 'timeline').map((f) => f.key);
    expect(keys).toContain('u:@name');
    expect(keys).not.toContain('u:kai');
    expect(keys).toContain('u:@num');
    expect(keys).toContain('u:¬fix');
    expect(keys).toContain('p:timeline');
    expect(keys).toContain('b:<s>_@name');
    // A pair one word apart, so "be my guest" and "be your guest" share a feature.
    expect(featuresOf(analyse(nlp, 'Be my guest.'), 'timeline').map((f) => f.key)).toContain('s:be_guest');
  });
});

describe('the scorer reads what the trainer learned from', () => {
  it('gives every corpus reply the probability the trained weights of its featuresOf() keys add up to', () => {
    const model = JSON.parse(readFileSync(fileURLToPath(new URL('./learned-model.json', import.meta.url)), 'utf8')) as LearnedModel;
    const compiled = compileModel(model);
    const corpus = fileURLToPath(new URL('../../tests/scoring/corpus/train.jsonl', import.meta.url));
    const replies = readFileSync(corpus, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; phase: string });
    // A word with "_" in it must find its pairs too, and a reply must count a repeated feature once.
    replies.push({ text: 'The gas_used metric and gas_used again. Again and again and again.', phase: 'timeline' });
    let compared = 0;
    for (const { text, phase } of replies) {
      const a = analyse(nlp, text);
      const keys = [...new Set(featuresOf(a, phase).map((f) => f.key))];
      const verdict = predict(compiled, a, phase);
      for (const move of MOVES) {
        const z = keys.reduce((sum, key) => sum + (model.moves[move].weights[key] ?? 0), model.moves[move].bias);
        expect(verdict[move].p).toBeCloseTo(1 / (1 + Math.exp(-z)), 12);
        compared++;
      }
    }
    expect(compared).toBe(replies.length * MOVES.length);
  });

  it('finds a pair feature with "_" in it however the key splits ("b:__use" is "_" then "use")', () => {
    const reply = 'Check gas_used_total now.';
    const a = analyse(nlp, reply);
    const pairs = featuresOf(a, 'timeline').map((f) => f.key).filter((k) => /^[bs]:.*_.*_/.test(k));
    expect(pairs).toEqual(expect.arrayContaining(['b:gas__', 'b:__use', 's:___']));
    for (const key of pairs) expect(predict(compileModel(toyModel('evidence', key, 0.5, 0, 8)), a, 'timeline').evidence.add).toBe(true);
  });
});

describe('the learned second opinion', () => {
  const text = 'This meeting is pure theatre, honestly.';

  it('adds a move the rules missed when it is confident, and highlights the words that tipped it', () => {
    const rulesOnly = createScorer(nlp, { learned: null, warm: false })(text, makeContext('timeline'));
    expect(rulesOnly.moves.hostility).toBe(false);
    const v = createScorer(nlp, { learned: toyModel('hostility', 'u:theater'), warm: false })(text, makeContext('timeline'));
    expect(v.moves.hostility).toBe(true);
    expect(v.flags).toContain('learned');
    const marked = v.highlights.filter((h) => h.move === 'hostility').map((h) => text.slice(h.start, h.end));
    expect(marked).toEqual(['theatre']); // wink reads the British spelling as "theater"
    // The debrief shows what the model weighed apart from what a rule matched.
    expect(v.highlights.find((h) => h.move === 'hostility')?.source).toBe('learned');
    expect(createScorer(nlp, { learned: null, warm: false })('Calm down.', makeContext('timeline')).highlights.every((h) => h.source === undefined)).toBe(true);
    expect(v.score).toBeLessThan(rulesOnly.score);
    expect(v.tips.some((t) => t.about === 'hostility' && t.quote === 'theatre')).toBe(true);
  });

  it('finds a brush-off behind "I hear you": hostility added, the acknowledgement the rules saw taken back', () => {
    const reply = 'I hear you. This meeting is pure theatre, honestly.';
    expect(createScorer(nlp, { learned: null, warm: false })(reply, makeContext('timeline')).moves.acknowledge).toBe(true);
    // p = 0.998: sure enough to overrule the acknowledgement.
    const v = createScorer(nlp, { learned: toyModel('hostility', 'u:theater', 0.7, 0, 10), warm: false })(reply, makeContext('timeline'));
    expect(v.moves.hostility).toBe(true);
    expect(v.moves.acknowledge).toBe(false);
    expect(v.highlights.filter((h) => h.move === 'acknowledge')).toEqual([]);
    // p = 0.88: enough to add hostility to a bare reply, not to overrule what the rules read as acknowledging.
    const unsure = createScorer(nlp, { learned: toyModel('hostility', 'u:theater', 0.7, 0, 6), warm: false })(reply, makeContext('timeline'));
    expect(unsure.moves.hostility).toBe(false);
    expect(unsure.moves.acknowledge).toBe(true);
  });

  it('highlights the words of a word pair, not its punctuation', () => {
    const v = createScorer(nlp, { learned: toyModel('hostility', 'b:theater_,'), warm: false })(text, makeContext('timeline'));
    expect(v.highlights.filter((h) => h.move === 'hostility').map((h) => text.slice(h.start, h.end))).toEqual(['theatre']);
  });

  it('shows the telling words, not plain ones that happened to weigh more ("here")', () => {
    const model = toyModel('blame', 'u:here', 0.5, 0, 4);
    model.moves.blame.weights['u:relayer'] = 3;
    const reply = 'Honestly, the relayer folks are in the clear here.';
    const v = createScorer(nlp, { learned: model, warm: false })(reply, makeContext('timeline'));
    expect(v.moves.blame).toBe(true);
    expect(v.highlights.filter((h) => h.move === 'blame').map((h) => reply.slice(h.start, h.end))).toEqual(['relayer']);
  });

  it('quotes in its tip the words that weighed most, not the first ones', () => {
    const model = toyModel('blame', 'u:contract', 0.5, 0, 5);
    model.moves.blame.weights['u:infra'] = 1;
    const reply = 'The infra folks are in the clear, so that leaves the contract team.';
    const v = createScorer(nlp, { learned: model, warm: false })(reply, makeContext('timeline'));
    expect(v.tips.find((t) => t.about === 'blame')?.quote).toBe('contract');
  });

  it('quotes the whole mark its strongest words sit in, not half of it', () => {
    const model = toyModel('blame', 'b:the_infra', 0.5, 0, 5);
    model.moves.blame.weights['b:infra_folk'] = 2;
    const reply = 'Honestly, the infra folks again.';
    const v = createScorer(nlp, { learned: model, warm: false })(reply, makeContext('timeline'));
    expect(v.tips.find((t) => t.about === 'blame')?.quote).toBe('the infra folks');
  });

  it('adds no blame over the blameless frame the rules found, however much its words look like blame', () => {
    const reply = 'Why Dev merged it is not the point.';
    const model = toyModel('blame', 'u:merge', 0.5, 0, 8);
    const v = createScorer(nlp, { learned: model, warm: false })(reply, makeContext('root-cause'));
    expect(v.flags).toContain('blameless-frame');
    expect(v.moves.blame).toBe(false);
    // Without the frame the same model does add it.
    expect(createScorer(nlp, { learned: model, warm: false })('Dev merged it.', makeContext('root-cause')).moves.blame).toBe(true);
  });

  it('never leaves a reply both proposing and deferring a fix: the surer finding takes the other one\'s place', () => {
    // (With "but" before the fix the rules drop their deferral themselves; after a semicolon they keep it.)
    const hedge = "We shouldn't rush a fix; honestly, a higher cap would stop this happening again.";
    const rulesOnly = createScorer(nlp, { learned: null, warm: false })(hedge, makeContext('root-cause'));
    expect(rulesOnly.moves).toMatchObject({ deferral: true, prematureFix: false });
    // p ~ 0.99: the fix the model found replaces the rules' deferral, highlights and all.
    const sure = createScorer(nlp, { learned: toyModel('prematureFix', 'u:cap', 0.5, 0, 9), warm: false })(hedge, makeContext('root-cause'));
    expect(sure.moves).toMatchObject({ deferral: false, prematureFix: true });
    expect(sure.highlights.filter((h) => h.move === 'deferral')).toEqual([]);
    // p ~ 0.73: enough for a bare reply, not to overrule a deferral.
    const unsure = createScorer(nlp, { learned: toyModel('prematureFix', 'u:cap', 0.5, 0, 5), warm: false })(hedge, makeContext('root-cause'));
    expect(unsure.moves).toMatchObject({ deferral: true, prematureFix: false });
    // The other way round: a deferral the model is sure of replaces a fix the rules found.
    const fix = 'Roll back tonight, and we wait for the write-up on anything bigger.';
    expect(createScorer(nlp, { learned: null, warm: false })(fix, makeContext('root-cause')).moves).toMatchObject({ prematureFix: true, deferral: false });
    const deferred = createScorer(nlp, { learned: toyModel('deferral', 'u:wait', 0.5, 0, 9), warm: false })(fix, makeContext('root-cause'));
    expect(deferred.moves).toMatchObject({ deferral: true, prematureFix: false });
    expect(deferred.highlights.filter((h) => h.move === 'prematureFix')).toEqual([]);
    // Both from the model alone: the likelier stands.
    const both = (fixWeight: number) => {
      const model = toyModel('deferral', 'u:hmm', 0.5, 0, 7);
      model.moves.prematureFix = { bias: -4, threshold: 0.5, veto: 0, weights: { 'u:hmm': fixWeight } };
      return createScorer(nlp, { learned: model, warm: false })('Hmm.', makeContext('root-cause')).moves;
    };
    expect(createScorer(nlp, { learned: null, warm: false })('Hmm.', makeContext('root-cause')).moves).toMatchObject({ prematureFix: false, deferral: false });
    expect(both(9)).toMatchObject({ prematureFix: true, deferral: false });
    expect(both(6)).toMatchObject({ prematureFix: false, deferral: true });
  });

  it('does not repeat a highlight inside one already shown', () => {
    const model = toyModel('blame', 'b:relayer_folk', 0.5, 0, 4);
    model.moves.blame.weights['u:folk'] = 3;
    model.moves.blame.weights['u:clear'] = 2;
    const reply = 'Honestly, the relayer folks are in the clear here.';
    const v = createScorer(nlp, { learned: model, warm: false })(reply, makeContext('timeline'));
    expect(v.highlights.filter((h) => h.move === 'blame').map((h) => reply.slice(h.start, h.end))).toEqual(['relayer folks', 'clear']);
  });

  it('stays silent below its threshold', () => {
    const a = analyse(nlp, text);
    const weak = predict(compileModel(toyModel('hostility', 'u:theater', 0.999)), a, 'timeline');
    expect(weak.hostility.p).toBeGreaterThan(0.5);
    expect(weak.hostility.add).toBe(false);
  });

  it('drops a move the rules found when it finds it very unlikely, with its highlights and tip', () => {
    const reply = 'Grafana is open on my other screen, give me a second.';
    const rulesOnly = createScorer(nlp, { learned: null, warm: false })(reply, makeContext('timeline'));
    expect(rulesOnly.moves.evidence).toBe(true);
    // A model that has never seen the word "Grafana" as evidence: bias -4 gives p ~ 0.02, below a veto of 0.05.
    const vetoed = createScorer(nlp, { learned: toyModel('evidence', 'u:nothing-here', 2, 0.05), warm: false })(reply, makeContext('timeline'));
    expect(vetoed.moves.evidence).toBe(false);
    expect(vetoed.highlights.filter((h) => h.move === 'evidence')).toEqual([]);
    expect(vetoed.flags).toContain('learned');
    // With no veto, the rules' verdict stands.
    const kept = createScorer(nlp, { learned: toyModel('evidence', 'u:nothing-here', 2, 0), warm: false })(reply, makeContext('timeline'));
    expect(kept.moves.evidence).toBe(true);
  });

  it('drops the flags that only said how a vetoed move was made, with their tips', () => {
    const reply = "It's not the front-end team's fault.";
    const rulesOnly = createScorer(nlp, { learned: null, warm: false })(reply, makeContext('timeline'));
    expect(rulesOnly.moves.blame).toBe(true);
    expect(rulesOnly.flags).toContain('names-team');
    const vetoed = createScorer(nlp, { learned: toyModel('blame', 'u:nothing-here', 2, 0.05), warm: false })(reply, makeContext('timeline'));
    expect(vetoed.moves.blame).toBe(false);
    expect(vetoed.flags).not.toContain('names-team');
    expect(vetoed.tips.map((t) => t.about)).toEqual([]);
    expect(vetoed.highlights).toEqual([]);
  });

  it('never drops what only the context shows: agreement with an accusation, an exhibit on screen', () => {
    const score = createScorer(nlp, { learned: toyModel('blame', 'u:nothing-here', 2, 0.5), warm: false });
    const v = score("You're right.", { ...makeContext('timeline'), line: 'The front-end team clearly broke it!' });
    expect(v.moves.blame).toBe(true);
    const shown = createScorer(nlp, { learned: toyModel('evidence', 'u:nothing-here', 2, 0.5), warm: false });
    expect(shown('Have a look at this.', { ...makeContext('timeline'), exhibits: ['gas-graph'] }).moves.evidence).toBe(true);
  });

  it('adds an owner only where the reply names a person and a time', () => {
    const rulesOnly = createScorer(nlp, { learned: null, warm: false });
    const owner = createScorer(nlp, { learned: toyModel('ownership', 'u:runbook', 0.5), warm: false });
    const noDate = 'Priya, the runbook is yours. When can you have it done?';
    const dated = "The runbook is yours, Priya. Tuesday's review would be a good moment to see it.";
    expect(rulesOnly(dated, makeContext('action-items')).moves.ownership).toBe(false);
    expect(owner(dated, makeContext('action-items')).moves.ownership).toBe(true);
    expect(owner(noDate, makeContext('action-items')).moves.ownership).toBe(false);
    expect(owner('The runbook gets rewritten before the Tuesday review.', makeContext('action-items')).moves.ownership).toBe(false);
  });

  it('leaves a reply longer than any it learned from to the rules', () => {
    const score = createScorer(nlp, { learned: toyModel('hostility', 'u:theater'), warm: false });
    expect(score(text, makeContext('timeline')).moves.hostility).toBe(true);
    const long = `${text} ${'At 14:02 the blocks were full and the relayer kept retrying the same withdrawals. '.repeat(6)}`;
    const v = score(long, makeContext('timeline'));
    expect(v.moves.hostility).toBe(false);
    expect(v.flags).not.toContain('learned');
  });

  it('never adds a premature fix in action items, nor an owner before them', () => {
    const fix = createScorer(nlp, { learned: toyModel('prematureFix', 'u:theater', 0.5), warm: false });
    expect(fix(text, makeContext('root-cause')).moves.prematureFix).toBe(true);
    expect(fix(text, makeContext('action-items')).moves.prematureFix).toBe(false);
    const owner = createScorer(nlp, { learned: toyModel('ownership', 'u:theater', 0.5), warm: false });
    const named = 'Kai, this meeting is pure theatre, honestly. Friday.';
    expect(owner(named, makeContext('timeline')).moves.ownership).toBe(false);
    expect(owner(named, makeContext('action-items')).moves.ownership).toBe(true);
  });
});

describe('the scorer with the committed model', () => {
  it('keeps sincere and blameless look-alikes clean: what the gates are for', () => {
    const score = createScorer(nlp);
    const v = (text: string) => score(text, makeContext('timeline')).moves;
    expect(v('Seriously, thank you for staying up all night with this.').hostility).toBe(false);
    expect(v('The alert was missed, and the change was merged without a gas snapshot.').blame).toBe(false);
    expect(v("You're right.").blame).toBe(false);
    expect(v("You're right.").acknowledge).toBe(false);
  });
});

describe('the committed model (src/scoring/learned-model.json)', () => {
  it('is what `npm run train:scorer` makes from the committed corpus: retrain after changing the corpus or the rules', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hotseat-model-')), 'model.json');
    const root = fileURLToPath(new URL('../../', import.meta.url));
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/train-scorer.ts', '--out', out, '--quiet'], { cwd: root, stdio: 'pipe' });
    const committed = readFileSync(fileURLToPath(new URL('./learned-model.json', import.meta.url)), 'utf8');
    expect(readFileSync(out, 'utf8') === committed).toBe(true);
  }, 60_000);

  it('never trained on the held-out or check splits', () => {
    const model = JSON.parse(readFileSync(fileURLToPath(new URL('./learned-model.json', import.meta.url)), 'utf8')) as LearnedModel;
    expect(Object.keys(model.trainedOn).length).toBeGreaterThan(0);
    expect(Object.keys(model.trainedOn).filter((f) => /heldout|check/.test(f))).toEqual([]);
  });
});
