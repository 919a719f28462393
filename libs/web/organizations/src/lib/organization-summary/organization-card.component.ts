import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { PlaceNamePipe, PluralPipe } from '@canopy/web/core';
import { type OrganizationRole, type OrganizationSummaryFragment } from '../graphql/generated';
import { TagComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { VerifiedBadgeComponent } from './verified-badge.component';

/** An organization in a list: its name as the way in, sector, place, verification and, for members, their role. */
@Component({
  selector: 'canopy-organization-card',
  imports: [
    MatCard,
    MatCardContent,
    PlaceNamePipe,
    PluralPipe,
    RouterLink,
    TagComponent,
    TranslocoPipe,
    VerifiedBadgeComponent,
  ],
  template: `
    @let item = organization();
    <mat-card appearance="outlined" class="card">
      <mat-card-content class="content">
        <h3 class="name">
          <a
            class="link"
            dir="auto"
            data-testid="organization-link"
            [routerLink]="['/organizations', item.id]"
            >{{ item.name }}</a
          >
        </h3>
        <p class="facts">
          <canopy-tag data-testid="organization-sector">{{ 'sector.' + item.sector | transloco }}</canopy-tag>
          <canopy-verified-badge [verified]="item.verified" />
        </p>
        <p class="detail" data-testid="organization-place">{{ item.jurisdiction | placeName }}</p>
        <p class="detail">
          {{ 'organization.memberCount' | plural: item.memberCount }}
          @if (role(); as role) {
            · <span data-testid="organization-role">{{ 'organizationRole.' + role | transloco }}</span>
          }
        </p>
        <ng-content />
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .card {
      block-size: 100%;
    }
    .content {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }
    .name {
      margin: 0;
      font: var(--mat-sys-title-large);
      overflow-wrap: anywhere;
    }
    .link {
      color: var(--mat-sys-primary);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 0;
    }
    .detail {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationCardComponent {
  readonly organization = input.required<OrganizationSummaryFragment>();
  readonly role = input<OrganizationRole | null>(null);
}
