'use client';
// For a superadmin: which village the pages show. Village-bound users never see this.
import { useState, type FormEvent } from 'react';
import { Input } from '../ui/input.tsx';

export function VillageSwitcher({ current, known }: { current: string; known: string[] }) {
  const [value, setValue] = useState(current);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const res = await fetch('/api/village', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ villageId: value.trim() }),
    });
    if (res.ok) window.location.reload();
  }
  return (
    <form onSubmit={submit} className="flex items-center gap-2 text-sm" aria-label="Pilih desa">
      <label htmlFor="village" className="text-muted-foreground">
        Desa
      </label>
      <Input
        id="village"
        list="known-villages"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        className="h-8 w-44"
      />
      <datalist id="known-villages">
        {known.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
    </form>
  );
}
