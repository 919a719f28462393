import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { FailureMessagePipe, LanguageService, requireData } from '@canopy/web/core';
import { ExportMyDataDocument } from '../graphql/generated';
import { NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';
import { DeleteAccountDialogComponent } from '../delete-account-dialog/delete-account-dialog.component';
import { SessionService } from '../session/session.service';
import { exportFileName, saveTextFile } from './download';

type Outcome = { readonly kind: 'exported' } | { readonly kind: 'failed'; readonly error: unknown };

/** The person's data and sessions: take a copy, sign out everywhere, or delete the account. */
@Component({
  selector: 'canopy-account-data',
  imports: [FailureMessagePipe, MatButton, NoticeComponent, TranslocoPipe],
  templateUrl: './account-data.component.html',
  styleUrls: ['../account-form.css', './account-data.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountDataComponent {
  private readonly apollo = inject(Apollo);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly document = inject(DOCUMENT);
  private readonly language = inject(LanguageService);

  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome | null>(null);

  protected async download(): Promise<void> {
    if (this.busy()) return;
    this.outcome.set(null);
    this.busy.set(true);
    try {
      const { exportMyData } = requireData(
        await firstValueFrom(this.apollo.mutate({ mutation: ExportMyDataDocument })),
      );
      saveTextFile(this.document, exportMyData, exportFileName(new Date()), 'application/json');
      this.outcome.set({ kind: 'exported' });
    } catch (error) {
      this.outcome.set({ kind: 'failed', error });
    } finally {
      this.busy.set(false);
    }
  }

  protected async signOutEverywhere(): Promise<void> {
    if (this.busy()) return;
    this.outcome.set(null);
    this.busy.set(true);
    try {
      await this.session.logoutEverywhere();
      await this.router.navigate(['/login'], { queryParams: { signedOut: 'everywhere' } });
    } catch (error) {
      this.outcome.set({ kind: 'failed', error });
    } finally {
      this.busy.set(false);
    }
  }

  protected deleteAccount(): void {
    this.dialog
      .open(DeleteAccountDialogComponent, {
        direction: this.language.direction(),
        maxWidth: 'calc(100vw - 2rem)',
        width: '32rem',
        autoFocus: 'first-tabbable',
        restoreFocus: true,
      })
      .afterClosed()
      .subscribe((deleted: boolean | undefined) => {
        if (deleted) void this.router.navigateByUrl('/');
      });
  }
}
