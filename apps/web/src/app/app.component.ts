import { Dir } from '@angular/cdk/bidi';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { LanguageService } from '@canopy/web/core';
import { distinctUntilChanged, filter, map, skip } from 'rxjs';
import { AppFooterComponent } from './shell/app-footer.component';
import { AppHeaderComponent } from './shell/app-header.component';
import { SkipLinkComponent } from './shell/skip-link.component';

@Component({
  selector: 'canopy-root',
  imports: [AppFooterComponent, AppHeaderComponent, Dir, RouterOutlet, SkipLinkComponent],
  template: `
    <div class="shell" [dir]="language.direction()">
      <canopy-skip-link (skip)="focusMain()" />
      <canopy-app-header />
      <main #main id="main" class="main" tabindex="-1">
        <router-outlet />
      </main>
      <canopy-app-footer />
    </div>
  `,
  styleUrl: './app.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppComponent {
  protected readonly language = inject(LanguageService);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  private readonly injector = inject(Injector);

  constructor() {
    // Moving to another page puts focus on its content, as a page load would; changing only the
    // query (a filter) keeps focus on the control that changed it.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        map((event) => event.urlAfterRedirects.split(/[?#]/)[0]),
        distinctUntilChanged(),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => afterNextRender(() => this.focusMain(), { injector: this.injector }));
  }

  protected focusMain(): void {
    this.main().nativeElement.focus({ preventScroll: true });
  }
}
