/**
 * `npm run score` - score replies from the command line.
 *
 *   npm run --silent score -- --jsonl < replies.jsonl
 *       One JSON object per input line: {"id", "text", "phase"?} (phase: opening | timeline | root-cause |
 *       action-items | close; root_cause and action_items accepted; missing -> timeline; optional exhibits,
 *       archetype, line, expected, parkedTopics). Writes one JSON line per input to stdout:
 *       {"id", "moves", "flags", "score", "highlights", "tips"}. A malformed line writes an error line for its id
 *       (or 1-based line number) to stderr and the rest are still scored. Exit 0 unless stdin cannot be read.
 *
 *   npm run score -- "some reply" [--phase root-cause] [--json]
 *       A readable verdict for one reply: moves, flags, score, the reply with the triggering words marked, and
 *       tips with rewrites (--json prints the verdict as JSON instead).
 */
import type { ReplyScorer as EngineReplyScorer, ReplyHighlight } from '../engine/scorer-seam';
import { loadScorer, makeContext, MOVES, PHASES, type PhaseKind, type ReplyContext, type ReplyScorer, type ReplyVerdict } from '../scoring';

const USAGE = `usage:
  npm run --silent score -- --jsonl < replies.jsonl
  npm run score -- "reply text" [--phase opening|timeline|root-cause|action-items|close] [--json]`;

/** The scorer must fit the engine's seam; this line fails to type-check if it ever stops fitting. */
const fitsEngineSeam = (s: ReplyScorer): EngineReplyScorer => s;

export function normalisePhase(value: unknown): PhaseKind | null {
  if (value === undefined || value === null || value === '') return 'timeline';
  if (typeof value !== 'string') return null;
  const p = value.trim().toLowerCase().replace(/_/g, '-');
  return (PHASES as readonly string[]).includes(p) ? (p as PhaseKind) : null;
}

function stringList(value: unknown): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((x) => typeof x !== 'string')) return null;
  return value as string[];
}

export interface JsonlResult {
  out: string[];
  errors: string[];
}

/** Scores JSON Lines text; pure apart from the scorer. Blank lines are skipped. */
export function scoreJsonl(input: string, score: ReplyScorer): JsonlResult {
  const out: string[] = [];
  const errors: string[] = [];
  const lines = input.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    if (raw.trim() === '') return;
    const fail = (id: unknown, error: string) => {
      const idOut = typeof id === 'string' || typeof id === 'number' ? String(id) : null;
      errors.push(JSON.stringify({ id: idOut ?? lineNo, line: lineNo, error }));
    };
    let item: unknown;
    try {
      item = JSON.parse(raw);
    } catch (e) {
      fail(null, `not valid JSON: ${(e as Error).message}`);
      return;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      fail(null, 'expected a JSON object');
      return;
    }
    const obj = item as Record<string, unknown>;
    const id = obj.id;
    if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
      fail(null, '"id" must be a string');
      return;
    }
    if (typeof obj.text !== 'string') {
      fail(id, '"text" must be a string');
      return;
    }
    const phase = normalisePhase(obj.phase);
    if (!phase) {
      fail(id, `unknown phase ${JSON.stringify(obj.phase)}; use one of ${PHASES.join(', ')}`);
      return;
    }
    const exhibits = stringList(obj.exhibits);
    const parkedTopics = stringList(obj.parkedTopics);
    const expected = stringList(obj.expected);
    if (!exhibits || !parkedTopics || !expected || (expected as string[]).some((m) => !(MOVES as readonly string[]).includes(m))) {
      fail(id, '"exhibits", "parkedTopics" and "expected" must be lists of strings (expected: move names)');
      return;
    }
    const context: ReplyContext = makeContext(phase, {
      exhibits,
      parkedTopics,
      expected: expected as ReplyContext['expected'],
      ...(typeof obj.line === 'string' ? { line: obj.line } : {}),
      ...(typeof obj.archetype === 'string' ? { archetype: obj.archetype as ReplyContext['archetype'] } : {}),
    });
    const v = score(obj.text, context);
    out.push(
      JSON.stringify({
        id: id === undefined ? String(lineNo) : String(id),
        moves: v.moves,
        flags: v.flags,
        score: v.score,
        // The contract's shape exactly: whether a span is learned is the debrief's to show.
        highlights: v.highlights.map(({ move, start, end }) => ({ move, start, end })),
        tips: v.tips,
      }),
    );
  });
  return { out, errors };
}

