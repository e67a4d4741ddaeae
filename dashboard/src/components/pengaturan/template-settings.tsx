'use client';
// The village's notification templates: the text sent inside WhatsApp's 24-hour window and the
// approved template (name, language, parameters) sent outside it. notification-service checks the
// variables on save; its refusal is shown under the template, with the variables it offers.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { TEMPLATE_LABELS, type NotificationTemplate } from '../../domain/settings.ts';
import { callApi, jsonInit } from '../call-api.ts';
import { Badge } from '../ui/badge.tsx';
import { Button } from '../ui/button.tsx';
import { Input, Label, Textarea } from '../ui/input.tsx';

function TemplateCard({ t }: { t: NotificationTemplate }) {
  const router = useRouter();
  const [body, setBody] = useState(t.body);
  const [name, setName] = useState(t.waTemplate.name);
  const [language, setLanguage] = useState(t.waTemplate.language);
  const [params, setParams] = useState(t.waTemplate.parameters.join(', '));
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const id = `tpl-${t.type}`;

  async function save() {
    const parameters = params
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    const r = await callApi<NotificationTemplate>(
      `/api/pengaturan/templat/${t.type}`,
      jsonInit('PUT', { body, waTemplate: { name, language, parameters } }),
    );
    setMsg(r.ok ? { ok: true, text: 'Templat tersimpan.' } : { ok: false, text: r.error });
    if (r.ok) router.refresh();
  }

  async function reset() {
    if (!window.confirm('Kembalikan templat ini ke bawaan?')) return;
    const r = await callApi<NotificationTemplate>(`/api/pengaturan/templat/${t.type}`, { method: 'DELETE' });
    if (!r.ok) return setMsg({ ok: false, text: r.error });
    setBody(r.body.body);
    setName(r.body.waTemplate.name);
    setLanguage(r.body.waTemplate.language);
    setParams(r.body.waTemplate.parameters.join(', '));
    setMsg({ ok: true, text: 'Templat bawaan dipulihkan.' });
    router.refresh();
  }

  return (
    <div className="space-y-2 rounded-md border p-3" data-template={t.type}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{TEMPLATE_LABELS[t.type] ?? t.type}</span>
        <Badge tone={t.audience === 'staff' ? 'progress' : 'info'}>
          {t.audience === 'staff' ? 'Petugas' : 'Warga'}
        </Badge>
        {t.isDefault && <Badge>Bawaan</Badge>}
      </div>
      <div className="space-y-1">
        <Label htmlFor={`${id}-body`}>Isi pesan (dalam jendela 24 jam)</Label>
        <Textarea id={`${id}-body`} value={body} onChange={(e) => setBody(e.target.value)} />
        <p className="text-xs text-muted-foreground">
          Variabel: {t.variables.map((v) => `{{${v}}}`).join(' ')}
        </p>
      </div>
      <div className="grid gap-2 md:grid-cols-[2fr_1fr_3fr]">
        <div className="space-y-1">
          <Label htmlFor={`${id}-name`}>Templat WhatsApp (di luar 24 jam)</Label>
          <Input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="space-y-1">
          <Label htmlFor={`${id}-lang`}>Bahasa</Label>
          <Input id={`${id}-lang`} value={language} onChange={(e) => setLanguage(e.target.value)} />
        </div>
        <div className="space-y-1">
          <Label htmlFor={`${id}-params`}>Parameter {'{{1}}, {{2}}, …'} (dipisah koma)</Label>
          <Input id={`${id}-params`} value={params} onChange={(e) => setParams(e.target.value)} />
        </div>
      </div>
      {msg && (
        <p
          role={msg.ok ? 'status' : 'alert'}
          className={msg.ok ? 'text-sm text-emerald-700' : 'text-sm text-destructive'}
        >
          {msg.text}
        </p>
      )}
      <div className="flex gap-2">
        <Button size="sm" onClick={save}>
          Simpan templat
        </Button>
        {!t.isDefault && (
          <Button size="sm" variant="outline" onClick={reset}>
            Kembalikan bawaan
          </Button>
        )}
      </div>
    </div>
  );
}

export function TemplateSettings({ templates }: { templates: NotificationTemplate[] }) {
  return (
    <div className="space-y-3" data-testid="template-settings">
      {templates.map((t) => (
        <TemplateCard key={t.type} t={t} />
      ))}
    </div>
  );
}
