/** Reads a response body chunk by chunk, telling how much has arrived (of `total`, when announced). */
export async function readWithProgress(
  body: ReadableStream<Uint8Array>,
  total: number | null,
  type: string,
  progress: (received: number, total: number | null) => void,
): Promise<Blob> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    progress(received, total);
  }
  return new Blob(chunks as BlobPart[], { type });
}

/** The name a download is saved under, from its address: what it holds, the cycle, the country and version. */
export function downloadFileName(url: string): string {
  const [path, query] = url.split('?');
  const version = new URLSearchParams(query ?? '').get('version');
  const parts = path.split('/').filter(Boolean);
  const file = parts[parts.length - 1];
  const [name, extension] = file.split('.');
  if (parts[1] === 'reports' && parts.length === 4) {
    return `wha77-2-report-${parts[2]}-${name}${version ? `-v${version}` : ''}.${extension}`;
  }
  if (parts[1] === 'reports') return `wha77-2-reports-${name}.${extension}`;
  if (parts[1] === 'shadow-assessments') return `wha77-2-shadow-assessments-${name}.${extension}`;
  return file;
}

/** Saves a blob as a file through a temporary link; nothing leaves the browser. */
export function saveBlob(document: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
