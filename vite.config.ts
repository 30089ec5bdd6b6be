import { defineConfig } from 'vitest/config';
import { runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** Fails the build when the question tree or the content does not validate. */
function validateContent(): Plugin {
  return {
    name: 'validate-content',
    apply: 'build',
    async buildStart() {
      // Loaded through Vite's module runner so the config itself stays free of app imports.
      const { module } = await runnerImport<typeof import('./scripts/content-check')>('./scripts/content-check.ts');
      const problems = module.contentProblems();
      if (problems.length > 0) this.error(`Content does not validate:\n- ${problems.join('\n- ')}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), validateContent()],
  resolve: {
    // Vite's default client conditions, stated so Vitest resolves react-router and
    // react-router/dom to the same ES build (otherwise two router contexts exist).
    conditions: ['module', 'browser', 'development|production'],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // One stylesheet, inlined whole into every page at build (see scripts/prerender.mjs).
    cssCodeSplit: false,
    // Read by scripts/prerender.mjs to preload each page's on-demand route chunk.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'] } },
      // Reads the finished build in dist/, so `npm test` runs it after `npm run build`.
      { extends: true, test: { name: 'built', include: ['tests/built/**/*.test.ts'] } },
    ],
  },
});
