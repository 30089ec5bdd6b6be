import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentProblems } from './scripts/content-check';

/** Fails the build when the question tree or the content does not validate. */
function validateContent(): Plugin {
  return {
    name: 'validate-content',
    apply: 'build',
    buildStart() {
      const problems = contentProblems();
      if (problems.length > 0) this.error(`Content does not validate:\n- ${problems.join('\n- ')}`);
    },
  };
}

export default defineConfig({
  plugins: [react(), validateContent()],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
