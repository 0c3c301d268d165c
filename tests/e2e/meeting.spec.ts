import { expect, test } from '@playwright/test';
import {
  currentPhaseTitle,
  DEFAULT_TITLE,
  GOOD_OPTIONS,
  openDefaultBriefingByKeyboard,
  phaseKindOf,
  playToDebrief,
  screenshot,
  startDefaultMeeting,
  tabTo,
  TYPED_REPLIES,
} from './helpers';

test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

test.beforeEach(async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as unknown as { __errors: string[] }).__errors = errors;
});

test.afterEach(async ({ page }) => {
  expect((page as unknown as { __errors: string[] }).__errors, 'console errors').toEqual([]);
});

test('a new user completes the default post-mortem by keyboard, typing every reply', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await screenshot(page, '01-start');
  // A radio group takes one Tab stop (the checked radio); arrows choose within it.
  await tabTo(page, 'radio', /^Both/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: /^Type/ })).toBeChecked();

  await openDefaultBriefingByKeyboard(page);
  await expect(page.getByRole('heading', { level: 1, name: DEFAULT_TITLE })).toBeVisible();
  await screenshot(page, '02-briefing');
  await tabTo(page, 'button', 'Start meeting');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('region', { name: 'Around the table' })).toBeVisible();
  const box = page.getByRole('textbox', { name: 'Your reply' });
  await expect(box).toBeFocused();
  await screenshot(page, '03-meeting');

  // Enter on an empty reply: a clear message, nothing sent, focus stays.
  await page.keyboard.press('Enter');
  await expect(page.getByText(/empty reply says nothing/)).toBeVisible();
  await expect(box).toBeFocused();

  let shotReaction = false;
  const turns = await playToDebrief(page, async (p) => {
    const text = TYPED_REPLIES[phaseKindOf(await currentPhaseTitle(p))]!;
    await expect(box).toBeFocused();
    await p.keyboard.insertText(text);
    await p.keyboard.press('Enter');
    await expect(p.getByRole('region', { name: 'Conversation' }).getByText(text.slice(0, 40)).last()).toBeVisible();
    if (!shotReaction) {
      shotReaction = true;
      await screenshot(p, '04-meeting-reaction');
    }
  });
  expect(turns).toBeGreaterThan(10);

  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeFocused();
  await expect(page.getByText(/completed|derailed/i).first()).toBeVisible();
  // The debrief shows the reply words with their moves highlighted.
  await expect(page.locator('mark').first()).toBeVisible();
  await screenshot(page, '05-debrief');
});

test('a new user completes the default post-mortem in choice mode', async ({ page }) => {
  await page.goto('/');
  await startDefaultMeeting(page, 'Pick');
  await expect(page.getByRole('textbox', { name: 'Your reply' })).toHaveCount(0);

  await playToDebrief(page, async (p) => {
    const group = p.getByRole('group', { name: 'Pick your reply' });
    const buttons = group.getByRole('button');
    const names = await buttons.allTextContents();
    const good = names.findIndex((n) => GOOD_OPTIONS.has(n.trim()));
    expect(good, `a good option among: ${names.join(' | ')}`).toBeGreaterThanOrEqual(0);
    await buttons.nth(good).focus();
    await p.keyboard.press('Enter');
  });
  await expect(page.getByText(/completed/i).first()).toBeVisible();
});

test('a reload mid-meeting resumes the same meeting, paused', async ({ page }) => {
  await page.goto('/');
  await startDefaultMeeting(page, 'Type');
  const box = page.getByRole('textbox', { name: 'Your reply' });
  await box.fill(TYPED_REPLIES.opening!);
  await page.getByRole('button', { name: 'Send' }).click();
  const talk = page.getByRole('region', { name: 'Conversation' });
  await expect(talk.getByText(TYPED_REPLIES.opening!.slice(0, 40))).toBeVisible();

  // Reload while the stakeholder reacts: the same reaction is back, and Continue goes on.
  const reacting = await talk.textContent();
  await page.reload();
  await page.getByRole('button', { name: 'Resume meeting' }).click();
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible({ timeout: 30_000 });
  await expect(talk).toHaveText(reacting!);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(box).toBeVisible();

  // Reload while the next stakeholder waits for a reply: back paused, the timer stopped, nothing lost.
  const waiting = await talk.textContent();
  await page.reload();
  await page.getByRole('button', { name: 'Resume meeting' }).click();
  await expect(page.getByText('Paused — resume when ready.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('timer', { name: 'Time to reply' })).toHaveCount(0);
  await expect(talk).toHaveText(waiting!);
  await screenshot(page, '06-resumed-paused');
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(page.getByRole('timer', { name: 'Time to reply' })).toBeVisible();
  await box.fill(TYPED_REPLIES.opening!);
  await box.press('Enter');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
});

test('the meeting goes on when audio cannot play', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    w.AudioContext = undefined;
    w.webkitAudioContext = undefined;
    HTMLMediaElement.prototype.play = () => Promise.reject(new DOMException('blocked', 'NotAllowedError'));
  });
  await page.route('**/sounds/**', (route) => route.abort());
  await page.goto('/');
  await startDefaultMeeting(page, 'Type');
  for (const kind of ['opening', 'opening', 'timeline']) {
    const box = page.getByRole('textbox', { name: 'Your reply' });
    await expect(box).toBeVisible();
    await box.fill(TYPED_REPLIES[kind]!);
    await box.press('Enter');
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Your reply' }).or(page.getByRole('button', { name: 'See your debrief' }))).toBeVisible();
  // Suppress expected audio failures from the console-error check: they must not be page errors.
  (page as unknown as { __errors: string[] }).__errors.splice(0);
});
