// The link-preview pictures: one PNG per distinct card (src/app/link-previews.ts), written to
// dist/previews/<hash>.png. The hash is of the card and of everything that draws it (these
// modules, the fonts, satori's and sharp's versions), so a picture's address changes exactly when
// its pixels may, and an unchanged picture is copied from the cache (node_modules/.cache) instead
// of drawn again. New pictures are drawn on every core: about 0.1 to 0.2 s each on one.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FONT_FILES } from './draw-picture.mjs';
import { PICTURE_HEIGHT, PICTURE_WIDTH } from './picture-card.mjs';

export const PICTURES_FOLDER = 'previews';
export const PICTURE_TYPE = 'image/png';
/**
 * What drawing every picture may add to a build with an empty cache, on a 2-core machine: about
 * 20 s measured for 275 pictures. Over it the build warns (never fails: time is not a test).
 */
export const COLD_DRAWING_BUDGET_SECONDS = 60;
/** WhatsApp drops a preview picture above 300 KB; the build fails on one. */
export const MAX_PICTURE_BYTES = 300 * 1024;

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

/** An installed package's version (its package.json is not always among its exports). */
function packageVersion(name) {
  let folder = dirname(require.resolve(name));
  while (folder !== dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8'));
      if (found === name) return version;
    }
    folder = dirname(folder);
  }
  throw new Error(`Cannot find the version of ${name}`);
}

/** Everything that decides a picture's pixels besides its card. */
function drawingFingerprint() {
  const hash = createHash('sha256');
  for (const module of ['picture-card.mjs', 'draw-picture.mjs']) hash.update(readFileSync(join(here, module)));
  for (const { file } of FONT_FILES) hash.update(readFileSync(file));
  for (const name of ['satori', 'sharp']) hash.update(`${name}@${packageVersion(name)}`);
  return hash.digest('hex');
}

export function pictureHash(card, fingerprint = drawingFingerprint()) {
  return createHash('sha256').update(fingerprint).update(JSON.stringify(card)).digest('hex').slice(0, 20);
}

/** Draws cards on `threads` worker threads; resolves to their PNG bytes, in order. */
async function drawAll(cards, threads) {
  if (cards.length === 0) return [];
  // sharp is loaded here first: a native module must be loaded by the main thread before workers load it.
  await import('sharp');
  const results = new Array(cards.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(threads, cards.length) }, () => new Worker(join(here, 'picture-worker.mjs')));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise((resolve, reject) => {
            const send = () => {
              if (next >= cards.length) return resolve();
              const id = next++;
              worker.postMessage({ id, card: cards[id] });
            };
            worker.on('message', ({ id, png, error }) => {
              if (error) return reject(new Error(`Drawing a preview picture failed: ${error}`));
              results[id] = Buffer.from(png);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}

/**
 * Writes the picture of every card in `cards` (a Map of key → card) and returns a Map of key →
 * { path, width, height, type, bytes } plus the numbers for the build report.
 */
export async function writePictures({ dist, cacheDir, cards, threads = availableParallelism() }) {
  const started = performance.now();
  const fingerprint = drawingFingerprint();
  const byHash = new Map();
  for (const card of cards.values()) byHash.set(pictureHash(card, fingerprint), card);

  await mkdir(cacheDir, { recursive: true });
  await mkdir(join(dist, PICTURES_FOLDER), { recursive: true });
  const cached = (hash) => join(cacheDir, `${hash}.png`);
  const missing = [];
  for (const hash of byHash.keys()) {
    if (!(await stat(cached(hash)).catch(() => null))) missing.push(hash);
  }
  const drawn = await drawAll(missing.map((hash) => byHash.get(hash)), threads);
  await Promise.all(missing.map((hash, index) => writeFile(cached(hash), drawn[index])));

  const sizes = new Map();
  for (const hash of byHash.keys()) {
    await copyFile(cached(hash), join(dist, PICTURES_FOLDER, `${hash}.png`));
    sizes.set(hash, (await stat(cached(hash))).size);
  }
  const tooLarge = [...sizes].filter(([, bytes]) => bytes > MAX_PICTURE_BYTES);
  if (tooLarge.length > 0) throw new Error(`Preview pictures over ${MAX_PICTURE_BYTES} bytes: ${tooLarge.map(([hash, bytes]) => `${hash}.png (${bytes})`).join(', ')}`);

  const pictures = new Map();
  for (const [key, card] of cards) {
    const hash = pictureHash(card, fingerprint);
    pictures.set(key, { path: `/${PICTURES_FOLDER}/${hash}.png`, width: PICTURE_WIDTH, height: PICTURE_HEIGHT, type: PICTURE_TYPE, bytes: sizes.get(hash) });
  }
  const allBytes = [...sizes.values()];
  return {
    pictures,
    report: {
      count: sizes.size,
      drawn: missing.length,
      totalBytes: allBytes.reduce((sum, bytes) => sum + bytes, 0),
      largestBytes: Math.max(0, ...allBytes),
      seconds: (performance.now() - started) / 1000,
    },
  };
}
