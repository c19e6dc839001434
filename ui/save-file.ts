/**
 * Hands text to the browser as a file to save, where it saves downloads (or asks where). The file is made here, in
 * the page, and sent nowhere.
 */
export function saveTextFile(name: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Not at once: revoking the address while the browser still reads it can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
