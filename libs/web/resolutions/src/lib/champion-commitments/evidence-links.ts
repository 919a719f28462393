import { RESOLUTION_LIMITS } from '@canopy/domain';

/** Evidence links as typed, one per line: the lines that hold something. */
export function evidenceLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export type EvidenceProblem = 'notLinks' | 'tooMany';

/** The API takes up to ten http(s) links; a line that is not one is named before anything is sent. */
export function evidenceProblem(links: readonly string[]): EvidenceProblem | null {
  if (links.length > RESOLUTION_LIMITS.evidenceLinks) return 'tooMany';
  return links.every(isWebLink) ? null : 'notLinks';
}

function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
