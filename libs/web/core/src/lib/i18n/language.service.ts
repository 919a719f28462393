import { DOCUMENT } from '@angular/common';
import { computed, inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { readStoredLanguage, storeLanguage } from './language-storage';
import { DEFAULT_LANGUAGE, findLanguage, Language, LANGUAGES } from './languages';

@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);
  private readonly activeLanguage = signal<Language>(findLanguage(DEFAULT_LANGUAGE) ?? LANGUAGES[0]);

  readonly languages = LANGUAGES;
  readonly active = this.activeLanguage.asReadonly();
  readonly code = computed(() => this.activeLanguage().code);
  readonly direction = computed(() => this.activeLanguage().direction);
  /**
   * The locale dates, numbers and country names are formatted in: the reader's own regional variant
   * of the active language when the browser names one (en-GB, ar-EG), else the language alone.
   */
  readonly formatLocale = computed(() => {
    const code = this.activeLanguage().code;
    return this.browserLanguages().find((tag) => findLanguage(tag)?.code === code) ?? code;
  });

  /** The stored choice first, then the browser's preference, then English. */
  initialLanguage(): Language {
    const candidates = [readStoredLanguage(), ...this.browserLanguages()];
    for (const candidate of candidates) {
      const language = findLanguage(candidate);
      if (language) return language;
    }
    return findLanguage(DEFAULT_LANGUAGE) ?? LANGUAGES[0];
  }

  private browserLanguages(): readonly string[] {
    return this.document.defaultView?.navigator.languages ?? [];
  }

  /** Loads the translations before switching, so text and direction change together. */
  async use(code: string): Promise<void> {
    const language = findLanguage(code);
    if (!language) return;
    await firstValueFrom(this.transloco.load(language.code));
    this.transloco.setActiveLang(language.code);
    this.activeLanguage.set(language);
    const root = this.document.documentElement;
    root.lang = language.code;
    root.dir = language.direction;
    storeLanguage(language.code);
  }
}
