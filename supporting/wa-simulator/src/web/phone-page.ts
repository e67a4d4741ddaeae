// GET /: a page that looks like a phone chat, for demos: pick a citizen number, write to the village, watch
// the replies arrive (polling the citizen's chat every second). Plain HTML and a little JavaScript.
import { readFileSync } from 'node:fs';

const html = readFileSync(new URL('./phone-page.html', import.meta.url), 'utf8');

export function phonePage(): string {
  return html;
}
