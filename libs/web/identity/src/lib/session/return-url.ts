/**
 * Where to go after signing in: only a path on this site (never `//elsewhere` or `https://…`, which
 * would let a crafted link send someone off-site), and never back to a sign-in page.
 */
export function safeReturnUrl(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/^\/(login|register)(?:[/?#]|$)/.test(value)) return fallback;
  return value;
}
