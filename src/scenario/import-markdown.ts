/**
 * Post-mortem import: a Markdown post-mortem in, a scenario skeleton out.
 *
 * Reads what a written post-mortem usually has (a title, a summary and impact, a timeline as a list, a table or
 * time-stamped sub-headings, contributing factors or a root cause, action items, log excerpts in fenced code blocks)
 * and builds a scenario that is valid against the schema, so it loads in the Scenario lab at once: the brief, the
 * timeline, exhibits (the timeline as a table, metric charts from numbers with units that recur in the timeline, a log
 * from each fenced block that looks like a log), topics from the action items, and five phases with one placeholder
 * beat each. The voices are left to the author: every line, option and reaction is marked TODO, and `notes` says
 * what to fill in.
 *
 * Pure and browser-safe (no DOM): HTML in the Markdown is kept as plain text, never interpreted.
 */
import { PHASE_KINDS, type Archetype, type Move, type PhaseKind, type ScenarioFile } from './schema';

export interface ImportResult {
  scenario: ScenarioFile;
  /** What the author must still do, most important first. */
  notes: string[];
}

type FileBeat = ScenarioFile['phases'][number]['beats'][number];
type FileExhibit = ScenarioFile['exhibits'][number];
type FileTimelineEntry = ScenarioFile['timeline'][number];
type FileStakeholder = ScenarioFile['stakeholders'][number];
type LogLine = Extract<FileExhibit, { kind: 'log' }>['lines'][number];

// ---------------------------------------------------------------- text helpers

/** Markdown inline syntax removed, whitespace collapsed. HTML tags stay as they are: plain text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A kebab-case id from any text, at most `max` characters, cut at a dash. */
export function slugify(text: string, max = 40): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const dash = cut.lastIndexOf('-');
  return (dash > 8 ? cut.slice(0, dash) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Drops small words left dangling at the end of a cut slug ("validate-ttl-ranges-in-the" -> "validate-ttl-ranges"). */
function trimSlug(slug: string): string {
  return slug.replace(/(-(a|an|the|of|in|on|to|for|and|or|with|by|at|from|as|is))+$/, '');
}

function uniqueId(base: string, taken: Set<string>, fallback: string): string {
  const root = base || fallback;
  let id = root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  taken.add(id);
  return id;
}

/** Cut at a word boundary with an ellipsis. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:\s|$)/.exec(text);
  return (match?.[1] ?? text).trim();
}

// ---------------------------------------------------------------- times

const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*([ap]\.?m\.?)?(?![\d:])/i;
const DATE = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;

/** A time as the schema wants it (HH:MM or HH:MM:SS, 24-hour), or undefined. */
function clock(hours: string, minutes: string, seconds: string | undefined, meridiem: string | undefined): string | undefined {
  let h = Number(hours);
  const m = Number(minutes);
  const s = seconds === undefined ? undefined : Number(seconds);
  if (meridiem) {
    const pm = /^p/i.test(meridiem);
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || m > 59 || (s !== undefined && s > 59)) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return s === undefined ? `${pad(h)}:${pad(m)}` : `${pad(h)}:${pad(m)}:${pad(s)}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Month and day of a written date ("2024-03-01", "Mar 1", "2018 October 21"), so one day written two ways is one. */
function dayKey(date: string): string {
  const iso = DATE.exec(date);
  if (iso) return `${Number(iso[2])}-${Number(iso[3])}`;
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m}`, 'i').test(date));
  const day = /\b([012]?\d|3[01])\b/.exec(date.replace(/\b\d{4}\b/g, ''))?.[1];
  return month >= 0 && day ? `${month + 1}-${Number(day)}` : date.toLowerCase().replace(/\s+/g, ' ');
}

interface Stamp {
  time: string;
  date?: string;
  /** The text after the time stamp (and its time zone and separator). */
  rest: string;
}

const ZONE =
  /^\s*\(?\s*(?:UTC|GMT|Z|PST|PDT|EST|EDT|CST|CDT|MST|MDT|CET|CEST|EET|EEST|BST|IST|JST|KST|SGT|HKT|AEST|AEDT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\s*\)?(?![A-Za-z])/;
const SEPARATOR = /^\s*[-–—:|>]*\s*/;

/**
 * A line that starts with a time stamp: `14:02`, `14:02 UTC`, `2:02 PM`, `2024-03-01 14:02`, `2024-03-01T14:02:00Z`,
 * `[14:02]`, `**14:02**`, `Mar 1, 14:02`. Only the first ~24 characters may come before the time.
 */
function leadingStamp(line: string): Stamp | undefined {
  const lead = /^[\s*_[(]*/.exec(line)![0];
  const text = line.slice(lead.length);
  const match = TIME.exec(text);
  if (!match || match.index > 24) return undefined;
  const before = text.slice(0, match.index);
  // Only a date may precede the time: digits, month names, separators.
  if (!/^[\s\d\-/.,T:]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s*)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\d,]*)?[\s\d\-/.,T]*(?:at\s*)?$/i.test(before)) {
    return undefined;
  }
  const time = clock(match[1]!, match[2]!, match[3], match[4]);
  if (!time) return undefined;
  let rest = text.slice(match.index + match[0].length);
  rest = rest.replace(ZONE, '');
  // Close what opened before the time: **14:02**, [14:02], (14:02).
  if (/[*_]/.test(lead)) rest = rest.replace(/^[*_]+/, '');
  if (lead.includes('[')) rest = rest.replace(/^\]/, '');
  if (lead.includes('(')) rest = rest.replace(/^\)/, '');
  rest = rest.replace(SEPARATOR, '');
  const date = DATE.exec(before)?.[0] ?? (/[a-z]{3}/i.test(before) ? before.replace(/(\s*at)?[\s,T]*$/i, '').trim() : undefined);
  return date ? { time, date, rest } : { time, rest };
}

