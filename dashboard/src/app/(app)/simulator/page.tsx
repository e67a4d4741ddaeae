// Simulator (development and demo): try the bot as a citizen on a phone-like chat, through the
// WhatsApp simulator. Off (404) in production unless SIMULATOR_URL is configured.
import { notFound } from 'next/navigation';
import { Phone } from '../../../components/simulator/phone.tsx';
import { pageAccess } from '../../../server/http/current-user.ts';
import { DEMO_PHONE_NUMBER_ID, simulatorEnabled } from '../../../server/simulator.ts';

export const metadata = { title: 'Simulator' };

export default async function SimulatorPage() {
  await pageAccess('cases:read');
  if (!simulatorEnabled()) notFound();
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Simulator WhatsApp</h1>
        <p className="text-sm text-muted-foreground">
          Coba bot sebagai warga. Pesan dikirim lewat simulator WhatsApp (bukan WhatsApp sungguhan) dan tampil
          di Pesan Masuk seperti pesan warga biasa.
        </p>
      </div>
      <Phone defaultPhoneNumberId={DEMO_PHONE_NUMBER_ID} />
    </div>
  );
}
