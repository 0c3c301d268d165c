/**
 * npm run bench:web — browser performance figures, printed (a benchmark, not a test):
 *  1. the first screen's JavaScript, gzip (entry chunk + its static imports, from Vite's manifest);
 *  2. time until the start screen is usable, next to a bare Vite + React page built and served the same way,
 *     both in headless Debian chromium, alternating runs;
 *  3. frame timings during a meeting (requestAnimationFrame intervals while stakeholders speak).
 * Needs /usr/bin/chromium (apt-get install -y chromium).
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium, type Browser } from 'playwright-core';
import { build, preview } from 'vite';

const ROOT = resolve('.');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

type Manifest = Record<string, { file: string; imports?: string[]; isEntry?: boolean; css?: string[] }>;

function firstScreenBytes(distDir: string): { files: string[]; raw: number; gzip: number } {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('no entry in the Vite manifest');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) visit(dep);
  };
  visit(entry);
  const files = [...seen].map((k) => manifest[k]!.file);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(distDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

async function buildApp(outDir: string) {
  await build({ root: ROOT, logLevel: 'error', build: { outDir, manifest: true, emptyOutDir: true } });
}

async function buildBare(outDir: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hotseat-bare-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><link rel="icon" href="data:,"><title>bare</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'src', 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<main><h1>Bare page</h1><button>Ready</button></main>);\n",
  );
  await build({
    root: dir,
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    resolve: { alias: { react: join(ROOT, 'node_modules/react'), 'react-dom': join(ROOT, 'node_modules/react-dom') } },
    build: { outDir, manifest: true, emptyOutDir: true },
  });
  return dir;
}

async function serve(outDir: string, root: string, port: number) {
  const server = await preview({ root, configFile: false, logLevel: 'error', build: { outDir }, preview: { host: '127.0.0.1', port, strictPort: true } });
  return server;
}

/** Milliseconds from navigation start until `selector` is visible and enabled. */
async function usableAfter(browser: Browser, url: string, selector: string): Promise<number> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator(selector).first().waitFor({ state: 'visible' });
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel) as HTMLButtonElement | null;
    return !!el && !el.disabled;
  }, selector);
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function frameTimings(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'The presale that ran out of gas' }).first().click();
  const start = page.getByRole('button', { name: 'Start meeting' });
  await start.waitFor();
  await page.waitForFunction(() => {
    const b = [...document.querySelectorAll('button')].find((x) => x.textContent?.trim() === 'Start meeting');
    return b && !(b as HTMLButtonElement).disabled;
  }, undefined, { timeout: 60_000 });
  await start.click();
  const reply = page.getByRole('textbox', { name: 'Your reply' });
  await reply.waitFor();
  // Record rAF intervals while a reply is sent and the stakeholders react (bubbles, meters, lean-in).
  // A plain string: tsx would wrap a function's inner helpers in __name(), which does not exist in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const loop = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__frames.length < 400) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  })()`);
  await reply.fill('I understand your concern. Let us look at the timeline: at 14:09 the gas per purchase spikes. We will park fixes for the action items.');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.waitForTimeout(3000);
  const frames = ((await page.evaluate('window.__frames')) as number[]).slice(1);
  await context.close();
  return frames;
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} not found: apt-get update && apt-get install -y chromium`);
    process.exit(1);
  }
  const appOut = join(tmpdir(), 'hotseat-bench-app');
  const bareOut = join(tmpdir(), 'hotseat-bench-bare');
  await buildApp(appOut);
  const bareRoot = await buildBare(bareOut);

  const app = firstScreenBytes(appOut);
  const bare = firstScreenBytes(bareOut);
  console.log('First screen JavaScript (entry + static imports):');
  console.log(`  app:  ${(app.gzip / 1024).toFixed(1)} KB gzip (${(app.raw / 1024).toFixed(1)} KB raw) in ${app.files.length} file(s)  target < 200 KB gzip`);
  console.log(`  bare: ${(bare.gzip / 1024).toFixed(1)} KB gzip (${(bare.raw / 1024).toFixed(1)} KB raw)`);

  const appServer = await serve(appOut, ROOT, 4301);
  const bareServer = await serve(bareOut, bareRoot, 4302);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const appTimes: number[] = [];
    const bareTimes: number[] = [];
    // Warm-up once each, then alternate so both see the same machine load.
    await usableAfter(browser, 'http://127.0.0.1:4301/', 'main button');
    await usableAfter(browser, 'http://127.0.0.1:4302/', 'main button');
    for (let i = 0; i < RUNS; i++) {
      appTimes.push(await usableAfter(browser, 'http://127.0.0.1:4301/', 'main button'));
      bareTimes.push(await usableAfter(browser, 'http://127.0.0.1:4302/', 'main button'));
    }
    const ratio = median(appTimes) / median(bareTimes);
    console.log(`Start screen usable (first enabled button visible), median of ${RUNS} runs:`);
    console.log(`  app:  ${median(appTimes).toFixed(0)} ms (min ${Math.min(...appTimes).toFixed(0)}, max ${Math.max(...appTimes).toFixed(0)})`);
    console.log(`  bare: ${median(bareTimes).toFixed(0)} ms (min ${Math.min(...bareTimes).toFixed(0)}, max ${Math.max(...bareTimes).toFixed(0)})`);
    console.log(`  ratio app/bare: ${ratio.toFixed(2)}x  target < 1.5x`);

    const frames = await frameTimings(browser, 'http://127.0.0.1:4301/');
    const mean = frames.reduce((a, b) => a + b, 0) / frames.length;
    console.log(`Meeting animation frames (${frames.length} rAF intervals while a reply is scored and answered):`);
    console.log(`  mean ${mean.toFixed(1)} ms (${(1000 / mean).toFixed(0)} fps), p95 ${percentile(frames, 95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms, frames over 20 ms: ${frames.filter((f) => f > 20).length}  target 60 fps`);
  } finally {
    await browser.close();
    await new Promise<void>((r) => appServer.httpServer.close(() => r()));
    await new Promise<void>((r) => bareServer.httpServer.close(() => r()));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
