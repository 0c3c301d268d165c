import { expect, test } from '@playwright/test';
import { startDefaultMeeting } from './helpers';

test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', acceptDownloads: true });

test('a lead exports a transcript and a mentor opens it read-only from the start screen', async ({ page }) => {
  await page.goto('/');
  await startDefaultMeeting(page, 'Pick');
  for (let i = 0; i < 3; i++) {
    const options = page.getByRole('group', { name: 'Pick your reply' });
    await options.getByRole('button').first().click();
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.getByRole('button', { name: 'Leave meeting' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /leave/i }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export transcript' }).click();
  const file = await (await download).path();

  // The mentor, in a fresh browser profile.
  await page.evaluate(() => localStorage.clear());
  await page.goto('/');
  await page.getByLabel('Review an exported transcript').setInputFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: 'Debrief' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('not added to your attempts');
  await expect(page.getByText('Abandoned').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/09-mentor-review.png' });
  expect(await page.evaluate(() => localStorage.getItem('hotseat.attempts'))).toBeNull();
});
