import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useQuizStore } from '../src/state';

// jsdom lays nothing out and has no scrolling (it reports "Not implemented" for each call); the
// layout scrolls each page opened by a link to its top.
// (The build's tests run in Node, without a DOM: `// @vitest-environment node`.)
const hasDom = typeof window !== 'undefined';
if (hasDom) window.scrollTo = () => undefined;

// Routes load on demand; on a busy 2-core CI machine that can take longer than the default 1 s.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  if (!hasDom) return;
  cleanup();
  window.localStorage.clear();
  useQuizStore.setState(useQuizStore.getInitialState(), true);
});
