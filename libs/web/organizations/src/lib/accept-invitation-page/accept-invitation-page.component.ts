import { ChangeDetectionStrategy, Component, inject, input, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FailureMessagePipe, requireData } from '@canopy/web/core';
import { AcceptInvitationDocument, type AcceptInvitationMutation } from '../graphql/generated';
import { LoadingStateComponent, NoticeComponent, PageHeaderComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

type AcceptView =
  | { readonly status: 'accepting' }
  | { readonly status: 'accepted'; readonly membership: AcceptInvitationMutation['acceptInvitation'] }
  | { readonly status: 'failed'; readonly error: unknown };

/** Opened from an invitation e-mail, signed in (the route's guard sees to it): joins at once. */
@Component({
  selector: 'canopy-accept-invitation-page',
  imports: [
    FailureMessagePipe,
    LoadingStateComponent,
    NoticeComponent,
    PageHeaderComponent,
    RouterLink,
    TranslocoPipe,
  ],
  templateUrl: './accept-invitation-page.component.html',
  styleUrl: '../organization-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptInvitationPageComponent implements OnInit {
  private readonly apollo = inject(Apollo);

  /** Bound from the `token` query parameter. */
  readonly token = input<string>();

  protected readonly view = signal<AcceptView>({ status: 'accepting' });

  ngOnInit(): void {
    void this.accept();
  }

  private async accept(): Promise<void> {
    const token = this.token()?.trim();
    if (!token) {
      this.view.set({ status: 'failed', error: null });
      return;
    }
    try {
      const { acceptInvitation } = requireData(
        await firstValueFrom(
          this.apollo.mutate({
            mutation: AcceptInvitationDocument,
            variables: { token },
            refetchQueries: ['MyOrganizations'],
          }),
        ),
      );
      this.view.set({ status: 'accepted', membership: acceptInvitation });
    } catch (error) {
      this.view.set({ status: 'failed', error });
    }
  }
}
