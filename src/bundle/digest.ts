/** SHA-256 for the manifest. Node's crypto is loaded on first use: only exports and replays need it. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(bytes).digest('hex');
}
