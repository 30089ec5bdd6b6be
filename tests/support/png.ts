/** A PNG's width and height, from its IHDR chunk (the first, right after the 8-byte signature). */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const signature = [137, 80, 78, 71, 13, 10, 26, 10];
  if (!signature.every((byte, index) => png[index] === byte)) throw new Error('not a PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
