import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { CHARTER_LIMITS } from '@canopy/domain';
import { ActionOutcomeComponent, ActionRunner, completeData } from '@canopy/web/core';
import {
  CharterTemplatesDocument,
  InitiateCharterDocument,
  MyCharterOrganizationsDocument,
  PlacesWithinDocument,
} from '../graphql/generated';
import { LoadingStateComponent, NoticeComponent, PageHeaderComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { debounceTime, distinctUntilChanged, EMPTY, switchMap } from 'rxjs';

type Missing = 'title' | 'organization' | 'place';

/**
 * A member of a verified organization of the place convenes a development committee: the charter's
 * title, its place (the organization's own, or one within it), and optionally another community's
 * adopted charter to start from. The person and the organization are the committee's first members.
 */
@Component({
  selector: 'canopy-charter-new-page',
  imports: [
    ActionOutcomeComponent,
    FormsModule,
    LoadingStateComponent,
    MatButton,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    NoticeComponent,
    PageHeaderComponent,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './charter-new-page.component.html',
  styleUrl: '../charters-desk.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CharterNewPageComponent {
  private readonly apollo = inject(Apollo);
  private readonly router = inject(Router);

  private readonly mine = toSignal(
    this.apollo.watchQuery({ query: MyCharterOrganizationsDocument }).valueChanges,
  );
  protected readonly loaded = computed(() => !!completeData(this.mine()));
  protected readonly organizations = computed(
    () =>
      completeData(this.mine())
        ?.myOrganizations.map((membership) => membership.organization)
        .sort((a, b) => a.name.localeCompare(b.name)) ?? [],
  );

  protected readonly limits = CHARTER_LIMITS;
  protected readonly title = signal('');
  protected readonly organizationId = signal('');
  protected readonly jurisdictionId = signal('');
  protected readonly templateSearch = signal('');
  protected readonly templateEditionId = signal('');
  protected readonly missing = signal<Missing | null>(null);
  protected readonly runner = new ActionRunner();

  protected readonly organization = computed(() =>
    this.organizations().find((organization) => organization.id === this.organizationId()),
  );

  private readonly placesResult = toSignal(
    toObservable(computed(() => this.organization()?.jurisdiction.id ?? null)).pipe(
      switchMap((parentId) =>
        parentId
          ? this.apollo.watchQuery({ query: PlacesWithinDocument, variables: { parentId } }).valueChanges
          : EMPTY,
      ),
    ),
  );
  /** The organization's own place first, then the places within it. */
  protected readonly places = computed(() => {
    const own = this.organization()?.jurisdiction;
    if (!own) return [];
    const within = (completeData(this.placesResult())?.jurisdictions.edges ?? [])
      .map((edge) => edge.node)
      .sort((a, b) => a.name.localeCompare(b.name));
    return [own, ...within];
  });

  private readonly templatesResult = toSignal(
    toObservable(this.templateSearch).pipe(
      debounceTime(300),
      distinctUntilChanged(),
      switchMap(
        (search) =>
          this.apollo.watchQuery({
            query: CharterTemplatesDocument,
            variables: { search: search.trim() || null },
          }).valueChanges,
      ),
    ),
  );
  protected readonly templates = computed(
    () => completeData(this.templatesResult())?.charters.edges.map((edge) => edge.node) ?? [],
  );

  protected chooseOrganization(id: string): void {
    this.organizationId.set(id);
    this.jurisdictionId.set(
      this.organizations().find((organization) => organization.id === id)?.jurisdiction.id ?? '',
    );
  }

  protected async initiate(): Promise<void> {
    const title = this.title().trim();
    this.missing.set(
      !title ? 'title' : !this.organizationId() ? 'organization' : !this.jurisdictionId() ? 'place' : null,
    );
    if (this.missing()) return;
    const data = await this.runner.run(null, () =>
      this.apollo.mutate({
        mutation: InitiateCharterDocument,
        variables: {
          input: {
            title,
            organizationId: this.organizationId(),
            jurisdictionId: this.jurisdictionId(),
            templateEditionId: this.templateEditionId() || null,
          },
        },
      }),
    );
    if (data) await this.router.navigate(['/charters', data.initiateCharter.id, 'edit']);
  }
}
