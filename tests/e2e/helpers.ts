/** Shared steps for the browser tests: what a new user does, by role and accessible name. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export const DEFAULT_TITLE = 'The presale that ran out of gas';

interface ScenarioJson {
  phases: { title: string; kind: string; beats: { options: { text: string; verdict: string }[] }[] }[];
}

export const defaultScenario = JSON.parse(readFileSync('scenarios/gas-spike-outage.json', 'utf8')) as ScenarioJson;

/** Good lines a lead might type, by agenda phase: blameless, backed by data, fixes parked, owners and dates. */
export const TYPED_REPLIES: Record<string, string> = {
  opening:
    "Thank you all for being here; I understand today has been stressful. This is a blameless post-mortem: nobody here is at fault, we're looking at the system. We'll follow the agenda: timeline, contributing factors, then action items, and we'll hold fixes until we understand the cause.",
  timeline:
    "I understand your concern, and it matters. Let's pin it to the timeline: at 14:09 the gas per purchase chart climbs and the failed purchase rate follows. What did the relayer logs show just before? Let's note fixes in the parking lot for the action items.",
  'root-cause':
    "I hear the frustration. Let's look at the data rather than at people: the gas usage metrics at 14:44 show purchase() passing the block gas limit. What in the system made that possible? We'll come back to fixes at action items once we understand the contributing factors.",
  'action-items':
    'Here are the actions, each with one owner and a date: Tomasz owns capping relayer retries with backoff, ticket INFRA-877, due Thursday at noon; Grant owns clear checkout error messages, ticket WEB-2310, due Friday.',
  close:
    "Thank you, everyone; I know this was a hard meeting. I'll send the written summary with owners and dates by Thursday 10:00, and we review progress at Thursday's go/no-go.",
};

export function phaseKindOf(title: string): string {
  return defaultScenario.phases.find((p) => title.includes(p.title))?.kind ?? 'timeline';
}

export const GOOD_OPTIONS = new Set(
  defaultScenario.phases.flatMap((p) => p.beats.flatMap((b) => b.options.filter((o) => o.verdict === 'good').map((o) => o.text))),
);

/** Tabs forward until the element matching `name` has focus (keyboard only), then returns. */
export async function tabTo(page: Page, role: 'button' | 'radio' | 'checkbox' | 'textbox', name: string | RegExp, max = 60) {
  const target = page.getByRole(role, { name, exact: typeof name === 'string' }).first();
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${role} "${String(name)}" with Tab`);
}

export async function currentPhaseTitle(page: Page): Promise<string> {
  const step = page.getByRole('region', { name: 'Agenda' }).locator('[aria-current="step"]');
  return (await step.count()) ? ((await step.first().textContent()) ?? '') : '';
}

export async function openDefaultBriefingByKeyboard(page: Page) {
  await tabTo(page, 'button', DEFAULT_TITLE);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Start meeting' })).toBeEnabled({ timeout: 30_000 });
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: false });
}

/** Plays the meeting to the debrief with the keyboard only; `reply` answers each turn. Returns the turns taken. */
export async function playToDebrief(page: Page, reply: (page: Page) => Promise<void>, maxTurns = 80): Promise<number> {
  const debrief = page.getByRole('heading', { level: 1, name: 'Debrief' });
  for (let turn = 0; turn < maxTurns; turn++) {
    const see = page.getByRole('button', { name: 'See your debrief' });
    const next = page.getByRole('button', { name: 'Continue' });
    const box = page.getByRole('textbox', { name: 'Your reply' });
    const options = page.getByRole('group', { name: 'Pick your reply' });
    await expect(see.or(next).or(box).or(options).or(debrief).first()).toBeVisible({ timeout: 30_000 });
    if (await debrief.isVisible()) return turn;
    if (await see.isVisible()) {
      await expect(see).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(debrief).toBeVisible({ timeout: 30_000 });
      return turn;
    }
    if (await next.isVisible()) {
      await expect(next).toBeFocused();
      await page.keyboard.press('Enter');
      continue;
    }
    await reply(page);
  }
  throw new Error('the meeting did not reach the debrief');
}

/** Chooses a reply mode on the start screen, opens the default scenario and starts the meeting once the scorer is ready. */
export async function startDefaultMeeting(page: Page, mode: 'Type' | 'Pick') {
  await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole('button', { name: DEFAULT_TITLE }).click();
  const start = page.getByRole('button', { name: 'Start meeting' });
  await expect(start).toBeEnabled({ timeout: 30_000 });
  await start.click();
}
