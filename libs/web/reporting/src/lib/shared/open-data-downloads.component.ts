import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { LocalNumberPipe } from '@canopy/web/core';
import { NoticeComponent } from '@canopy/web/ui';
import { TranslocoPipe } from '@jsverse/transloco';
import { downloadFileName, readWithProgress, saveBlob } from './download';

export interface OpenDataLink {
  /** Translation key of the button. */
  readonly key: string;
  readonly url: string;
  readonly testId: string;
}

interface Progress {
  readonly url: string;
  readonly received: number;
  readonly total: number | null;
}

/**
 * Open data downloads with a progress bar: the API announces each file's length, so a whole cycle on a
 * slow connection shows how far it has come (in words for screen readers too) before it is saved.
 */
@Component({
  selector: 'canopy-open-data-downloads',
  imports: [LocalNumberPipe, MatButton, MatProgressBar, NoticeComponent, TranslocoPipe],
  template: `
    <div class="downloads">
      @for (link of links(); track link.url) {
        <button
          mat-stroked-button
          type="button"
          [attr.data-testid]="link.testId"
          [disabled]="progress() !== null"
          (click)="download(link)"
        >
          {{ link.key | transloco }}
        </button>
      }
    </div>
    <div class="status" aria-live="polite" data-testid="download-status">
      @if (progress(); as progress) {
        <mat-progress-bar
          [mode]="progress.total ? 'determinate' : 'indeterminate'"
          [value]="percent(progress)"
          [attr.aria-label]="'reporting.openData.progressLabel' | transloco"
        />
        <p class="note">
          @if (progress.total) {
            {{ 'reporting.openData.progress' | transloco: { percent: (percent(progress) | localNumber) } }}
          } @else {
            {{
              'reporting.openData.receiving'
                | transloco: { kilobytes: (progress.received / 1024 | localNumber) }
            }}
          }
        </p>
      } @else if (saved()) {
        <p class="note" data-testid="download-done">
          {{ 'reporting.openData.saved' | transloco: { file: saved() } }}
        </p>
      }
      @if (failed()) {
        <canopy-notice kind="error">{{ 'reporting.openData.failed' | transloco }}</canopy-notice>
      }
    </div>
  `,
  styles: `
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .status {
      margin-block-start: 0.5rem;
      max-inline-size: 30rem;
    }
    .note {
      margin-block: 0.25rem 0;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpenDataDownloadsComponent {
  private readonly document = inject(DOCUMENT);
  readonly links = input.required<readonly OpenDataLink[]>();

  protected readonly progress = signal<Progress | null>(null);
  protected readonly saved = signal<string | null>(null);
  protected readonly failed = signal(false);

  protected percent(progress: Progress): number {
    return progress.total ? Math.min(100, Math.round((100 * progress.received) / progress.total)) : 0;
  }

  protected async download(link: OpenDataLink): Promise<void> {
    this.failed.set(false);
    this.saved.set(null);
    this.progress.set({ url: link.url, received: 0, total: null });
    try {
      const response = await fetch(link.url);
      if (!response.ok || !response.body) throw new Error(`${response.status}`);
      const length = Number(response.headers.get('content-length'));
      const blob = await readWithProgress(
        response.body,
        Number.isFinite(length) && length > 0 ? length : null,
        response.headers.get('content-type') ?? 'application/octet-stream',
        (received, total) => this.progress.set({ url: link.url, received, total }),
      );
      const name = downloadFileName(link.url);
      saveBlob(this.document, blob, name);
      this.saved.set(name);
    } catch {
      this.failed.set(true);
    } finally {
      this.progress.set(null);
    }
  }
}
