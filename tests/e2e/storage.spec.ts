import { expect, test } from '@playwright/test';
import { DEFAULT_TITLE } from './helpers';

test.use({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });

test('corrupted saved data is set aside with a message, and the app starts clean', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('hotseat.attempts', '{"v":1,"savedAt":"x","data":[{"id":'); // cut off mid-write
    localStorage.setItem('hotseat.settings', JSON.stringify({ v: 99, savedAt: '2030-01-01T00:00:00Z', data: {} }));
  });
  await page.reload();
  await expect(page.getByText(/saved attempts could not be read; they were set aside/)).toBeVisible();
  await expect(page.getByText(/settings were saved by a different version|settings could not be read/)).toBeVisible();
  // Nothing was lost: the unreadable values are kept under quarantine keys.
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('hotseat.quarantine.'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(kept).toContain('{"v":1,"savedAt":"x","data":[{"id":');
  // And the app works: the default scenario opens.
  await page.getByRole('button', { name: DEFAULT_TITLE }).click();
  await expect(page.getByRole('button', { name: 'Start meeting' })).toBeVisible();
});
