import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalNumberPipe } from '@canopy/web/core';
import type { ProposalListItemFragment } from '../graphql/generated';
import { TagComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';

/** Proposals as a list of links: number, title, state, proposing organization, endorsements. */
@Component({
  selector: 'canopy-proposal-list',
  imports: [LocalNumberPipe, RouterLink, TagComponent, TranslocoPipe],
  template: `
    <ul class="records" data-testid="proposal-list">
      @for (proposal of proposals(); track proposal.id) {
        <li class="record" data-testid="proposal-item" [attr.data-state]="proposal.state">
          <p class="record-title">
            @if (proposal.number) {
              <span class="number">{{ proposal.number | localNumber: { useGrouping: false } }}.</span>
            }
            <a data-testid="proposal-link" [routerLink]="['/proposals', proposal.id]"
              ><bdi>{{ proposal.title }}</bdi></a
            >
          </p>
          <p class="facts">
            <canopy-tag>{{ 'proposalState.' + proposal.state | transloco }}</canopy-tag>
            <bdi>{{ proposal.organization.name }}</bdi>
            <span>{{
              'proposal.endorsementCount'
                | transloco
                  : {
                      organizations: (proposal.endorsements.organizations | localNumber),
                      citizens: (proposal.endorsements.citizens | localNumber),
                    }
            }}</span>
          </p>
        </li>
      }
    </ul>
  `,
  styleUrl: '../agenda.css',
  styles: `
    .number {
      margin-inline-end: 0.375rem;
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProposalListComponent {
  readonly proposals = input.required<readonly ProposalListItemFragment[]>();
}
