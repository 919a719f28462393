import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';

/** What Canopy is, in a few sentences, and the way into the assemblies. */
@Component({
  selector: 'canopy-home-page',
  imports: [MatButton, MatCard, MatCardContent, PageHeaderComponent, RouterLink, TranslocoPipe],
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePageComponent {
  protected readonly pillars = ['assemblies', 'voice', 'reports'] as const;
}
