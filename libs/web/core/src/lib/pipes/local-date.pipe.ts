import { inject, Pipe, PipeTransform } from '@angular/core';
import { formatDate } from '../format/format-date';
import { LanguageService } from '../i18n/language.service';

/** `{{ member.joinedAt | localDate }}`: impure so it follows a language switch. */
@Pipe({ name: 'localDate', pure: false })
export class LocalDatePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: string | null | undefined): string {
    return formatDate(value, this.language.formatLocale());
  }
}
