// Templates are text with {{variable}} placeholders. Unknown variables are found when a template is
// saved (never at send time); rendering fills each one, and WhatsApp template parameters are cleaned
// the way Meta requires (no newlines or tabs, no long runs of spaces, never empty).

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;
/** Braces that are not a well-formed placeholder: a typo the author should hear about. */
const STRAY = /\{\{|\}\}/;

export type Variables = Record<string, string | undefined>;

export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

export interface TemplateProblem {
  field: string;
  reason: string;
}

/** Problems of a template body and its WhatsApp parameters against the variables its type offers. */
export function checkTemplate(
  body: string,
  parameters: readonly string[],
  allowed: readonly string[],
): { problems: TemplateProblem[]; unknown: string[] } {
  const problems: TemplateProblem[] = [];
  const unknown = new Set<string>();
  const list = allowed.join(', ');
  for (const name of placeholdersOf(body))
    if (!allowed.includes(name)) {
      unknown.add(name);
      problems.push({ field: 'body.body', reason: `unknown variable {{${name}}}; allowed: ${list}` });
    }
  if (STRAY.test(body.replace(PLACEHOLDER, '')))
    problems.push({ field: 'body.body', reason: 'a "{{" or "}}" that is not a {{variable}} placeholder' });
  parameters.forEach((name, i) => {
    if (!allowed.includes(name)) {
      unknown.add(name);
      problems.push({
        field: `body.waTemplate.parameters.${i}`,
        reason: `unknown variable ${name}; allowed: ${list}`,
      });
    }
  });
  return { problems, unknown: [...unknown] };
}

/** Fills every placeholder; a missing value reads as "-". */
export function renderTemplate(body: string, vars: Variables): string {
  return body.replace(PLACEHOLDER, (_m, name: string) => valueOf(vars, name));
}

/** Values for an approved template's {{1}}, {{2}}, ... in Meta's rules for body parameters. */
export function templateParameters(names: readonly string[], vars: Variables): string[] {
  return names.map((name) =>
    valueOf(vars, name)
      .replace(/[\r\n\t]+/g, ' ')
      .replace(/ {4,}/g, '   ')
      .slice(0, 1000),
  );
}

function valueOf(vars: Variables, name: string): string {
  const v = vars[name]?.trim();
  return v ? v : '-';
}
