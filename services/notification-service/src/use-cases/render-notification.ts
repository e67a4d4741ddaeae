// Turns a village's template and an event's facts into what is stored and sent: the text for inside
// the 24-hour window and the approved template's parameters for outside it.
import { renderTemplate, templateParameters, type Variables } from '../domain/render-template.ts';
import type { TemplateRow } from '../repositories/template.repository.ts';

export function renderNotification(template: TemplateRow, vars: Variables) {
  return {
    templateId: template.id,
    renderedText: renderTemplate(template.body, vars),
    waTemplate: {
      name: template.waTemplateName,
      language: template.waTemplateLanguage,
      parameters: templateParameters(template.waTemplateParams, vars),
    },
  };
}
