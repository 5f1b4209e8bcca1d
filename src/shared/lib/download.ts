/** Saves `text` as a file through the browser's download, without a server round trip. */
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke on the next turn: Chromium reads the blob after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
