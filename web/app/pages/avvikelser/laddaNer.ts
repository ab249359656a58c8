// Saves text as a file in the browser: a Blob behind a temporary
// `<a download>` link, so the export needs no round trip to a server.

export function laddaNer(text: string, filnamn: string, typ = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type: typ }));
  const lank = document.createElement('a');
  lank.href = url;
  lank.download = filnamn;
  lank.hidden = true;
  document.body.append(lank);
  lank.click();
  lank.remove();
  // Revoked later, not at once: some browsers read the Blob after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
