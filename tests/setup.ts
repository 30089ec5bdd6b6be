import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useQuizStore } from '../src/state';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  useQuizStore.setState(useQuizStore.getInitialState(), true);
});