// ---------------------------------------------------------------- blocks

interface Heading {
  level: number;
  text: string;
  /** Index of the first block after the heading. */
  start: number;
}

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string; lines: string[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'code'; info: string; lines: string[] };

function tableCells(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  return row.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|').trim());
}

const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const LIST_ITEM = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$/;

/** Splits Markdown into blocks. Headings inside fenced code are code. */
function blocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const out: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] | undefined;
  const flush = () => {
    if (paragraph.length > 0) out.push({ kind: 'paragraph', text: plainText(paragraph.join(' ')), lines: paragraph });
    paragraph = [];
    if (list) out.push({ kind: 'list', items: list });
    list = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s{0,3}(`{3,}|~{3,})\s*([^`]*)$/.exec(line);
    if (fence) {
      flush();
      const marker = fence[1]!;
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trimStart().startsWith(marker); i++) body.push(lines[i]!);
      out.push({ kind: 'code', info: fence[2]!.trim(), lines: body });
      continue;
    }
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx) {
      flush();
      out.push({ kind: 'heading', level: atx[1]!.length, text: plainText(atx[2]!) });
      continue;
    }
    const next = lines[i + 1];
    if (next !== undefined && line.trim() !== '' && !list && paragraph.length === 0 && /^\s{0,3}(=+|-{2,})\s*$/.test(next) && !line.includes('|')) {
      out.push({ kind: 'heading', level: next.trim().startsWith('=') ? 1 : 2, text: plainText(line) });
      i++;
      continue;
    }
    if (line.includes('|') && next !== undefined && TABLE_RULE.test(next)) {
      flush();
      const header = tableCells(line);
      const rows: string[][] = [];
      for (i += 2; i < lines.length && lines[i]!.includes('|') && lines[i]!.trim() !== ''; i++) rows.push(tableCells(lines[i]!));
      i--;
      out.push({ kind: 'table', header, rows });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      if (paragraph.length > 0) flush();
      list ??= [];
      list.push(item[2]!);
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
      continue;
    }
    if (list) flush();
    paragraph.push(line.trim());
  }
  flush();
  return out;
}

// ---------------------------------------------------------------- sections

type SectionKind = 'summary' | 'background' | 'impact' | 'timeline' | 'cause' | 'actions';

const SECTION_PATTERNS: [SectionKind, RegExp][] = [
  ['actions', /\b(action items?|follow[- ]?ups?|remediations?|next steps|corrective|preventi(ve|on)|todo|to-do|tasks)\b/i],
  ['timeline', /\b(timeline|chronology|sequence of events|time ?line)\b/i],
  ['impact', /\bimpact\b/i],
  ['cause', /\b(root[- ]causes?|contributing factors?|causes?|trigger|why did|what went wrong|analysis)\b/i],
  ['summary', /^\W*((executive|incident|issue|short)\s+)?(summary|overview|tl;? ?dr|abstract|what happened)\b/i],
  ['background', /^\W*(background|description|introduction|context|incident)\b/i],
];

interface Section {
  kind: SectionKind;
  heading: Heading;
  body: Block[];
}

function sections(all: Block[]): { title?: string; preamble: Block[]; found: Map<SectionKind, Section> } {
  const headings: Heading[] = [];
  all.forEach((b, i) => {
    if (b.kind === 'heading') headings.push({ level: b.level, text: b.text, start: i + 1 });
  });
  const isSection = (h: Heading) => SECTION_PATTERNS.some(([, re]) => re.test(h.text));
  const title = headings.find((h) => h.level === 1) ?? headings.find((h) => !isSection(h));
  const found = new Map<SectionKind, Section>();
  for (const heading of headings) {
    if (heading === title) continue;
    const kind = SECTION_PATTERNS.find(([, re]) => re.test(heading.text))?.[0];
    if (!kind || found.has(kind)) continue;
    let end = all.length;
    for (let i = heading.start; i < all.length; i++) {
      const b = all[i]!;
      if (b.kind === 'heading' && b.level <= heading.level) {
        end = i;
        break;
      }
    }
    found.set(kind, { kind, heading, body: all.slice(heading.start, end) });
  }
  // The text between the title and the next heading (or before the first heading, without a title).
  const from = title ? title.start : 0;
  let to = all.length;
  for (let i = from; i < all.length; i++) {
    if (all[i]!.kind === 'heading') {
      to = i;
      break;
    }
  }
  return { ...(title ? { title: title.text } : {}), preamble: all.slice(from, to), found };
}

