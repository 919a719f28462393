/** The name of the file "download my data" saves: the platform, what it holds, and the day. */
export function exportFileName(now: Date): string {
  return `canopy-my-data-${now.toISOString().slice(0, 10)}.json`;
}

/** Saves text as a file through a temporary link; nothing leaves the browser. */
export function saveTextFile(document: Document, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
