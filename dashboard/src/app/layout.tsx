// The root layout: Indonesian document, the global styles.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'GovConnect', template: '%s · GovConnect' },
  description: 'Layanan pengaduan dan informasi desa melalui WhatsApp',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