function prose(body: readonly Block[]): string[] {
  const out: string[] = [];
  for (const b of body) {
    if (b.kind === 'paragraph') out.push(b.text);
    else if (b.kind === 'list') out.push(...b.items.map(plainText));
    else if (b.kind === 'table') out.push(...b.rows.map((r) => r.map(plainText).filter(Boolean).join(', ')));
  }
  return out.filter((t) => t.length > 0);
}

// ---------------------------------------------------------------- timeline

interface RawEntry {
  time: string;
  date?: string;
  event: string;
  source?: string;
}

const SOURCE_GUESSES: [RegExp, string][] = [
  [/\bstatus ?page\b/i, 'status page'],
  [/\bpager ?duty|\bpag(ed|es|ing)\b|\bopsgenie\b/i, 'pager alert'],
  [/\balert(s|ed|ing)?\b|\balarm/i, 'alerting'],
  [/\bslack\b|#[a-z][\w-]+/i, 'incident channel'],
  [/\bdeploy(ed|ment|s)?\b|\brelease[ds]?\b|\brolled? (out|back)\b|\brollback\b/i, 'deploy log'],
  [/\bdashboard|\bgrafana|\bdatadog|\bmetrics?\b|\bgraph/i, 'dashboards'],
  [/\blogs?\b/i, 'logs'],
  [/\bcustomers?\b|\bsupport\b|\btickets?\b|\btwitter\b|\busers? report/i, 'customer reports'],
];

function guessSource(event: string): string {
  return SOURCE_GUESSES.find(([re]) => re.test(event))?.[1] ?? 'post-mortem timeline';
}

function column(header: readonly string[], re: RegExp): number {
  return header.findIndex((h) => re.test(plainText(h)));
}

function entriesFromTable(table: Extract<Block, { kind: 'table' }>): RawEntry[] {
  const { header, rows } = table;
  let timeCol = column(header, /^(time|timestamp|when|date ?\/? ?time|time \(.*\)|.*\btime\b.*)$/i);
  if (timeCol < 0) timeCol = header.findIndex((_, c) => rows.some((r) => leadingStamp(r[c] ?? '')));
  if (timeCol < 0) return [];
  const dateCol = column(header, /^date$/i);
  const eventCol = column(header, /event|description|what|action|details?|summary|activity|update/i);
  const sourceCol = column(header, /source|who|by|actor|owner|origin|evidence/i);
  const out: RawEntry[] = [];
  for (const row of rows) {
    const cell = row[timeCol] ?? '';
    const stamp = leadingStamp(dateCol >= 0 ? `${row[dateCol] ?? ''} ${cell}` : cell);
    if (!stamp) continue;
    const eventCells =
      eventCol >= 0 && eventCol !== timeCol
        ? [row[eventCol] ?? '']
        : row.filter((_, c) => c !== timeCol && c !== sourceCol && c !== dateCol);
    const event = plainText([stamp.rest, ...eventCells].filter((t) => t.trim()).join(' '));
    if (!event) continue;
    const source = sourceCol >= 0 && sourceCol !== timeCol ? plainText(row[sourceCol] ?? '') : '';
    out.push({ time: stamp.time, ...(stamp.date ? { date: stamp.date } : {}), event, ...(source ? { source } : {}) });
  }
  return out;
}

/** Timeline entries from lists, tables, time-stamped lines and time-stamped sub-headings. */
function timelineEntries(body: readonly Block[]): RawEntry[] {
  const out: RawEntry[] = [];
  /** A date given in a sub-heading or a line of its own ("2024-03-01 (all times UTC)"), for multi-day timelines. */
  let day: string | undefined;
  const fromLine = (line: string) => {
    const stamp = leadingStamp(line);
    if (!stamp) return false;
    const event = plainText(stamp.rest);
    if (!event) return false;
    const date = stamp.date ?? day;
    out.push({ time: stamp.time, ...(date ? { date } : {}), event });
    return true;
  };
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b.kind === 'list') for (const item of b.items) fromLine(item);
    else if (b.kind === 'table') out.push(...entriesFromTable(b));
    else if (b.kind === 'paragraph') {
      const dateOnly = DATE.exec(b.lines[0] ?? '');
      for (const line of b.lines) {
        if (!fromLine(line) && dateOnly && line === b.lines[0]) day = dateOnly[0];
      }
    } else if (b.kind === 'heading') {
      const stamp = leadingStamp(b.text);
      if (stamp) {
        // "### 2018 October 21 22:52 UTC" followed by paragraphs: the first sentence of the text below is the event.
        const next = body[i + 1];
        const below = next?.kind === 'paragraph' ? next.text : next?.kind === 'list' ? plainText(next.items[0] ?? '') : '';
        const event = plainText([stamp.rest, below ? shorten(firstSentence(below), 220) : ''].filter(Boolean).join(': '));
        if (event) out.push({ time: stamp.time, ...(stamp.date ? { date: stamp.date } : {}), event });
      } else {
        day = DATE.exec(b.text)?.[0] ?? (/\b(19|20)\d\d\b/.test(b.text) ? b.text : day);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------- metrics

const UNIT = String.raw`(%|ms|µs|us|sec|secs|seconds|s|min|mins|minutes|req\/s|rps|qps|tps|tx\/s|rpm|ops\/s|errors\/s|gb|mb|tb|kb|gib|mib|mgas|gwei)`;
const MEASURE = new RegExp(String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?${UNIT}(?![A-Za-z0-9])`, 'gi');
const NAME_STOP = new Set(
  'a an the to at of is was were are be been by from and or now back down up above below around about approximately roughly nearly almost over under near than with peak peaks peaked peaking reach reaches reached reaching hit hits hitting climb climbs climbed climbing rise rises rose rising spike spikes spiked spiking drop drops dropped dropping fall falls fell falling return returns returned recover recovers recovered exceed exceeds exceeded increase increases increased decrease decreases decreased jump jumps jumped grow grows grew steady stays stayed remains remained holding holds went goes go still sitting sits ~ > < >= <= = + -'.split(' '),
);
/** Duration units in milliseconds, to put one metric's points in one unit. */
const DURATION_MS: Record<string, number> = { 'µs': 0.001, ms: 1, s: 1000, min: 60_000 };
const round = (n: number) => Math.round(n * 1000) / 1000;
const UNIT_NAMES: Record<string, string> = { sec: 's', secs: 's', seconds: 's', mins: 'min', minutes: 'min', us: 'µs' };

interface Measurement {
  name: string;
  unit: string;
  value: number;
}

/** "error rate climbs to 12%", "p99 latency 2.3 s", "5xx at 40%": a name, a value and a unit, per clause. */
function measurements(event: string): Measurement[] {
  const out: Measurement[] = [];
  let lastName = '';
  for (const match of event.matchAll(MEASURE)) {
    let clauseStart = 0;
    for (const sep of [', ', '; ', '. ', '(', ')', ': ', ' — ', ' – ', ' - ', ' and ']) {
      const at = event.lastIndexOf(sep, match.index - 1);
      if (at >= 0) clauseStart = Math.max(clauseStart, at + sep.length);
    }
    const before = event.slice(clauseStart, match.index);
    const words = before.split(/\s+/).filter(Boolean);
    while (words.length > 0 && NAME_STOP.has(words[words.length - 1]!.toLowerCase())) words.pop();
    let name = words.slice(-3);
    while (name.length > 0 && NAME_STOP.has(name[0]!.toLowerCase())) name = name.slice(1);
    const raw = match[2]!.toLowerCase();
    const unit = UNIT_NAMES[raw] ?? (raw === 'mgas' ? 'Mgas' : raw === 'gwei' ? 'gwei' : ['gb', 'mb', 'tb', 'kb', 'gib', 'mib'].includes(raw) ? match[2]!.toUpperCase().replace('I', 'i') : raw);
    const text = name.join(' ').replace(/[^\p{L}\p{N}\s/_.-]/gu, '').trim() || lastName;
    if (!text || (/^\d/.test(text) && text.length < 3)) continue;
    lastName = text;
    out.push({ name: text, unit, value: Number(match[1]!.replace(/,/g, '')) });
  }
  return out;
}

// ---------------------------------------------------------------- logs

const LEVELS: Record<string, LogLine['level']> = {
  DEBUG: 'DEBUG', TRACE: 'DEBUG', INFO: 'INFO', NOTICE: 'INFO', WARN: 'WARN', WARNING: 'WARN',
  ERROR: 'ERROR', ERR: 'ERROR', FATAL: 'FATAL', CRITICAL: 'FATAL', CRIT: 'FATAL', PANIC: 'FATAL', EMERG: 'FATAL',
};

function logLines(code: readonly string[]): LogLine[] | undefined {
  const lines = code.map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return undefined;
  const out: LogLine[] = [];
  for (const raw of lines) {
    const stamp = leadingStamp(raw.replace(/^\d{4}-\d{2}-\d{2}T/, (d) => `${d.slice(0, -1)} `));
    if (!stamp) continue;
    let rest = stamp.rest.trim();
    let level: LogLine['level'] | undefined;
    const lv = /^\[?(DEBUG|TRACE|INFO|NOTICE|WARN(?:ING)?|ERR(?:OR)?|FATAL|CRIT(?:ICAL)?|PANIC|EMERG)\]?:?\s+/i.exec(rest);
    if (lv) {
      level = LEVELS[lv[1]!.toUpperCase()];
      rest = rest.slice(lv[0].length);
    }
    let source: string | undefined;
    const src = /^\[([^\]]{1,40})\]:?\s+|^([A-Za-z][\w.\-/]{0,39}):\s+/.exec(rest);
    if (src) {
      source = (src[1] ?? src[2])!.trim();
      rest = rest.slice(src[0].length);
    }
    level ??= /\b(error|fail(ed|ure)?|exception|panic|timeout|refused)\b/i.test(rest) ? 'ERROR' : /\bwarn/i.test(rest) ? 'WARN' : 'INFO';
    const text = rest.trim();
    if (!text) continue;
    out.push({ time: stamp.time, level, ...(source ? { source } : {}), text: shorten(text, 240) });
  }
  // A log when most lines carry a time stamp.
  return out.length >= 1 && out.length * 2 >= lines.length ? out.slice(0, 40) : undefined;
}

// ---------------------------------------------------------------- domain

const DOMAINS: [string, RegExp][] = [
  ['EVM smart contracts', /\b(smart contracts?|solidity|evm|gas limit|ethereum|mgas|gwei|on-?chain)\b/gi],
  ['cross-chain bridge', /\b(bridge|cross-chain|relayer)\b/gi],
  ['Kubernetes', /\b(kubernetes|k8s|pods?|kubelet|helm|node pool)\b/gi],
  ['databases', /\b(database|postgres(ql)?|mysql|replica(tion)?|primary|failover|sql|mongodb|redis)\b/gi],
  ['DNS', /\b(dns|resolver|nameservers?|ttl)\b/gi],
  ['CDN and edge', /\b(cdn|edge|cache|caching|pop)\b/gi],
  ['networking', /\b(bgp|network(ing)?|router|load balancer|packet loss|latency)\b/gi],
  ['payments', /\b(payments?|checkout|card|billing|refunds?)\b/gi],
  ['authentication', /\b(auth(entication)?|login|oauth|sso|tokens?|certificates?|tls|ssl)\b/gi],
  ['deployment and configuration', /\b(deploy(ment)?s?|config(uration)?|feature flags?|rollout|rollback)\b/gi],
  ['cloud storage', /\b(s3|object storage|bucket|blob storage|disk|volume)\b/gi],
];

function guessDomain(text: string): string {
  let best = 'unknown';
  let bestCount = 1; // at least two mentions
  for (const [name, re] of DOMAINS) {
    const n = text.match(re)?.length ?? 0;
    if (n > bestCount) {
      best = name;
      bestCount = n;
    }
  }
  return best;
}

// ---------------------------------------------------------------- the skeleton

const PLACEHOLDERS: { id: string; archetype: Archetype; role: string; tension: number; patience: number }[] = [
  { id: 'executive', archetype: 'executive', role: 'TODO: e.g. VP Engineering, who reports upstairs', tension: 50, patience: 3 },
  { id: 'accuser', archetype: 'accusatory', role: 'TODO: e.g. Head of Product, who wants someone to answer for it', tension: 55, patience: 2 },
  { id: 'defender', archetype: 'defensive', role: 'TODO: e.g. Infra Lead, who was blamed last time', tension: 55, patience: 3 },
  { id: 'demander', archetype: 'demanding', role: 'TODO: e.g. Customer Success, who needs a fix date for a customer', tension: 45, patience: 2 },
  { id: 'ally', archetype: 'ally', role: 'TODO: e.g. the on-call engineer who was closest to the change', tension: 35, patience: 4 },
];

const PHASE_PLAN: Record<PhaseKind, { title: string; goal: string; speaker: string; moves: Move[]; challenge: string }> = {
  opening: {
    title: 'Opening',
    goal: 'Set a blameless frame, the purpose and the agenda.',
    speaker: 'executive',
    moves: ['acknowledge', 'deferral'],
    challenge: 'TODO: the executive opens by asking who broke production.',
  },
  timeline: {
    title: 'Timeline',
    goal: 'Agree on what happened, entry by entry, backed by data.',
    speaker: 'accuser',
    moves: ['acknowledge', 'evidence', 'deferral'],
    challenge: 'TODO: the accuser blames a team for part of the timeline.',
  },
  'root-cause': {
    title: 'Contributing factors',
    goal: 'Find the contributing factors, never a person, with the data.',
    speaker: 'defender',
    moves: ['acknowledge', 'evidence'],
    challenge: 'TODO: the defensive stakeholder counter-blames another team.',
  },
  'action-items': {
    title: 'Action items',
    goal: 'Specific actions, each with one owner, a date and a ticket; revisit parked topics.',
    speaker: 'demander',
    moves: ['ownership'],
    challenge: 'TODO: the demanding stakeholder wants a promise that it never happens again.',
  },
  close: {
    title: 'Close',
    goal: 'Recap the owners and dates, and follow up in writing.',
    speaker: 'ally',
    moves: ['acknowledge', 'ownership'],
    challenge: 'TODO: the ally asks what happens to the people involved.',
  },
};

function placeholderBeat(kind: PhaseKind, model: string, extra: Partial<FileBeat>): FileBeat {
  const plan = PHASE_PLAN[kind];
  const id = `${kind}-todo`;
  return {
    id,
    speaker: plan.speaker,
    lines: [plan.challenge],
    expects: { moves: plan.moves, ...extra.expects },
    ...(extra.parks ? { parks: extra.parks } : {}),
    ...(extra.revisits ? { revisits: extra.revisits } : {}),
    options: [
      { id: 'good-todo', verdict: 'good', text: `TODO: a good reply for the ${plan.title.toLowerCase()}: acknowledge the concern, cite the data, no blame.`, feedback: 'TODO: why this reply works.' },
      { id: 'weak-todo', verdict: 'weak', text: `TODO: a weak reply for the ${plan.title.toLowerCase()}: the right instinct, but vague or cold.`, feedback: 'TODO: what this reply is missing.' },
      { id: 'poor-todo', verdict: 'poor', text: `TODO: a poor reply for the ${plan.title.toLowerCase()}: blame, a premature fix, or a promise.`, feedback: 'TODO: why this reply hurts.' },
    ],
    reactions: {
      strong: { lines: ['TODO: how the speaker reacts to a good reply.'], tension: -10 },
      mixed: { lines: ['TODO: how the speaker reacts to a weak reply.'], tension: 3 },
      poor: { lines: ['TODO: how the speaker reacts to a poor reply.'], tension: 15 },
    },
    model: [model],
  };
}

/** Builds a scenario skeleton from a Markdown post-mortem. Never throws; whatever is missing becomes a TODO and a note. */
export function importPostmortem(markdown: string): ImportResult {
  let text = markdown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\t/g, '    ');
  const notes: string[] = [];
  // YAML front matter: its title is a fallback, the rest is not the document.
  let frontTitle: string | undefined;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (front) {
    frontTitle = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1]!)?.[1];
    text = text.slice(front[0].length);
  }
  const all = blocks(text);
  const { title: headingTitle, preamble, found } = sections(all);
  const firstLine = all.find((b) => b.kind === 'paragraph');
  const title = shorten(headingTitle || frontTitle || (firstLine?.kind === 'paragraph' ? firstSentence(firstLine.text) : '') || 'Imported post-mortem', 120);
  if (!headingTitle) notes.push('No "# Title" heading was found: check the title.');

  // Brief.
  // The summary section, else the text under the title, else a background section.
  const proseOf = (body: readonly Block[]) => prose(body.filter((b) => b.kind === 'paragraph' || b.kind === 'list'));
  let summaryParts = proseOf(found.get('summary')?.body ?? []);
  if (summaryParts.length === 0) summaryParts = proseOf(preamble);
  if (summaryParts.length === 0) summaryParts = proseOf(found.get('background')?.body ?? []);
  let summary = shorten(summaryParts.join(' '), 1200);
  if (!summary) {
    const anyProse = prose(all.filter((b) => b.kind === 'paragraph'));
    summary = shorten(anyProse.join(' '), 600);
  }
  if (!summary) {
    summary = 'TODO: what happened, in a paragraph, as the trainee is told before the meeting.';
    notes.push('No summary was found: write brief.summary (what happened, with the key numbers).');
  }
  const oneLine = summary.startsWith('TODO') ? 'TODO: the incident in one line.' : shorten(firstSentence(summary), 160);
  const impactText = shorten(prose(found.get('impact')?.body ?? []).join(' '), 600);
  const domain = guessDomain(text);
  if (domain === 'unknown') notes.push('The technical domain could not be guessed: set brief.domain.');

  // Timeline.
  const timelineSection = found.get('timeline');
  let raw = timelineEntries(timelineSection?.body ?? []);
  if (raw.length === 0) raw = timelineEntries(all.filter((b) => b.kind === 'list' || b.kind === 'table'));
  if (raw.length === 0) {
    notes.push(
      timelineSection
        ? `The "${timelineSection.heading.text}" section has no time-stamped entries (such as "- 14:02 UTC: alert fires"): the timeline is one TODO entry.`
        : 'No timeline was found (a "## Timeline" section with times such as 14:02): the timeline is one TODO entry; add the real one.',
    );
  }
  const days = new Map<string, string>();
  for (const e of raw) if (e.date !== undefined && !days.has(dayKey(e.date))) days.set(dayKey(e.date), e.date);
  if (days.size > 1) {
    notes.push(`The timeline spans ${days.size} days (${[...days.values()].join(', ')}); a scenario's times are on one day, so entries may be out of order: keep the day that matters, or shift the times.`);
  }

  const exhibitIds = new Set<string>();
  const exhibits: FileExhibit[] = [];

  // Metric exhibits from numbers with units that recur in the timeline.
  // Grouped by the last two words of the name and the kind of unit: "pricing p99 latency 4.2 s" and "service p99
  // latency 850 ms" are one chart, in the smaller unit.
  const metrics = new Map<string, { name: string; names: Set<string>; unit: string; points: [string, number][]; entries: number[] }>();
  raw.forEach((entry, index) => {
    for (const m of measurements(entry.event)) {
      const tail = m.name.toLowerCase().split(' ').slice(-2).join(' ');
      const key = `${tail}|${m.unit in DURATION_MS ? 'duration' : m.unit}`;
      const metric = metrics.get(key) ?? { name: tail, names: new Set<string>(), unit: m.unit, points: [], entries: [] };
      metric.names.add(m.name.toLowerCase());
      let value = m.value;
      if (m.unit !== metric.unit && m.unit in DURATION_MS && metric.unit in DURATION_MS) {
        const [from, to] = [DURATION_MS[m.unit]!, DURATION_MS[metric.unit]!];
        if (from < to) {
          // The new point is in a smaller unit: convert what is there.
          metric.points = metric.points.map(([t, v]) => [t, round(v * (to / from))]);
          metric.unit = m.unit;
        } else value = round(value * (from / to));
      }
      const last = metric.points[metric.points.length - 1];
      if (last && last[0] === entry.time) last[1] = value;
      else metric.points.push([entry.time, value]);
      if (!metric.entries.includes(index)) metric.entries.push(index);
      metrics.set(key, metric);
    }
  });
  const entryExhibit = new Map<number, string>();
  const metricIds: string[] = [];
  for (const metric of metrics.values()) {
    if (metric.points.length < 2) continue;
    if (metric.names.size === 1) metric.name = [...metric.names][0]!;
    const id = uniqueId(slugify(metric.name), exhibitIds, 'metric');
    const label = metric.name.charAt(0).toUpperCase() + metric.name.slice(1);
    exhibits.push({
      id,
      kind: 'metric',
      title: label,
      caption: 'Read from the post-mortem timeline; TODO: check the values and add the points in between.',
      unit: metric.unit,
      series: [{ name: metric.name, points: metric.points }],
    });
    metricIds.push(id);
    for (const i of metric.entries) if (!entryExhibit.has(i)) entryExhibit.set(i, id);
  }

  // Log exhibits from fenced code blocks that look like logs.
  const logIds: string[] = [];
  all.forEach((b, i) => {
    if (b.kind !== 'code') return;
    const lines = logLines(b.lines);
    if (!lines) return;
    const before = all.slice(0, i).reverse().find((x) => x.kind === 'heading' || x.kind === 'paragraph');
    const context = before?.kind === 'heading' ? before.text : before?.kind === 'paragraph' ? shorten(firstSentence(before.text), 80) : '';
    const id = uniqueId(slugify(b.info && !/^(text|log|logs|console|shell|sh|bash|plain)$/i.test(b.info) ? `${b.info}-log` : 'log'), exhibitIds, 'log');
    exhibits.push({ id, kind: 'log', title: shorten(`Log excerpt${context ? `: ${context.replace(/[.:]$/, '')}` : ''}`, 100), lines });
    logIds.push(id);
  });

  const timeline: FileTimelineEntry[] = raw.map((e, i) => {
    const exhibit = entryExhibit.get(i) ?? logIds.find((id) => exhibits.some((x) => x.id === id && x.kind === 'log' && x.lines.some((l) => l.time.slice(0, 5) === e.time.slice(0, 5))));
    return { time: e.time, event: shorten(e.event, 400), source: e.source || guessSource(e.event), ...(exhibit ? { exhibit } : {}) };
  });
  if (timeline.length === 0) timeline.push({ time: '00:00', event: 'TODO: the first event of the incident.', source: 'TODO: where this fact comes from' });
  else if (raw.some((e) => !e.source)) notes.push('Timeline sources are guesses from the wording: check each entry\'s "source".');

  // The timeline as a table, first.
  const tableId = uniqueId('timeline-table', exhibitIds, 'timeline-table');
  exhibits.unshift({
    id: tableId,
    kind: 'table',
    title: 'Timeline',
    caption: timelineSection ? `From the post-mortem's "${timelineSection.heading.text}" section.` : 'TODO: the incident timeline.',
    columns: ['Time', 'Event', 'Source'],
    rows: timeline.map((e) => [e.time, e.event, e.source]),
  });
  if (metricIds.length > 0) notes.push(`${metricIds.length} metric chart${metricIds.length === 1 ? ' was' : 's were'} built from numbers in the timeline (${metricIds.join(', ')}): check the values; a good chart has 10-20 points.`);
  else notes.push('No metric chart could be built (a number with a unit, such as "error rate 12%", at two times or more): add the charts the room will argue about.');
  if (logIds.length === 0) notes.push('No log excerpt was found (a fenced code block of time-stamped lines): consider adding one.');

  // Topics from the action items.
  const actionBlocks = found.get('actions')?.body ?? [];
  const actionTexts: string[] = [];
  for (const b of actionBlocks) {
    if (b.kind === 'list') actionTexts.push(...b.items.map(plainText));
    else if (b.kind === 'table') {
      const col = Math.max(0, column(b.header, /action|item|task|description|what|title|summary/i));
      actionTexts.push(...b.rows.map((r) => plainText(r[col] ?? '')));
    }
  }
  const topicIds = new Set<string>();
  const topics = actionTexts
    .filter((t) => t.length > 0 && !/^(none|n\/a|tbd)\.?$/i.test(t))
    .slice(0, 12)
    .map((text) => ({ id: uniqueId(trimSlug(slugify(text, 36)), topicIds, 'topic'), label: shorten(text, 100) }));
  if (topics.length === 0) notes.push('No action items were found: topics is empty. Add the topics the trainee should park and revisit.');

  // Phases with one placeholder beat each.
  const causeText = shorten(prose(found.get('cause')?.body ?? []).join(' '), 400);
  const firstEntry = timeline[0]!;
  const lastEntry = timeline[timeline.length - 1]!;
  const parked = topics.slice(0, 2).map((t) => t.id);
  const evidence = [tableId, ...metricIds].slice(0, 3);
  const models: Record<PhaseKind, string> = {
    opening:
      'Thank you all for coming. This is a blameless post-mortem: we are here to understand what happened, not to find someone to blame. We will go through the timeline, then the contributing factors, then owned action items.',
    timeline: timeline[0]!.event.startsWith('TODO')
      ? 'TODO: a model reply that walks the room through the timeline with its times and numbers.'
      : `Let's pin this to the timeline. At ${firstEntry.time}: ${firstEntry.event.replace(/[.]$/, '')}. By ${lastEntry.time}: ${lastEntry.event.replace(/[.]$/, '')}. Let's agree on what happened before we discuss fixes.`,
    'root-cause': causeText
      ? `I understand the concern. The data points to contributing factors, not a person: ${causeText}`
      : 'TODO: a model reply that names the contributing factors with the data, and no person.',
    'action-items':
      topics.length > 0
        ? `Each action gets one owner, a date and a ticket: ${topics.slice(0, 3).map((t) => t.label.replace(/[.]$/, '')).join('; ')}. TODO: owners and dates.`
        : 'TODO: a model reply with specific actions, each with one owner, a date and a ticket.',
    close: 'Thank you, everyone. I will send the write-up with the owners and dates today, and we will review progress in two weeks.',
  };
  const phases: ScenarioFile['phases'] = PHASE_KINDS.map((kind) => {
    const plan = PHASE_PLAN[kind];
    let extra: Partial<FileBeat> = {};
    if (kind === 'timeline') {
      extra = { expects: { moves: plan.moves, exhibits: evidence }, ...(parked[0] ? { parks: parked[0] } : {}) };
    } else if (kind === 'root-cause') {
      extra = { expects: { moves: plan.moves, exhibits: logIds.length > 0 ? logIds : [tableId] }, ...(parked[1] ? { parks: parked[1] } : {}) };
    } else if (kind === 'action-items' && parked.length > 0) {
      extra = { revisits: parked };
    }
    return { id: kind, kind, title: plan.title, goal: plan.goal, beats: [placeholderBeat(kind, models[kind], extra)] };
  });

  const stakeholders: FileStakeholder[] = PLACEHOLDERS.map((p) => ({
    id: p.id,
    name: `TODO: ${p.archetype} stakeholder`,
    role: p.role,
    archetype: p.archetype,
    tension: p.tension,
    patience: p.patience,
  }));

  notes.unshift(
    'The voices are yours to write: the five stakeholders are placeholders (name, role, bio), and every beat\'s lines, options, feedback and reactions say TODO.',
    'Each phase has one placeholder beat; a 15-minute meeting needs about 13 beats plus 2-3 follow-ups (see docs/authoring.md).',
  );
  if (topics.length > 2) {
    const rest = topics.length - 2;
    notes.push(`Only the first two topics are parked and revisited by the placeholder beats; park the other ${rest === 1 ? 'one in a beat of its own' : `${rest} in beats of their own`}.`);
  }
  if (/<[a-z][^>]*>/i.test(text)) notes.push('The document contains HTML; it was kept as plain text. Tidy it where it shows.');

  const id = trimSlug(slugify(title.replace(/^\s*(post-?mortem|incident (report|review|summary)|pir|rca)\b\s*[:\-–—]?\s*/i, ''), 48)) || 'imported-postmortem';
  const scenario: ScenarioFile = {
    $schema: './scenario.schema.json',
    format: 1,
    id,
    title,
    brief: {
      summary,
      oneLine,
      domain,
      difficulty: 'medium',
      minutes: 15,
      ...(impactText ? { impact: impactText } : {}),
    },
    timeline,
    exhibits,
    stakeholders,
    topics,
    phases,
  };
  return { scenario, notes };
}
