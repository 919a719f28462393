import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { MyOrganizationsDocument } from '../graphql/generated';
import { EmptyStateComponent, LoadingStateComponent, PageHeaderComponent } from '@canopy/web/ui';
import { completeData } from '@canopy/web/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { OrganizationAgendaComponent } from './organization-agenda.component';

/** "My organizations' proposals": for each organization the person belongs to, its part in the agenda cycle. */
@Component({
  selector: 'canopy-organization-proposals-page',
  imports: [
    EmptyStateComponent,
    LoadingStateComponent,
    OrganizationAgendaComponent,
    PageHeaderComponent,
    RouterLink,
    TranslocoPipe,
  ],
  template: `
    <canopy-page-header
      [heading]="'organizationAgenda.heading' | transloco"
      [lead]="'organizationAgenda.lead' | transloco"
      headingTestId="organization-agenda-heading"
    />
    @if (!result()) {
      <canopy-loading-state [message]="'organizationAgenda.loading' | transloco" />
    } @else if (organizations().length === 0) {
      <canopy-empty-state [message]="'organizationAgenda.noOrganizations' | transloco">
        <a routerLink="/organizations/mine">{{ 'proposalForm.toOrganizations' | transloco }}</a>
      </canopy-empty-state>
    }
    @for (organization of organizations(); track organization.id) {
      <section class="section block" [attr.aria-labelledby]="'organization-' + organization.id">
        <h2 class="section-heading" [id]="'organization-' + organization.id">
          <a [routerLink]="['/organizations', organization.id]"
            ><bdi>{{ organization.name }}</bdi></a
          >
        </h2>
        <canopy-organization-agenda [organizationId]="organization.id" />
      </section>
    }
  `,
  styleUrl: '../agenda.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationProposalsPageComponent {
  protected readonly result = toSignal(
    inject(Apollo).watchQuery({ query: MyOrganizationsDocument, fetchPolicy: 'cache-and-network' })
      .valueChanges,
  );
  protected readonly organizations = computed(() =>
    (completeData(this.result())?.myOrganizations ?? []).flatMap((membership) =>
      membership.organization ? [membership.organization] : [],
    ),
  );
}
