import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { MatCard, MatCardContent } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { DateRangePipe, LocalNumberPipe, PlaceNamePipe } from '@canopy/web/core';
import { AssemblySummaryFragment } from '../graphql/generated';
import { TagComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';

@Component({
  selector: 'canopy-assembly-card',
  imports: [
    MatCard,
    MatCardContent,
    RouterLink,
    TranslocoPipe,
    DateRangePipe,
    LocalNumberPipe,
    PlaceNamePipe,
    TagComponent,
  ],
  templateUrl: './assembly-card.component.html',
  styleUrl: './assembly-card.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssemblyCardComponent {
  readonly assembly = input.required<AssemblySummaryFragment>();

  private readonly link = viewChild.required<ElementRef<HTMLAnchorElement>>('link');

  focus(): void {
    this.link().nativeElement.focus();
  }
}
