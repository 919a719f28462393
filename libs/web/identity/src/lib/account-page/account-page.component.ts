import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { AccountDocument } from '../graphql/generated';
import {
  ErrorStateComponent,
  LoadingStateComponent,
  NoticeComponent,
  PageHeaderComponent,
} from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { AccountDataComponent } from '../account-data/account-data.component';
import { ChangePasswordFormComponent } from '../change-password-form/change-password-form.component';
import { DemographicsFormComponent } from '../demographics-form/demographics-form.component';
import { ProfileFormComponent } from '../profile-form/profile-form.component';
import { SessionService } from '../session/session.service';
import { toAccountView } from './account-view';

/** Everything about one's own account: profile, password, self-description, data, sessions, deletion. */
@Component({
  selector: 'canopy-account-page',
  imports: [
    AccountDataComponent,
    ChangePasswordFormComponent,
    DemographicsFormComponent,
    ErrorStateComponent,
    LoadingStateComponent,
    NoticeComponent,
    PageHeaderComponent,
    ProfileFormComponent,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './account-page.component.html',
  styleUrl: './account-page.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountPageComponent {
  private readonly query = inject(Apollo).watchQuery({
    query: AccountDocument,
    fetchPolicy: 'cache-and-network',
  });
  private readonly result = toSignal(this.query.valueChanges);
  protected readonly view = computed(() => toAccountView(this.result()));

  constructor() {
    // A declared residence raises the verification level: the toolbar's copy of the person follows.
    const session = inject(SessionService);
    effect(() => {
      const view = this.view();
      if (view.status !== 'ready') return;
      const { id, displayName, email, verificationLevel, isPlatformAdmin } = view.account;
      session.updateUser({ id, displayName, email, verificationLevel, isPlatformAdmin });
    });
  }

  protected retry(): void {
    this.query.refetch().catch(() => undefined);
  }
}
