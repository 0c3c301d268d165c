/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { scenarioIndexPlugin } from './scripts/vite-scenario-index.ts';

export default defineConfig({
  // The bundled scenarios are validated here, at build time; the app gets summaries and one chunk per scenario.
  plugins: [react(), scenarioIndexPlugin()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30000,
    // CI collects a JSON report beside the console output to print the totals line.
    reporters: process.env.HOTSEAT_REPORT_DIR ? ['default', 'json'] : ['default'],
    outputFile: process.env.HOTSEAT_REPORT_DIR
      ? { json: `${process.env.HOTSEAT_REPORT_DIR}/vitest.json` }
      : undefined,
  },
});
