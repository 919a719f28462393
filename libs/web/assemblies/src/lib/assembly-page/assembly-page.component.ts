import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { PageSubject, PageTitleService, PlaceNamePipe } from '@canopy/web/core';
import { AssemblyDocument } from '../graphql/generated';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  PageHeaderComponent,
  TagComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { switchMap } from 'rxjs';
import { EditionListComponent } from '../edition-list/edition-list.component';
import { AssemblyView, toAssemblyView } from './assembly-view';

@Component({
  selector: 'canopy-assembly-page',
  imports: [
    EditionListComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    PageHeaderComponent,
    PlaceNamePipe,
    RouterLink,
    TagComponent,
    TranslocoPipe,
  ],
  templateUrl: './assembly-page.component.html',
  styleUrl: './assembly-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssemblyPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({ query: AssemblyDocument, variables: { id: this.id() } }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toAssemblyView(this.result()));

  constructor() {
    effect(() => {
      this.pageTitle.setSubject(pageSubject(this.view()));
    });
  }

  protected retry(): void {
    this.query()
      .refetch()
      .catch(() => undefined);
  }
}

function pageSubject(view: AssemblyView): PageSubject | undefined {
  if (view.status === 'ready') return { text: view.assembly.name };
  if (view.status === 'not-found') return { key: 'assembly.notFound.heading' };
  return undefined;
}
