// `npm audit` of the production dependencies, failing on any high or critical advisory.
// Where the registry offers no advisory service (this workplace's mirror answers 405),
// it says so loudly and does not fail: the check cannot be made there, not "passed".
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(`npm audit printed no JSON:\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.warn(`WARNING: npm audit skipped, the advisory service is unavailable: ${report.message ?? report.error?.summary ?? 'unknown error'}`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`);
process.exit(serious === 0 ? 0 : 1);
