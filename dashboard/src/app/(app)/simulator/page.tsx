// Simulator (development and demo): try the bot as a citizen on a phone-like chat, through the
// WhatsApp simulator. Off (404) in production unless SIMULATOR_URL is configured. The citizen writes to
// a village picked from channel-service's list: the superadmin any, everyone else their own.
import { notFound } from 'next/navigation';
import { Phone } from '../../../components/simulator/phone.tsx';
import { pageAccess } from '../../../server/http/current-user.ts';
import { channelClient } from '../../../server/services/channel-client.ts';
import { simulatorEnabled } from '../../../server/simulator.ts';

export const metadata = { title: 'Simulator' };

export default async function SimulatorPage() {
  const { user, villageId } = await pageAccess('cases:read');
  if (!simulatorEnabled()) notFound();
  const all = (await channelClient.villages()).villages;
  const villages = user.role === 'superadmin' ? all : all.filter((v) => v.id === villageId);
  const current = villages.find((v) => v.id === villageId) ?? villages[0];
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Simulator WhatsApp</h1>
        <p className="text-sm text-muted-foreground">
          Coba bot sebagai warga. Pesan dikirim lewat simulator WhatsApp (bukan WhatsApp sungguhan) dan tampil
          di Pesan Masuk seperti pesan warga biasa.
        </p>
      </div>
      {current ? (
        <Phone defaultPhoneNumberId={current.phoneNumberId} villages={villages} />
      ) : (
        <p className="text-sm text-muted-foreground" data-testid="sim-no-village">
          Desa ini belum punya nomor WhatsApp (phone_number_id). Superadmin mendaftarkannya di Pengaturan →
          Daftar desa.
        </p>
      )}
    </div>
  );
}
