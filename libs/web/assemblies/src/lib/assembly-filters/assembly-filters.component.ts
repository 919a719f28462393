import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { LanguageService, regionName } from '@canopy/web/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ASSEMBLY_KINDS, isAssemblyKind } from '../assembly-kinds';
import { AssemblyFilters } from './assembly-filters';

export interface CountryChoice {
  readonly name: string;
  readonly iso2?: string | null;
}

interface CountryOption {
  readonly code: string;
  readonly label: string;
}

/** Native selects inside Material fields: familiar on phones, and fully usable by keyboard. */
@Component({
  selector: 'canopy-assembly-filters',
  imports: [MatFormField, MatLabel, MatInput, TranslocoPipe],
  templateUrl: './assembly-filters.component.html',
  styleUrl: './assembly-filters.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssemblyFiltersComponent {
  private readonly language = inject(LanguageService);

  readonly filters = input.required<AssemblyFilters>();
  readonly countries = input.required<readonly CountryChoice[]>();
  readonly filtersChange = output<AssemblyFilters>();

  protected readonly kinds = ASSEMBLY_KINDS;

  /** Sorted by the name the reader sees; a country from the URL stays selectable while choices load. */
  protected readonly countryOptions = computed<CountryOption[]>(() => {
    const locale = this.language.formatLocale();
    const options = this.countries()
      .filter((country): country is CountryChoice & { iso2: string } => !!country.iso2)
      .map((country) => ({
        code: country.iso2.toUpperCase(),
        label: regionName(country.iso2, country.name, locale),
      }));
    const selected = this.filters().countryCode;
    if (selected && !options.some((option) => option.code === selected)) {
      options.push({ code: selected, label: regionName(selected, selected, locale) });
    }
    const collator = new Intl.Collator(locale);
    return options.sort((a, b) => collator.compare(a.label, b.label));
  });

  protected onKindChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.filtersChange.emit({ ...this.filters(), kind: isAssemblyKind(value) ? value : null });
  }

  protected onCountryChange(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.filtersChange.emit({ ...this.filters(), countryCode: value || null });
  }
}
