/** A multiple of 3 bytes, so each chunk encodes to base64 without padding in the middle. */
export const BASE64_CHUNK_BYTES = 3 * 16_384;

/**
 * Base64 of `bytes`, encoded chunk by chunk: `String.fromCharCode(...bytes)` on a whole file
 * overflows the call stack, and growing one string byte by byte is quadratic in old engines.
 */
export function bytesToBase64(bytes: Uint8Array, chunkBytes = BASE64_CHUNK_BYTES): string {
  if (chunkBytes % 3 !== 0) throw new Error('chunkBytes must be a multiple of 3');
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += chunkBytes) {
    const chunk = bytes.subarray(start, start + chunkBytes);
    let binary = '';
    // Small slices keep the argument list of fromCharCode well under engine limits.
    for (let offset = 0; offset < chunk.length; offset += 8_192) {
      binary += String.fromCharCode(...chunk.subarray(offset, offset + 8_192));
    }
    parts.push(btoa(binary));
  }
  return parts.join('');
}

export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
