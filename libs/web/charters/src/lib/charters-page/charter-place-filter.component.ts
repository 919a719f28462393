import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { completeData, countryOptions, LanguageService } from '@canopy/web/core';
import { CountriesService } from '@canopy/web/core/graphql';
import { CharterPlaceDocument, type JurisdictionLevel, PlacesWithinDocument } from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, combineLatest, map, of, switchMap } from 'rxjs';

interface PlaceChoice {
  readonly id: string;
  readonly label: string;
}

interface PlaceLevel {
  /** The place chosen at this level, '' for "anywhere in the place above". */
  readonly chosen: string;
  readonly level: JurisdictionLevel;
  readonly choices: readonly PlaceChoice[];
}

/**
 * Narrows charters to a place, one level at a time: a country, then a region, district or community
 * within it, each a native select (every keyboard, screen reader and phone knows one). The chain of
 * choices is rebuilt from the address, so a shared link shows the same selects.
 */
@Component({
  selector: 'canopy-charter-place-filter',
  imports: [FormsModule, MatFormField, MatInput, MatLabel, TranslocoPipe],
  template: `
    @for (level of levels(); track $index; let index = $index) {
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
        <mat-label>{{ 'charters.place.level.' + level.level | transloco }}</mat-label>
        <select
          matNativeControl
          [attr.data-testid]="'charter-place-' + index"
          [ngModel]="level.chosen"
          (ngModelChange)="choose(index, $event)"
        >
          <option value="">
            {{ (index === 0 ? 'charters.place.anyCountry' : 'charters.place.anyWithin') | transloco }}
          </option>
          @for (choice of level.choices; track choice.id) {
            <option [value]="choice.id">{{ choice.label }}</option>
          }
        </select>
      </mat-form-field>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .field {
      flex: 1 1 12rem;
      min-inline-size: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharterPlaceFilterComponent {
  private readonly apollo = inject(Apollo);
  private readonly language = inject(LanguageService);

  /** The place in the address; null for anywhere. */
  readonly placeId = input<string | null>(null);
  readonly placeChange = output<string | null>();

  private readonly fromAddress = toSignal(
    toObservable(this.placeId).pipe(
      switchMap((id) =>
        id
          ? this.apollo.query({ query: CharterPlaceDocument, variables: { id } }).pipe(
              map((result) => chainOf(result.data?.jurisdiction)),
              catchError(() => of([])),
            )
          : of([]),
      ),
    ),
    { initialValue: [] },
  );
  /** The ids chosen, from the country down; a choice here moves it before the address catches up. */
  private readonly chain = linkedSignal<readonly string[]>(() => this.fromAddress());

  private readonly countries = toSignal(
    inject(CountriesService)
      .countries()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  private readonly within = toSignal(
    toObservable(this.chain).pipe(
      switchMap((chain) =>
        chain.length
          ? combineLatest(
              chain.map((parentId) =>
                this.apollo
                  .watchQuery({ query: PlacesWithinDocument, variables: { parentId } })
                  .valueChanges.pipe(
                    map((result) => completeData(result)?.jurisdictions.edges.map((edge) => edge.node) ?? []),
                    catchError(() => of([])),
                  ),
              ),
            )
          : of([]),
      ),
    ),
    { initialValue: [] },
  );

  protected readonly levels = computed<PlaceLevel[]>(() => {
    const chain = this.chain();
    const locale = this.language.formatLocale();
    const collator = new Intl.Collator(locale);
    const levels: PlaceLevel[] = [
      { chosen: chain[0] ?? '', level: 'COUNTRY', choices: countryOptions(this.countries(), locale) },
    ];
    this.within().forEach((places, index) => {
      if (index >= chain.length || !places.length) return;
      levels.push({
        chosen: chain[index + 1] ?? '',
        level: places[0].level,
        choices: places
          .map((place) => ({ id: place.id, label: place.name }))
          .sort((a, b) => collator.compare(a.label, b.label)),
      });
    });
    return levels;
  });

  protected choose(index: number, id: string): void {
    const chain = [...this.chain().slice(0, index), ...(id ? [id] : [])];
    this.chain.set(chain);
    this.placeChange.emit(chain[chain.length - 1] ?? null);
  }
}

interface PlaceNode {
  readonly id: string;
  readonly parent?: PlaceNode | null;
}

/** The ids from the country down to the place. */
function chainOf(place: PlaceNode | null | undefined): string[] {
  const chain: string[] = [];
  for (let node = place; node; node = node.parent) chain.unshift(node.id);
  return chain;
}
