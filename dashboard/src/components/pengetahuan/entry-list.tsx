'use client';
// Knowledge entries written by hand: the village's, then global ones. Those the user may change open
// an editor in place; deleting asks first.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { formatDateTime } from '../../domain/format.ts';
import type { KnowledgeEntry } from '../../domain/knowledge.ts';
import { Badge } from '../ui/badge.tsx';
import { Button } from '../ui/button.tsx';
import { callApi } from '../call-api.ts';
import { EntryForm } from './entry-form.tsx';

export function EntryList(props: { entries: KnowledgeEntry[]; editable: string[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function remove(e: KnowledgeEntry) {
    if (!window.confirm(`Hapus entri "${e.title}"? Bot tidak akan memakainya lagi.`)) return;
    const r = await callApi(`/api/pengetahuan/entries/${e.id}`, { method: 'DELETE' });
    if (!r.ok) return setError(r.error);
    router.refresh();
  }

  if (props.entries.length === 0) return <p className="text-sm text-muted-foreground">Belum ada entri.</p>;
  return (
    <div className="space-y-2">
      {error && (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      )}
      <ul className="divide-y rounded-md border" data-testid="entry-list">
        {props.entries.map((e) => (
          <li key={e.id} className="p-3 text-sm" data-entry-id={e.id}>
            {editing === e.id ? (
              <EntryForm entry={e} canWriteGlobal={false} onDone={() => setEditing(null)} />
            ) : (
              <>
                <div className="flex flex-wrap items-center gap-2">
                  <button
                    type="button"
                    className="text-left font-medium hover:underline"
                    onClick={() => setExpanded(expanded === e.id ? null : e.id)}
                    aria-expanded={expanded === e.id}
                  >
                    {e.title}
                  </button>
                  {e.category && <Badge>{e.category}</Badge>}
                  {e.villageId === null && <Badge tone="info">Global</Badge>}
                  <span className="text-xs text-muted-foreground">
                    diubah {formatDateTime(e.updatedAt)} WIB
                  </span>
                  {props.editable.includes(e.id) && (
                    <div className="ml-auto flex gap-2">
                      <Button variant="outline" size="sm" onClick={() => setEditing(e.id)}>
                        Ubah
                      </Button>
                      <Button variant="ghost" size="sm" onClick={() => remove(e)}>
                        Hapus
                      </Button>
                    </div>
                  )}
                </div>
                <p
                  className={
                    expanded === e.id
                      ? 'mt-1 whitespace-pre-wrap text-muted-foreground'
                      : 'mt-1 line-clamp-2 text-muted-foreground'
                  }
                >
                  {e.content}
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
