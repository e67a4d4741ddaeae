// CSV as spreadsheet programs read it: a BOM so Excel sees UTF-8, CRLF lines, every field quoted when
// it needs to be, and formula-looking cells defused (CSV injection).
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

export const CSV_BOM = '\uFEFF';