/**
 * The reply with every highlighted span wrapped as [words]{move,flag}; overlapping spans are merged. A span the learned
 * model weighed, rather than a rule matched, reads "move~" ([the infra folks]{blame~}).
 */
export function markText(text: string, v: ReplyVerdict): string {
  const spans = [...v.highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; names: Set<string> }[] = [];
  for (const h of spans) {
    const last = merged[merged.length - 1];
    if (last && h.start < last.end) {
      last.end = Math.max(last.end, h.end);
      last.names.add(nameOf(h));
    } else merged.push({ start: h.start, end: h.end, names: new Set([nameOf(h)]) });
  }
  let out = '';
  let at = 0;
  for (const m of merged) {
    // A move found by a rule as well needs no "~".
    for (const name of m.names) if (name.endsWith('~') && m.names.has(name.slice(0, -1))) m.names.delete(name);
    out += `${text.slice(at, m.start)}[${text.slice(m.start, m.end)}]{${[...m.names].join(',')}}`;
    at = m.end;
  }
  return out + text.slice(at);
}

const nameOf = (h: ReplyHighlight) => (h.source === 'learned' ? `${h.move}~` : h.move);

export function formatVerdict(text: string, phase: PhaseKind, v: ReplyVerdict): string {
  const on = MOVES.filter((m) => v.moves[m]);
  const lines = [
    `phase:  ${phase}`,
    `score:  ${v.score}/100`,
    `moves:  ${on.length > 0 ? on.join(', ') : '(none)'}`,
    `flags:  ${v.flags.length > 0 ? v.flags.join(', ') : '(none)'}`,
    '',
    markText(text, v),
  ];
  if (v.highlights.some((h) => h.source === 'learned')) lines.push('', '(~: words the learned model weighed, not a rule\'s match)');
  if (v.tips.length > 0) {
    lines.push('', 'tips:');
    for (const t of v.tips) {
      lines.push(`- ${t.about}: ${t.message}`);
      if (t.quote) lines.push(`    you said:  "${t.quote}"`);
      if (t.rewrite) lines.push(`    try:       "${t.rewrite}"`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv.includes('--jsonl')) {
    let input: string;
    try {
      input = await readStdin();
    } catch (e) {
      process.stderr.write(`score: cannot read stdin: ${(e as Error).message}\n`);
      return 1;
    }
    const score = fitsEngineSeam(await loadScorer());
    const { out, errors } = scoreJsonl(input, score);
    if (errors.length > 0) process.stderr.write(`${errors.join('\n')}\n`);
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
    return 0;
  }
  let phase: PhaseKind = 'timeline';
  let json = false;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--phase') {
      const p = normalisePhase(argv[++i]);
      if (!p) {
        process.stderr.write(`score: unknown phase "${argv[i] ?? ''}"\n${USAGE}\n`);
        return 2;
      }
      phase = p;
    } else if (a.startsWith('--phase=')) {
      const p = normalisePhase(a.slice('--phase='.length));
      if (!p) {
        process.stderr.write(`score: unknown phase "${a}"\n${USAGE}\n`);
        return 2;
      }
      phase = p;
    } else if (a === '--json') json = true;
    else words.push(a);
  }
  if (words.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const text = words.join(' ');
  const score = await loadScorer();
  const v = score(text, makeContext(phase));
  process.stdout.write(json ? `${JSON.stringify(v, null, 2)}\n` : formatVerdict(text, phase, v));
  return 0;
}

const invokedDirectly = process.argv[1] !== undefined && /score\.(?:ts|js|mjs)$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`score: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
