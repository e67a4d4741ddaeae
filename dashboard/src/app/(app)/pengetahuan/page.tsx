// Basis Pengetahuan: what the bot answers from. Entries (the village's and global), documents with
// their processing status and chunks, and a test box. Officers read and test; admins change.
import { BotTrial } from '../../../components/pengetahuan/bot-trial.tsx';
import { DocumentList } from '../../../components/pengetahuan/document-list.tsx';
import { DocumentUpload } from '../../../components/pengetahuan/document-upload.tsx';
import { EntryForm } from '../../../components/pengetahuan/entry-form.tsx';
import { EntryList } from '../../../components/pengetahuan/entry-list.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '../../../components/ui/card.tsx';
import { hasPermission, mayChangeKnowledge } from '../../../domain/access.ts';
import { manualEntries } from '../../../domain/knowledge.ts';
import { pageAccess } from '../../../server/http/current-user.ts';
import { aiClient } from '../../../server/services/ai-client.ts';

export const metadata = { title: 'Basis Pengetahuan' };

export default async function PengetahuanPage() {
  const { user, villageId } = await pageAccess('knowledge:read');
  const [entries, { documents }] = await Promise.all([
    aiClient.entries(villageId),
    aiClient.documents(villageId),
  ]);
  const canWrite = hasPermission(user.role, 'knowledge:write');
  const canWriteGlobal = mayChangeKnowledge(user, villageId, null);
  const listed = manualEntries(entries);
  const editable = (items: { id: string; villageId: string | null }[]) =>
    items.filter((i) => mayChangeKnowledge(user, villageId, i.villageId)).map((i) => i.id);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Basis Pengetahuan</h1>
        <p className="text-sm text-muted-foreground">
          Bot menjawab pertanyaan warga dari entri dan dokumen di sini, milik desa ini dan yang global.
          {!canWrite && ' Anda dapat membaca dan menguji; perubahan dilakukan admin desa.'}
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Uji jawaban bot</CardTitle>
        </CardHeader>
        <CardContent>
          <BotTrial />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Dokumen ({documents.length})</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          {canWrite && <DocumentUpload canWriteGlobal={canWriteGlobal} />}
          <DocumentList documents={documents} editable={editable(documents)} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Entri ({listed.length})</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          {canWrite && (
            <details className="rounded-md border p-3">
              <summary className="cursor-pointer text-sm font-medium">Tambah entri baru</summary>
              <div className="pt-3">
                <EntryForm canWriteGlobal={canWriteGlobal} />
              </div>
            </details>
          )}
          <EntryList entries={listed} editable={editable(listed)} />
        </CardContent>
      </Card>
    </div>
  );
}
