// Setup for the jsdom test project: jest-dom matchers, and unmounting after
// each test (Testing Library only does that itself when Vitest globals are on).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);
