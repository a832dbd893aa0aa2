// Telling a binary file from a CSV file by its first characters.

/** How many characters at the start of a file {@link isBinaryFile} looks at. */
export const sniffLength = 16;

/**
 * Whether a file is binary rather than text: whether its first 16 characters hold NUL or another
 * control character (other than tab and line breaks), or DEL.
 *
 * Only the start is looked at because that is where binary formats differ from a CSV file:
 * each puts its magic number there, made of NULs and control characters (PNG
 * `\x89PNG\r\n\x1a\n\0\0\0\rIHDR`, ZIP and XLSX `PK\x03\x04`, gzip `\x1f\x8b`, JPEG, SQLite,
 * UTF-16 text read as UTF-8 `i\0d\0`), while a CSV file starts with its header row, whose column
 * names hold none. Further on, a control character is text in a cell, kept as readJson keeps it:
 * JSON accepts them in strings, writeCsv writes them as they are, and components render text
 * with textContent, where an ESC or a BEL shows as text and does nothing. (One such character
 * anywhere in the first 1,000 used to refuse the whole file, so a dataset valid as JSON could
 * not go through CSV.) writeCsv's files start with the header `id,kind,title,when`, so
 * readCsv(writeCsv(data)) holds whatever the cells hold. The other fix, escaping them in
 * writeCsv, would need an escape syntax in text cells, which are read as written: backslashes
 * in existing files would change meaning.
 * A binary file whose first 16 characters are all text (a PDF, a tar archive) is not caught
 * here: it is read as CSV, and refused for its missing columns.
 */
export function isBinaryFile(text: string): boolean {
  const end = Math.min(text.length, sniffLength);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}
