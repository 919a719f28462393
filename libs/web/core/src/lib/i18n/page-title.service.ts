import { effect, inject, Injectable, signal } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TranslocoService } from '@jsverse/transloco';
import { LanguageService } from './language.service';

/** What a page is about: a name from the data (an assembly's), or a translation key. */
export type PageSubject = { readonly text: string } | { readonly key: string };

/**
 * The document title: the page's subject, else its route's translated title, followed by the platform
 * name. It follows the active language.
 */
@Injectable({ providedIn: 'root' })
export class PageTitleService {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);
  private readonly routeTitleKey = signal<string | undefined>(undefined);
  private readonly subject = signal<PageSubject | undefined>(undefined);

  constructor() {
    effect(() => {
      this.language.code();
      const platform = this.transloco.translate('app.name');
      const page = this.pageTitle();
      this.title.setTitle(page ? `${page} · ${platform}` : platform);
    });
  }

  setRouteTitleKey(key: string | undefined): void {
    this.subject.set(undefined);
    this.routeTitleKey.set(key);
  }

  setSubject(subject: PageSubject | undefined): void {
    this.subject.set(subject);
  }

  private pageTitle(): string | undefined {
    const subject = this.subject();
    if (subject && 'text' in subject) return subject.text;
    const key = subject?.key ?? this.routeTitleKey();
    return key ? this.transloco.translate(key) : undefined;
  }
}
