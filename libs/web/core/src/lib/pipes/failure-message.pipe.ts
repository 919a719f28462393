import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { failureMessage } from '../forms/failure-message';
import { formatRetryAfter } from '../format/format-retry-after';
import { LanguageService } from '../i18n/language.service';

/**
 * `{{ failure() | failureMessage: 'login' }}`: why a submission failed, translated; `{{when}}` in the
 * message is the wait a rate limit asks for ("in 15 minutes").
 */
@Pipe({ name: 'failureMessage', pure: false })
export class FailureMessagePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  transform(error: unknown, form?: string): string {
    if (error === null || error === undefined) return '';
    const message = failureMessage(error, form);
    const lang = this.language.code();
    const known = this.transloco.getTranslation(lang);
    const key = message.keys.find((candidate) => candidate in known) ?? 'forms.failures.unknown';
    const seconds = message.params['retryAfterSeconds'];
    const when = typeof seconds === 'number' ? formatRetryAfter(seconds, this.language.formatLocale()) : '';
    return this.transloco.translate(key, { when }, lang);
  }
}
