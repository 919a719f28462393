import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'canopy-not-found-page',
  imports: [PageHeaderComponent, RouterLink, TranslocoPipe],
  template: `
    <div data-testid="not-found">
      <canopy-page-header
        [heading]="'notFound.heading' | transloco"
        [lead]="'notFound.message' | transloco"
        headingTestId="not-found-heading"
      />
      <ul class="links">
        <li>
          <a routerLink="/">{{ 'notFound.home' | transloco }}</a>
        </li>
        <li>
          <a routerLink="/assemblies">{{ 'notFound.assemblies' | transloco }}</a>
        </li>
      </ul>
    </div>
  `,
  styles: `
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: 1.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotFoundPageComponent {}
