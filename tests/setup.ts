import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy* and waitFor give up after 1 s by default. The suite runs its files in parallel on a 2-CPU machine while one
// of them retrains the learned model, and a screen that appears in 20 ms alone can then take over a second; a real
// failure still fails, just later.
configure({ asyncUtilTimeout: 5000 });
