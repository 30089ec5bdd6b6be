// A worker thread of pictures.mjs: draws the cards it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { drawPicture } from './draw-picture.mjs';

parentPort.on('message', async ({ id, card }) => {
  try {
    parentPort.postMessage({ id, png: await drawPicture(card) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error?.stack ?? error) });
  }
});
