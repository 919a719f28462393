import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { PAGE_SIZE } from '@canopy/domain';
import { FailureMessagePipe, LocalNumberPipe, PluralPipe, requireData } from '@canopy/web/core';
import { UnverifiedOrganizationsDocument, VerifyOrganizationDocument } from '../graphql/generated';
import {
  EmptyStateComponent,
  ErrorStateComponent,
  LoadingStateComponent,
  NoticeComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { OrganizationCardComponent } from '../organization-summary/organization-card.component';
import { toUnverifiedOrganizationsView } from './unverified-organizations-view';

type Outcome =
  { readonly kind: 'verified'; readonly name: string } | { readonly kind: 'failed'; readonly error: unknown };

/** Organizations waiting for a platform admin's verification, each with its Verify button. */
@Component({
  selector: 'canopy-unverified-organizations',
  imports: [
    EmptyStateComponent,
    ErrorStateComponent,
    FailureMessagePipe,
    LoadingStateComponent,
    LocalNumberPipe,
    MatButton,
    MatProgressBar,
    NoticeComponent,
    OrganizationCardComponent,
    PluralPipe,
    TranslocoPipe,
  ],
  templateUrl: './unverified-organizations.component.html',
  styleUrls: ['../organization-form.css', './unverified-organizations.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnverifiedOrganizationsComponent {
  private readonly apollo = inject(Apollo);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly query = this.apollo.watchQuery({
    query: UnverifiedOrganizationsDocument,
    variables: { first: PAGE_SIZE.default },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  private readonly result = toSignal(this.query.valueChanges);
  protected readonly view = computed(() => toUnverifiedOrganizationsView(this.result()));
  protected readonly outcome = signal<Outcome | null>(null);
  protected readonly verifying = signal<string | null>(null);
  protected readonly loadMoreFailed = signal(false);

  protected retry(): void {
    this.query.refetch().catch(() => undefined);
  }

  protected async verify(id: string, name: string): Promise<void> {
    if (this.verifying()) return;
    this.outcome.set(null);
    this.verifying.set(id);
    try {
      requireData(
        await firstValueFrom(this.apollo.mutate({ mutation: VerifyOrganizationDocument, variables: { id } })),
      );
      this.outcome.set({ kind: 'verified', name });
      await this.query.refetch({ after: null }).catch(() => undefined);
    } catch (error) {
      this.outcome.set({ kind: 'failed', error });
    } finally {
      // The organization leaves the list, and its button with it: focus goes to what happened.
      afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('[data-outcome]')?.focus(), {
        injector: this.injector,
      });
      this.verifying.set(null);
    }
  }

  protected async loadMore(after: string | null): Promise<void> {
    this.loadMoreFailed.set(false);
    try {
      await this.query.fetchMore({ variables: { after } });
    } catch {
      this.loadMoreFailed.set(true);
    }
  }
}
