import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalNumberPipe } from '@canopy/web/core';
import type { AgendaItemDetailsFragment } from '../graphql/generated';
import { EmptyStateComponent, TagComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * An edition's agenda: numbered items, the proposals behind each, who drafts its resolution, and the
 * resolution itself once drafted (the secretariat also gets the way to draft and manage it).
 */
@Component({
  selector: 'canopy-agenda-list',
  imports: [EmptyStateComponent, LocalNumberPipe, RouterLink, TagComponent, TranslocoPipe],
  template: `
    @if (items().length) {
      <ol class="records items" data-testid="agenda-list">
        @for (item of items(); track item.id) {
          <li class="record" data-testid="agenda-item" [attr.data-number]="item.number">
            <h3 class="record-title">
              <span class="number">{{
                'agenda.itemNumber'
                  | transloco: { number: (item.number | localNumber: { useGrouping: false }) }
              }}</span>
              <bdi data-testid="agenda-item-title">{{ item.title }}</bdi>
            </h3>
            <p class="facts">{{ 'agenda.fromProposals' | transloco }}</p>
            <ul class="proposals">
              @for (proposal of item.proposals; track proposal.id) {
                <li>
                  <a [routerLink]="['/proposals', proposal.id]"
                    ><bdi>{{ proposal.title }}</bdi></a
                  >
                  · <bdi>{{ proposal.organization.name }}</bdi>
                </li>
              }
            </ul>
            @if (item.resolution; as resolution) {
              <p class="facts" data-testid="agenda-item-resolution">
                <a [routerLink]="['/resolutions', resolution.id]"
                  ><bdi>{{ resolution.code }}</bdi></a
                >
                <canopy-tag [attr.data-state]="resolution.state">{{
                  'resolution.state.' + resolution.state | transloco
                }}</canopy-tag>
                @if (secretariat()) {
                  <a
                    data-testid="manage-resolution-link"
                    [routerLink]="['/resolutions', resolution.id, 'manage']"
                    >{{ 'resolutionManage.link' | transloco }}</a
                  >
                }
              </p>
            } @else if (secretariat()) {
              <p class="facts">
                <a
                  data-testid="draft-resolution-link"
                  [routerLink]="['/agenda-items', item.id, 'resolution', 'new']"
                  >{{ 'resolutionDraft.link' | transloco }}</a
                >
              </p>
            }
            @if (item.workingGroup.length) {
              <p class="facts">
                {{ 'agenda.workingGroup' | transloco }}:
                @for (member of item.workingGroup; track member.id; let last = $last) {
                  <bdi>{{ member.person?.displayName ?? member.organization?.name }}</bdi>
                  @if (member.role) {
                    ({{ member.role }})
                  }
                  @if (!last) {
                    ·
                  }
                }
              </p>
            }
          </li>
        }
      </ol>
    } @else {
      <canopy-empty-state [message]="'agenda.empty' | transloco" />
    }
  `,
  styleUrl: '../agenda.css',
  styles: `
    .items {
      list-style: none;
    }
    .number {
      margin-inline-end: 0.5rem;
      color: var(--mat-sys-primary);
    }
    .proposals {
      margin-block: 0.25rem;
      padding-inline-start: 1.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaListComponent {
  readonly items = input.required<readonly AgendaItemDetailsFragment[]>();
  /** The reader is the assembly's secretariat: links to draft and manage each item's resolution. */
  readonly secretariat = input(false);
}
