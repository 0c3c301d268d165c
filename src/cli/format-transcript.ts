/**
 * A meeting transcript as plain text: what `npm run play` prints and what the golden files in `tests/golden/` hold.
 * Keep it stable: golden tests compare it line by line.
 */
import { clockLabel } from '../engine/selectors';
import type { MeetingContext } from '../engine/types';

export interface TranscriptHeader {
  seed: number;
  strategy: string;
}

export function formatTranscript(context: MeetingContext, header: TranscriptHeader, score: number): string {
  const { scenario } = context;
  const name = (id: string) => scenario.stakeholderIndex[id]?.name ?? id;
  const out: string[] = [];
  out.push(`# ${scenario.title} (${scenario.id})`);
  out.push(
    `# seed ${header.seed} · ${context.options.difficulty} · reply mode ${context.options.replyMode} · ${header.strategy}`,
  );
  for (const e of context.transcript) {
    const t = `[${clockLabel(e.at).padStart(5)}]`;
    switch (e.kind) {
      case 'phase':
        out.push('', `== ${e.title} ==`);
        break;
      case 'challenge':
        out.push(`${t} ${name(e.speaker)}: ${e.text}`);
        break;
      case 'interrupt':
        out.push(`${t} ${name(e.speaker)} (interrupting, ${e.count}): ${e.text}`);
        break;
      case 'exhibit':
        out.push(`${t} (you ${e.shown ? 'put on screen' : 'take down'}: ${e.title})`);
        break;
      case 'park':
        out.push(`${t} (parked for action items: ${e.label})`);
        break;
      case 'reply': {
        const how = e.mode === 'choice' ? ` [option ${e.optionId}, author: ${e.authorVerdict}]` : '';
        out.push(`${t} You${how}: ${e.text}`);
        const moves = Object.entries(e.verdict.moves)
          .filter(([, on]) => on)
          .map(([m]) => m);
        out.push(`        -> ${e.grade}, score ${e.verdict.score}; moves: ${moves.join(', ') || 'none'}`);
        break;
      }
      case 'reaction': {
        out.push(`${t} ${name(e.speaker)}: ${e.text}`);
        break;
      }
      case 'walkout':
        out.push(`${t} ${e.text}`);
        break;
      case 'pause':
      case 'resume':
        out.push(`${t} (meeting ${e.kind === 'pause' ? 'paused' : 'resumed'})`);
        break;
      case 'end': {
        const tension = scenario.stakeholders.map((s) => `${s.name} ${e.tension[s.id]}`).join(', ');
        out.push('', `== Outcome: ${e.outcome} · score ${score} ==`, e.reason, `Tension at the end: ${tension}`);
        break;
      }
    }
  }
  return out.join('\n') + '\n';
}
