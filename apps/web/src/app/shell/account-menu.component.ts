import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { Router, RouterLink } from '@angular/router';
import { SessionService } from '@canopy/web/identity';
import { TranslocoPipe } from '@jsverse/transloco';

/** The signed-in person's menu. Loaded only once someone is signed in (a deferred block in the header). */
@Component({
  selector: 'canopy-account-menu',
  imports: [MatButton, MatMenu, MatMenuItem, MatMenuTrigger, RouterLink, TranslocoPipe],
  template: `
    @if (session.me(); as me) {
      <button mat-button type="button" class="trigger" data-testid="account-menu" [matMenuTriggerFor]="menu">
        <svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 12a4.5 4.5 0 1 0 0-9 4.5 4.5 0 0 0 0 9Zm0 2c-4.4 0-8 2.2-8 5v2h16v-2c0-2.8-3.6-5-8-5Z"
          />
        </svg>
        <span class="cdk-visually-hidden">{{ 'accountMenu.label' | transloco }}</span>
        <bdi class="name" data-testid="account-name">{{ me.displayName }}</bdi>
      </button>
      <mat-menu #menu="matMenu" xPosition="before">
        <a mat-menu-item routerLink="/account" data-testid="menu-account">{{
          'accountMenu.account' | transloco
        }}</a>
        <a mat-menu-item routerLink="/organizations/mine" data-testid="menu-organizations">{{
          'accountMenu.organizations' | transloco
        }}</a>
        <a mat-menu-item routerLink="/organizations/mine/proposals" data-testid="menu-proposals">{{
          'accountMenu.proposals' | transloco
        }}</a>
        <a mat-menu-item routerLink="/me/follows" data-testid="menu-follows">{{
          'accountMenu.follows' | transloco
        }}</a>
        @if (me.isPlatformAdmin) {
          <a mat-menu-item routerLink="/admin/organizations" data-testid="menu-admin">{{
            'accountMenu.admin' | transloco
          }}</a>
          <a mat-menu-item routerLink="/admin/statute-chapters" data-testid="menu-statute-chapters">{{
            'accountMenu.statuteChapters' | transloco
          }}</a>
          <a mat-menu-item routerLink="/admin/reporting" data-testid="menu-reporting-admin">{{
            'accountMenu.reportingAdmin' | transloco
          }}</a>
        }
        <button mat-menu-item type="button" data-testid="menu-sign-out" (click)="signOut()">
          {{ 'accountMenu.signOut' | transloco }}
        </button>
      </mat-menu>
    }
  `,
  styles: `
    .trigger {
      min-block-size: 2.75rem;
      max-inline-size: 14rem;
      font-size: 1rem;
    }
    .icon {
      flex: none;
      margin-inline-end: 0.375rem;
    }
    .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountMenuComponent {
  protected readonly session = inject(SessionService);
  private readonly router = inject(Router);

  protected async signOut(): Promise<void> {
    await this.session.logout();
    await this.router.navigateByUrl('/');
  }
}
