import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  FailureMessagePipe,
  LocalDatePipe,
  LocalNumberPipe,
  PageSubject,
  PageTitleService,
  PlaceNamePipe,
  PluralPipe,
  requireData,
} from '@canopy/web/core';
import { OrganizationDocument, RemoveMemberDocument } from '../graphql/generated';
import { SessionService } from '@canopy/web/identity';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  NoticeComponent,
  PageHeaderComponent,
  TagComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, switchMap } from 'rxjs';
import { InviteMemberFormComponent } from '../invite-member-form/invite-member-form.component';
import { VerifiedBadgeComponent } from '../organization-summary/verified-badge.component';
import { OrganizationView, toOrganizationView } from './organization-view';
import { safeWebsite } from './safe-website';

export const MEMBERS_PAGE_SIZE = 50;

type MemberOutcome =
  { readonly kind: 'removed'; readonly name: string } | { readonly kind: 'failed'; readonly error: unknown };

/** An organization's public record; its members for members and admins; inviting and removing for its administrators. */
@Component({
  selector: 'canopy-organization-page',
  imports: [
    ErrorStateComponent,
    FailureMessagePipe,
    InviteMemberFormComponent,
    LoadingStateComponent,
    LocalDatePipe,
    LocalNumberPipe,
    MatButton,
    MatProgressBar,
    NoticeComponent,
    PageHeaderComponent,
    PlaceNamePipe,
    PluralPipe,
    RouterLink,
    TagComponent,
    TranslocoPipe,
    VerifiedBadgeComponent,
  ],
  templateUrl: './organization-page.component.html',
  styleUrls: ['../organization-form.css', './organization-page.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly pageTitle = inject(PageTitleService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly session = inject(SessionService);

  /** Bound from the `:id` route parameter. */
  readonly id = input.required<string>();
  /** `1` right after the person registered it. */
  readonly created = input<string>();

  private readonly query = computed(() =>
    this.apollo.watchQuery({
      query: OrganizationDocument,
      variables: { id: this.id(), first: MEMBERS_PAGE_SIZE },
      fetchPolicy: 'cache-and-network',
      notifyOnNetworkStatusChange: true,
    }),
  );
  private readonly result = toSignal(toObservable(this.query).pipe(switchMap((query) => query.valueChanges)));
  protected readonly view = computed(() => toOrganizationView(this.result()));
  protected readonly website = computed(() => {
    const view = this.view();
    return view.status === 'ready' ? safeWebsite(view.organization.website) : null;
  });
  protected readonly canManageMembers = computed(() => {
    const view = this.view();
    return (
      view.status === 'ready' &&
      (view.organization.viewerRole === 'ADMIN' || !!this.session.me()?.isPlatformAdmin)
    );
  });
  protected readonly canInvite = computed(() => {
    const view = this.view();
    return view.status === 'ready' && view.organization.viewerRole === 'ADMIN';
  });

  /** The member whose removal waits for a second click. */
  protected readonly confirmingRemoval = signal<string | null>(null);
  protected readonly memberOutcome = signal<MemberOutcome | null>(null);
  protected readonly busy = signal(false);
  protected readonly loadingMore = signal(false);
  protected readonly loadMoreFailed = signal(false);

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

  protected async loadMoreMembers(after: string | null): Promise<void> {
    if (this.loadingMore()) return;
    this.loadingMore.set(true);
    this.loadMoreFailed.set(false);
    try {
      await this.query().fetchMore({ variables: { after } });
    } catch {
      this.loadMoreFailed.set(true);
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected askToRemove(userId: string): void {
    this.memberOutcome.set(null);
    this.confirmingRemoval.set(userId);
    this.focusAfterRender(`[data-member="${userId}"] [data-testid="confirm-remove-member"]`);
  }

  protected cancelRemoval(userId: string): void {
    this.confirmingRemoval.set(null);
    this.focusAfterRender(`[data-member="${userId}"] [data-testid="remove-member"]`);
  }

  /** The button that had focus is replaced: focus moves to what took its place. */
  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }

  protected async remove(userId: string, name: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    try {
      requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: RemoveMemberDocument,
            variables: { input: { organizationId: this.id(), userId } },
          }),
        ),
      );
      this.confirmingRemoval.set(null);
      this.memberOutcome.set({ kind: 'removed', name });
      this.focusAfterRender('[data-testid="member-removed"]');
      await this.query().refetch({ after: null });
    } catch (error) {
      this.confirmingRemoval.set(null);
      this.memberOutcome.set({ kind: 'failed', error });
      this.focusAfterRender('[data-testid="member-error"]');
    } finally {
      this.busy.set(false);
    }
  }
}

function pageSubject(view: OrganizationView): PageSubject | undefined {
  if (view.status === 'ready') return { text: view.organization.name };
  if (view.status === 'not-found') return { key: 'organization.notFound.heading' };
  return undefined;
}
