import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { moveItem } from '@canopy/domain';
import {
  ActionOutcomeComponent,
  ActionRunner,
  completeData,
  countryOptions,
  LanguageService,
} from '@canopy/web/core';
import { CountriesService } from '@canopy/web/core/graphql';
import { SetStatuteChaptersDocument, StatuteChaptersDocument } from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import { focusMoveButton, MoveButtonsComponent, NoticeComponent, PageHeaderComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { catchError, EMPTY, of, switchMap } from 'rxjs';

interface ChapterDraft {
  /** Stable across moves, for focus and tracking. */
  readonly key: number;
  code: string;
  title: string;
}

/**
 * Platform admins keep, per country, the chapters of its national health statute that the sections of
 * community charters may answer (Thailand's National Health Act, say): an ordered list of codes and
 * titles, saved whole.
 */
@Component({
  selector: 'canopy-statute-chapters-page',
  imports: [
    ActionOutcomeComponent,
    FormsModule,
    MatButton,
    MatFormField,
    MatInput,
    MatLabel,
    MoveButtonsComponent,
    NoticeComponent,
    PageHeaderComponent,
    TranslocoPipe,
  ],
  template: `
    <canopy-page-header
      [heading]="'statuteChapters.heading' | transloco"
      [lead]="'statuteChapters.lead' | transloco"
      headingTestId="statute-heading"
    />
    @if (!session.me()?.isPlatformAdmin) {
      <canopy-notice class="notice" kind="info" data-testid="statute-forbidden">{{
        'statuteChapters.forbidden' | transloco
      }}</canopy-notice>
    } @else {
      <form class="form section" data-testid="statute-form" novalidate (ngSubmit)="save()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>{{ 'statuteChapters.country' | transloco }}</mat-label>
          <select
            matNativeControl
            name="country"
            data-testid="statute-country"
            [ngModel]="countryId()"
            (ngModelChange)="countryId.set($event)"
          >
            <option value="">{{ 'statuteChapters.chooseCountry' | transloco }}</option>
            @for (country of countries(); track country.id) {
              <option [value]="country.id">{{ country.label }}</option>
            }
          </select>
        </mat-form-field>
        @if (countryId()) {
          @if (loaded()) {
            <ol class="chapters" data-testid="statute-chapters">
              @for (
                chapter of drafts();
                track chapter.key;
                let index = $index, first = $first, last = $last
              ) {
                <li class="chapter" data-testid="statute-chapter">
                  <div class="pair">
                    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="code">
                      <mat-label>{{ 'statuteChapters.code' | transloco: { number: index + 1 } }}</mat-label>
                      <input
                        matInput
                        [name]="'code-' + chapter.key"
                        data-testid="statute-code"
                        [attr.aria-invalid]="invalid().has(index + '.code')"
                        [(ngModel)]="chapter.code"
                      />
                    </mat-form-field>
                    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="title">
                      <mat-label>{{
                        'statuteChapters.chapterTitle' | transloco: { number: index + 1 }
                      }}</mat-label>
                      <input
                        matInput
                        [name]="'title-' + chapter.key"
                        data-testid="statute-title"
                        [attr.aria-invalid]="invalid().has(index + '.title')"
                        [(ngModel)]="chapter.title"
                      />
                    </mat-form-field>
                  </div>
                  <canopy-move-buttons
                    testId="statute-chapter"
                    [moveKey]="chapter.key"
                    [first]="first"
                    [last]="last"
                    [labels]="{
                      up: 'statuteChapters.moveUp' | transloco,
                      down: 'statuteChapters.moveDown' | transloco,
                      remove: 'statuteChapters.remove' | transloco,
                      item: 'statuteChapters.chapter' | transloco: { number: index + 1 },
                    }"
                    (moved)="move(index, $event, chapter.key)"
                    (removed)="remove(index)"
                  />
                </li>
              } @empty {
                <li class="note" data-testid="statute-empty">{{ 'statuteChapters.none' | transloco }}</li>
              }
            </ol>
            @if (problem(); as problem) {
              <p class="problem" role="alert" data-testid="statute-problem">
                {{ 'statuteChapters.problems.' + problem | transloco }}
              </p>
            }
            <canopy-action-outcome testId="statute" [outcome]="runner.outcome()" />
            <div class="actions">
              <button mat-stroked-button type="button" data-testid="statute-add" (click)="add()">
                {{ 'statuteChapters.add' | transloco }}
              </button>
              <button mat-flat-button type="submit" data-testid="statute-save" [disabled]="runner.busy()">
                {{ 'statuteChapters.save' | transloco }}
              </button>
            </div>
          } @else {
            <p class="note">{{ 'statuteChapters.loading' | transloco }}</p>
          }
        }
      </form>
    }
  `,
  styleUrl: '../charters-desk.css',
  styles: `
    .chapters {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chapter {
      display: grid;
      gap: 0.25rem;
      padding-block-end: 0.75rem;
      border-block-end: 1px solid var(--mat-sys-outline-variant);
    }
    .pair {
      display: grid;
      grid-template-columns: minmax(6rem, 1fr) minmax(0, 4fr);
      gap: 0.5rem;
    }
    @media (max-width: 480px) {
      .pair {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatuteChaptersPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly session = inject(SessionService);

  private readonly allCountries = toSignal(
    inject(CountriesService)
      .countries()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly countries = computed(() =>
    countryOptions(this.allCountries(), this.language.formatLocale()),
  );
  protected readonly countryId = signal('');

  private readonly saved = toSignal(
    toObservable(this.countryId).pipe(
      switchMap((countryId) =>
        countryId
          ? this.apollo.watchQuery({ query: StatuteChaptersDocument, variables: { countryId } }).valueChanges
          : EMPTY,
      ),
    ),
  );
  protected readonly loaded = computed(() => !!completeData(this.saved()));
  private nextKey = 0;
  /** The list being edited: the saved one until the admin changes it. */
  protected readonly drafts = linkedSignal<ChapterDraft[]>(
    () =>
      completeData(this.saved())?.statuteChapters.map((chapter) => ({ ...chapter, key: this.nextKey++ })) ??
      [],
  );
  protected readonly problem = signal<'empty' | 'duplicate' | null>(null);
  protected readonly invalid = signal<ReadonlySet<string>>(new Set());
  protected readonly runner = new ActionRunner();

  protected add(): void {
    this.drafts.update((drafts) => [...drafts, { key: this.nextKey++, code: '', title: '' }]);
    // The new chapter's code field takes focus once it is on screen.
    afterNextRender(
      () => {
        const codes = this.host.nativeElement.querySelectorAll<HTMLInputElement>(
          '[data-testid="statute-code"]',
        );
        codes.item(codes.length - 1)?.focus();
      },
      { injector: this.injector },
    );
  }

  protected remove(index: number): void {
    this.drafts.update((drafts) => drafts.filter((_, at) => at !== index));
  }

  protected move(index: number, offset: -1 | 1, key: number): void {
    this.drafts.update((drafts) => moveItem(drafts, index, offset));
    focusMoveButton(this.host.nativeElement, key, offset, this.injector);
  }

  protected async save(): Promise<void> {
    const chapters = this.drafts().map((draft) => ({ code: draft.code.trim(), title: draft.title.trim() }));
    const invalid = new Set<string>();
    chapters.forEach((chapter, index) => {
      if (!chapter.code) invalid.add(`${index}.code`);
      if (!chapter.title) invalid.add(`${index}.title`);
      if (chapters.findIndex((other) => other.code === chapter.code) < index) invalid.add(`${index}.code`);
    });
    this.invalid.set(invalid);
    const empty = chapters.some((chapter) => !chapter.code || !chapter.title);
    this.problem.set(empty ? 'empty' : invalid.size ? 'duplicate' : null);
    if (invalid.size) return;
    await this.runner.run({ key: 'statuteChapters.saved' }, () =>
      this.apollo.mutate({
        mutation: SetStatuteChaptersDocument,
        variables: { input: { countryId: this.countryId(), chapters } },
        refetchQueries: ['StatuteChapters'],
        awaitRefetchQueries: true,
      }),
    );
  }
}
