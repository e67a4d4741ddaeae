import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from './default-templates.ts';
import { TEMPLATE_TYPES, variablesOf } from './notification-types.ts';
import { checkTemplate, placeholdersOf, renderTemplate, templateParameters } from './render-template.ts';

describe('templates', () => {
  it('when a default template is checked, then it uses only the variables of its type', () => {
    for (const type of TEMPLATE_TYPES) {
      const t = DEFAULT_TEMPLATES[type];
      expect(checkTemplate(t.body, t.waTemplate.parameters, variablesOf(type)).problems).toEqual([]);
    }
  });

  it('when a body names an unknown variable, then the problem names it and the allowed ones', () => {
    const { problems, unknown } = checkTemplate('Halo {{ nama }} {{complaintId}}', [], ['complaintId']);
    expect(unknown).toEqual(['nama']);
    expect(problems[0]).toMatchObject({ field: 'body.body', reason: expect.stringContaining('{{nama}}') });
  });

  it('when a WhatsApp parameter is unknown or braces are stray, then both are reported', () => {
    const { problems } = checkTemplate('Halo {{complaintId}', ['nik'], ['complaintId']);
    expect(problems.map((p) => p.field)).toEqual(['body.body', 'body.waTemplate.parameters.0']);
  });

  it('when rendering, then placeholders are filled and a missing value reads as "-"', () => {
    expect(renderTemplate('A {{a}} B {{ b }} C {{c}}', { a: 'x', b: ' ' })).toBe('A x B - C -');
    expect(placeholdersOf('{{a}} {{a}} {{b}}')).toEqual(['a', 'b']);
  });

  it('when a value has newlines or long runs of spaces, then the WhatsApp parameter is cleaned', () => {
    expect(templateParameters(['note', 'x'], { note: 'baris 1\nbaris\t2      akhir' })).toEqual([
      'baris 1 baris 2   akhir',
      '-',
    ]);
  });
});
