/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
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
