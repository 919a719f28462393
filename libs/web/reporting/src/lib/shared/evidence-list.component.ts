import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LocalDatePipe, LocalNumberPipe } from '@canopy/web/core';
import type { EvidenceFieldsFragment } from '../graphql/generated';
import { TranslocoPipe } from '@jsverse/transloco';

/** Evidence as readers follow it: a link, a document to download, or an assembly on Canopy. */
@Component({
  selector: 'canopy-evidence-list',
  imports: [LocalDatePipe, LocalNumberPipe, RouterLink, TranslocoPipe],
  template: `
    @if (evidence().length) {
      <ul class="evidence" data-testid="evidence-list">
        @for (piece of evidence(); track $index) {
          <li class="piece" data-testid="evidence">
            @switch (piece.kind) {
              @case ('LINK') {
                <a [href]="piece.url" rel="noopener noreferrer" target="_blank" dir="auto">{{
                  piece.description
                }}</a>
              }
              @case ('DOCUMENT') {
                @if (piece.file; as file) {
                  <a [href]="file.url" [attr.download]="file.fileName" dir="auto">{{ piece.description }}</a>
                  <span class="meta">
                    (<bdi>{{ file.fileName }}</bdi
                    >,
                    {{
                      'reporting.evidence.kilobytes' | transloco: { size: (file.size / 1024 | localNumber) }
                    }})
                  </span>
                } @else {
                  <span dir="auto">{{ piece.description }}</span>
                }
              }
              @case ('ASSEMBLY') {
                <a [routerLink]="['/assemblies', piece.assemblyId]" dir="auto">{{ piece.description }}</a>
              }
            }
            <span class="meta"
              >{{ 'reporting.evidence.kind.' + piece.kind | transloco }} · {{ piece.date | localDate }}</span
            >
          </li>
        }
      </ul>
    } @else {
      <p class="meta">{{ 'reporting.evidence.none' | transloco }}</p>
    }
  `,
  styles: `
    .evidence {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .piece {
      margin-block-end: 0.25rem;
      overflow-wrap: anywhere;
    }
    .meta {
      margin-inline-start: 0.375rem;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceListComponent {
  readonly evidence = input.required<readonly EvidenceFieldsFragment[]>();
}
