// Diagnostic, run by hand: Lighthouse (the bench's settings) on two builds served side by side,
// interleaved run by run, so both see the same machine load. Prints medians per page and build.
// Usage: BENCH_RUNS=3 node bench/ab.mjs DIR_A DIR_B /path [/path ...]
import { startServer } from '../scripts/serve.mjs';
import { browserExecutable } from './interaction.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { median } from './stats.mjs';

const [dirA, dirB, ...pagePaths] = process.argv.slice(2);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const servers = [await startServer({ dir: dirA, port: 4293 }), await startServer({ dir: dirB, port: 4294 })];
const builds = [
  { name: 'A', base: 'http://127.0.0.1:4293', dir: dirA },
  { name: 'B', base: 'http://127.0.0.1:4294', dir: dirB },
];
const results = new Map();
try {
  for (let run = 0; run < runs; run += 1) {
    for (const path of pagePaths) {
      // Alternate which build goes first, so neither always follows the other.
      const order = run % 2 === 0 ? builds : [...builds].reverse();
      for (const build of order) {
        const r = await runLighthouse(`${build.base}${path}`, { chromePath: browserExecutable() });
        const key = `${path} ${build.name}`;
        if (!results.has(key)) results.set(key, []);
        results.get(key).push(r);
        console.log(`run ${run + 1} ${key}: LCP ${Math.round(r.lcp)} TBT ${Math.round(r.tbt)} score ${Math.round(r.score * 100)} JS ${(r.bytes.transfer.js / 1024).toFixed(1)} KB`);
      }
    }
  }
} finally {
  for (const server of servers) server.close();
}
console.log('\nmedians');
for (const [key, list] of results) {
  const m = (f) => median(list.map(f));
  console.log(`${key}: LCP ${Math.round(m((r) => r.lcp))} TBT ${Math.round(m((r) => r.tbt))} score ${Math.round(m((r) => r.score) * 100)} JS ${(m((r) => r.bytes.transfer.js) / 1024).toFixed(1)} KB (n=${list.length})`);
}
