/**
 * Saves text as a file through a temporary object URL and an `<a download>` click: no server round trip,
 * and nothing is added to the page. The URL is revoked a minute later (Chromium reads it asynchronously
 * after the click, so revoking at once can cancel the download).
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
