/** A website as a link only when it is one: anything else would run as a script or go nowhere. */
export function safeWebsite(website: string | null | undefined): string | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
