import { inject, Injectable } from '@angular/core';
import { SessionService } from '@canopy/web/identity';

export interface UploadedFile {
  readonly id: string;
  readonly fileName: string;
  readonly url: string;
  readonly size: number;
}

/** Why an upload was refused, as the API says it: a code and the field at fault. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly field: string | null,
  ) {
    super(`upload refused (${status})`);
  }
}

/**
 * Sends an evidence file to the API's upload endpoint, signed in as the person: the body is the file
 * itself, its type the file's; the API checks both before keeping it.
 */
@Injectable({ providedIn: 'root' })
export class EvidenceUploadService {
  private readonly session = inject(SessionService);

  async upload(reportId: string, file: File, organizationId?: string): Promise<UploadedFile> {
    const token = await this.session.validToken();
    const query = new URLSearchParams({ reportId, fileName: file.name });
    if (organizationId) query.set('organizationId', organizationId);
    const response = await fetch(`/files/evidence?${query}`, {
      method: 'POST',
      headers: {
        'content-type': file.type || 'application/octet-stream',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: file,
    });
    const body = (await response.json().catch(() => ({}))) as Partial<UploadedFile> & { field?: string };
    if (!response.ok || !body.id) throw new UploadRefused(response.status, body.field ?? null);
    return body as UploadedFile;
  }
}
