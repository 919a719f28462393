export const PAGE_SIZE = {
  default: 20,
  max: 100,
} as const;

/**
 * Opaque keyset cursors: the sort key of the last row seen, so a page never skips or repeats rows
 * when others are inserted meanwhile. Base64url of JSON keeps them URL-safe and versionable.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return base64UrlEncode(JSON.stringify(key));
}

/** Returns null for anything that is not a cursor of the expected arity. */
export function decodeCursor(cursor: string, arity: number): (string | number)[] | null {
  try {
    const key: unknown = JSON.parse(base64UrlDecode(cursor));
    if (!Array.isArray(key) || key.length !== arity) return null;
    return key.every((part) => typeof part === 'string' || typeof part === 'number') ? key : null;
  } catch {
    return null;
  }
}

function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((byte) => (binary += String.fromCharCode(byte)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlDecode(text: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}
