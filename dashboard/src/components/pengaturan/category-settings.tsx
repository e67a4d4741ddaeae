'use client';
// Categories of the village with their SLA hours (working hours, as case-service counts them); each
// row saves on its own, and a new category can be added with its slug.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { Category } from '../../domain/settings.ts';
import { callApi, jsonInit } from '../call-api.ts';
import { Button } from '../ui/button.tsx';
import { Input, Select } from '../ui/input.tsx';

const EMPTY: Category = {
  slug: '',
  label: '',
  keywords: [],
  defaultPriority: 'normal',
  verifySlaHours: 24,
  resolveSlaHours: 72,
  active: true,
};

function CategoryRow({ initial, isNew }: { initial: Category; isNew?: boolean }) {
  const router = useRouter();
  const [c, setC] = useState(initial);
  const [keywords, setKeywords] = useState(initial.keywords.join(', '));
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const set = <K extends keyof Category>(k: K, v: Category[K]) => setC({ ...c, [k]: v });

  async function save() {
    const { slug, ...body } = c;
    const kw = keywords
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    const r = await callApi<Category>(
      `/api/pengaturan/kategori/${encodeURIComponent(slug)}`,
      jsonInit('PUT', { ...body, keywords: kw }),
    );
    setMsg(r.ok ? { ok: true, text: 'Tersimpan.' } : { ok: false, text: r.error });
    if (r.ok) {
      if (isNew) {
        setC(EMPTY);
        setKeywords('');
      }
      router.refresh();
    }
  }

  return (
    <tr className="border-b align-top" data-category={isNew ? 'baru' : c.slug}>
      <td className="p-2">
        {isNew ? (
          <Input
            aria-label="Kode kategori"
            placeholder="kode_baru"
            value={c.slug}
            onChange={(e) => set('slug', e.target.value)}
          />
        ) : (
          <code className="text-xs">{c.slug}</code>
        )}
      </td>
      <td className="p-2">
        <Input aria-label="Nama kategori" value={c.label} onChange={(e) => set('label', e.target.value)} />
        <Input
          aria-label="Kata kunci"
          className="mt-1 text-xs"
          placeholder="kata kunci, dipisah koma"
          value={keywords}
          onChange={(e) => setKeywords(e.target.value)}
        />
      </td>
      <td className="p-2">
        <Input
          aria-label="SLA verifikasi (jam)"
          type="number"
          min={1}
          className="w-24"
          value={c.verifySlaHours}
          onChange={(e) => set('verifySlaHours', Number(e.target.value))}
        />
      </td>
      <td className="p-2">
        <Input
          aria-label="SLA penyelesaian (jam)"
          type="number"
          min={1}
          className="w-24"
          value={c.resolveSlaHours}
          onChange={(e) => set('resolveSlaHours', Number(e.target.value))}
        />
      </td>
      <td className="p-2">
        <Select
          aria-label="Prioritas bawaan"
          value={c.defaultPriority}
          onChange={(e) => set('defaultPriority', e.target.value as Category['defaultPriority'])}
        >
          <option value="normal">Biasa</option>
          <option value="urgent">Mendesak</option>
        </Select>
      </td>
      <td className="p-2 text-center">
        <input
          type="checkbox"
          aria-label="Aktif"
          checked={c.active}
          onChange={(e) => set('active', e.target.checked)}
        />
      </td>
      <td className="p-2">
        <Button size="sm" onClick={save}>
          {isNew ? 'Tambah' : 'Simpan'}
        </Button>
        {msg && (
          <p
            role={msg.ok ? 'status' : 'alert'}
            className={msg.ok ? 'mt-1 text-xs text-emerald-700' : 'mt-1 text-xs text-destructive'}
          >
            {msg.text}
          </p>
        )}
      </td>
    </tr>
  );
}

export function CategorySettings({ categories }: { categories: Category[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="category-settings">
        <thead>
          <tr className="border-b text-left text-xs text-muted-foreground">
            <th className="p-2">Kode</th>
            <th className="p-2">Nama dan kata kunci</th>
            <th className="p-2">SLA verifikasi (jam kerja)</th>
            <th className="p-2">SLA penyelesaian (jam kerja)</th>
            <th className="p-2">Prioritas</th>
            <th className="p-2">Aktif</th>
            <th className="p-2" />
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <CategoryRow key={c.slug} initial={c} />
          ))}
          <CategoryRow initial={EMPTY} isNew />
        </tbody>
      </table>
    </div>
  );
}
