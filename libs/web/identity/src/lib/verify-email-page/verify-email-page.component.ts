import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FailureMessagePipe, requireData } from '@canopy/web/core';
import { VerifyEmailDocument } from '../graphql/generated';
import { LoadingStateComponent, NoticeComponent, PageHeaderComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { SessionService } from '../session/session.service';

type VerifyView =
  | { readonly status: 'verifying' }
  | { readonly status: 'verified' }
  | { readonly status: 'failed'; readonly error: unknown };

/** Opened from the link e-mailed at registration: confirms the address at once, then offers sign-in. */
@Component({
  selector: 'canopy-verify-email-page',
  imports: [
    FailureMessagePipe,
    LoadingStateComponent,
    NoticeComponent,
    PageHeaderComponent,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './verify-email-page.component.html',
  styleUrl: '../account-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyEmailPageComponent implements OnInit {
  private readonly apollo = inject(Apollo);
  protected readonly session = inject(SessionService);

  /** Bound from the `token` query parameter. */
  readonly token = input<string>();

  protected readonly view = signal<VerifyView>({ status: 'verifying' });

  ngOnInit(): void {
    void this.verify();
  }

  private async verify(): Promise<void> {
    const token = this.token()?.trim();
    if (!token) {
      this.view.set({ status: 'failed', error: null });
      return;
    }
    try {
      const { verifyEmail } = requireData(
        await firstValueFrom(this.apollo.mutate({ mutation: VerifyEmailDocument, variables: { token } })),
      );
      await this.session.restore();
      const me = this.session.me();
      if (me?.id === verifyEmail.id)
        this.session.updateUser({ ...me, verificationLevel: verifyEmail.verificationLevel });
      this.view.set({ status: 'verified' });
    } catch (error) {
      this.view.set({ status: 'failed', error });
    }
  }
}
