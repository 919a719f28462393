import { inject, Pipe, PipeTransform } from '@angular/core';
import { formatNumber } from '../format/format-number';
import { LanguageService } from '../i18n/language.service';

@Pipe({ name: 'localNumber', pure: false })
export class LocalNumberPipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.language.formatLocale(), options);
  }
}
