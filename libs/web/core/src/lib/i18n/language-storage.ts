const STORAGE_KEY = 'canopy.language';

/** Storage can be missing or refused (private mode, strict settings): the choice then lasts the visit. */
export function readStoredLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function storeLanguage(code: string): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, code);
  } catch {
    return;
  }
}
