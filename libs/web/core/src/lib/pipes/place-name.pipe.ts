import { inject, Pipe, PipeTransform } from '@angular/core';
import type { JurisdictionLevel } from '@canopy/domain';
import { TranslocoService } from '@jsverse/transloco';
import { regionName } from '../format/region-name';
import { LanguageService } from '../i18n/language.service';

export interface Place {
  readonly name: string;
  readonly level: `${JurisdictionLevel}`;
  readonly country: { readonly name: string; readonly iso2?: string | null };
}

/** "Songkhla, Thailand" for a place within a country; the country alone, in the reader's language. */
@Pipe({ name: 'placeName', pure: false })
export class PlaceNamePipe implements PipeTransform {
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);

  transform(place: Place): string {
    const country = regionName(place.country.iso2, place.country.name, this.language.formatLocale());
    if (place.level === 'COUNTRY') return country;
    return this.transloco.translate(
      'place.withinCountry',
      { place: place.name, country },
      this.language.code(),
    );
  }
}
