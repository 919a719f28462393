import { inject, Pipe, PipeTransform } from '@angular/core';
import { formatDateRange } from '../format/format-date-range';
import { LanguageService } from '../i18n/language.service';

/** Impure so it follows a language switch; the work is a cheap Intl call. */
@Pipe({ name: 'dateRange', pure: false })
export class DateRangePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(startsOn: string | null | undefined, endsOn?: string | null): string {
    return formatDateRange(startsOn, endsOn, this.language.formatLocale());
  }
}
