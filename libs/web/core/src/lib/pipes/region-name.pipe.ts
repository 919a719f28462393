import { inject, Pipe, PipeTransform } from '@angular/core';
import { regionName } from '../format/region-name';
import { LanguageService } from '../i18n/language.service';

export interface NamedCountry {
  readonly name: string;
  readonly iso2?: string | null;
}

/** A country's name in the active language. */
@Pipe({ name: 'regionName', pure: false })
export class RegionNamePipe implements PipeTransform {
  private readonly language = inject(LanguageService);

  transform(country: NamedCountry): string {
    return regionName(country.iso2, country.name, this.language.formatLocale());
  }
}
