import { inject, Pipe, PipeTransform } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { validationMessage } from '../forms/validation-message';
import { LanguageService } from '../i18n/language.service';

/** `{{ form.controls.email.errors | validationMessage: 'register' }}`: the first error, translated. */
@Pipe({ name: 'validationMessage', pure: false })
export class ValidationMessagePipe implements PipeTransform {
  private readonly transloco = inject(TranslocoService);
  private readonly language = inject(LanguageService);

  transform(errors: Readonly<Record<string, unknown>> | null | undefined, form?: string): string {
    const message = validationMessage(errors, form);
    if (!message) return '';
    const lang = this.language.code();
    const known = this.transloco.getTranslation(lang);
    const key = message.keys.find((candidate) => candidate in known) ?? 'forms.errors.invalid';
    return this.transloco.translate(key, message.params, lang);
  }
}
