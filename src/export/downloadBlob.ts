/**
 * Offers a blob to the reader as a file download (an `<a download>` clicked for them).
 *
 * @example
 * downloadBlob(document, new Blob([svgText], { type: "image/svg+xml" }), "chart.svg");
 */
export function downloadBlob(document: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
