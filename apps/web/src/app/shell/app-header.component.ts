import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatToolbar } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink, RouterLinkActive } from '@angular/router';
import { LanguageService } from '@canopy/web/core';
import { safeReturnUrl, SessionService } from '@canopy/web/identity';
import { LanguageSwitcherComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map } from 'rxjs';
import { AccountMenuComponent } from './account-menu.component';
import { CanopyLogoComponent } from './canopy-logo.component';

@Component({
  selector: 'canopy-app-header',
  imports: [
    AccountMenuComponent,
    CanopyLogoComponent,
    LanguageSwitcherComponent,
    MatToolbar,
    RouterLink,
    RouterLinkActive,
    TranslocoPipe,
  ],
  templateUrl: './app-header.component.html',
  styleUrl: './app-header.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppHeaderComponent {
  protected readonly language = inject(LanguageService);
  protected readonly session = inject(SessionService);
  private readonly router = inject(Router);

  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: '/' },
  );
  /** "Sign in" brings the person back to the page they were reading. */
  protected readonly signInParams = computed(() => {
    const returnUrl = safeReturnUrl(this.url(), '');
    return returnUrl && returnUrl !== '/' ? { returnUrl } : {};
  });

  protected switchLanguage(code: string): void {
    void this.language.use(code);
  }
}
