/** Reading what a test needs from a PNG file: that it is one, and its size from the IHDR chunk. */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The width and height of the PNG `bytes`; throws when they are not a PNG (signature, then an IHDR chunk first). */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes.byteLength < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) throw new Error('not a PNG: the signature is missing');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (view.getUint32(8) !== 13 || chunk !== 'IHDR') throw new Error(`not a PNG: the first chunk is ${chunk}, not IHDR`);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
