import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEFAULT_TITLE, TYPED_REPLIES } from './helpers';

test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

async function seriousViolations(page: Page) {
  // Colours are only final once entrance fades have finished.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.waitForTimeout(300);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

test('axe finds no serious or critical violations on any screen', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: DEFAULT_TITLE })).toBeVisible();
  expect(await seriousViolations(page), 'start').toEqual([]);

  await page.getByRole('radio', { name: /^Type/ }).check();
  await page.getByRole('button', { name: DEFAULT_TITLE }).click();
  const start = page.getByRole('button', { name: 'Start meeting' });
  await expect(start).toBeEnabled({ timeout: 30_000 });
  expect(await seriousViolations(page), 'briefing').toEqual([]);

  await start.click();
  const box = page.getByRole('textbox', { name: 'Your reply' });
  await expect(box).toBeVisible();
  expect(await seriousViolations(page), 'meeting').toEqual([]);

  await box.fill(TYPED_REPLIES.opening!);
  await box.press('Enter');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  expect(await seriousViolations(page), 'meeting, reacting').toEqual([]);

  await page.getByRole('button', { name: 'Leave meeting' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /leave/i }).last().click();
  // Leaving ends the meeting and opens the debrief.
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
  expect(await seriousViolations(page), 'debrief').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/07-debrief-abandoned.png' });

  await page.goto('/');
  await page.getByRole('button', { name: 'Open the scenario lab' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario lab' })).toBeVisible();
  expect(await seriousViolations(page), 'lab').toEqual([]);
  await page.screenshot({ path: 'test-results/screens/08-lab.png' });
});
