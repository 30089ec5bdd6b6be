// Draws one link-preview card to PNG bytes: satori lays the card out as SVG (its text as
// outlines, so the rasteriser needs no fonts), sharp rasterises it. Both are deterministic: the
// same card, fonts and versions give the same bytes, which is what lets pictures.mjs cache them
// by content hash. Used in the pictures' worker threads and, directly, by the tests.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { PICTURE_HEIGHT, PICTURE_WIDTH, pictureElement } from './picture-card.mjs';

const require = createRequire(import.meta.url);

/** Inter (SIL Open Font License) as @fontsource ships it; satori reads WOFF, not WOFF2. */
export const FONT_FILES = [
  { weight: 400, file: require.resolve('@fontsource/inter/files/inter-latin-400-normal.woff') },
  { weight: 700, file: require.resolve('@fontsource/inter/files/inter-latin-700-normal.woff') },
];

let fonts = null;
/** Parsed once per process (or worker): reading them is most of a first picture's time. */
async function loadFonts() {
  fonts ??= Promise.all(FONT_FILES.map(async ({ weight, file }) => ({ name: 'Inter', weight, style: 'normal', data: await readFile(file) })));
  return fonts;
}

/**
 * A PNG of 16 colours: the cards are two flat grounds and text in three colours, so 16 colours
 * look the same as full colour (compared by eye) at about a sixth of the bytes (26 KB, not 160).
 */
export async function drawPicture(card) {
  const svg = await satori(pictureElement(card), { width: PICTURE_WIDTH, height: PICTURE_HEIGHT, fonts: await loadFonts() });
  return sharp(Buffer.from(svg)).png({ palette: true, colours: 16, dither: 0, compressionLevel: 9, effort: 10 }).toBuffer();
}
