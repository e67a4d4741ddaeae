'use client';
// The main navigation; the current page is highlighted.
import { Activity, FileWarning, Home, MessageSquare } from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '../ui/cn.ts';

const ITEMS = [
  { href: '/', label: 'Beranda', icon: Home },
  { href: '/pengaduan', label: 'Pengaduan', icon: FileWarning },
  { href: '/pesan', label: 'Pesan Masuk', icon: MessageSquare },
  { href: '/aktivitas', label: 'Log Aktivitas', icon: Activity, adminOnly: true },
];

export function AppNav({ compact = false, canSeeActivity }: { compact?: boolean; canSeeActivity: boolean }) {
  const pathname = usePathname();
  const items = ITEMS.filter((i) => !i.adminOnly || canSeeActivity);
  return (
    <nav className={cn(compact ? 'flex gap-1' : 'flex flex-col gap-1 px-3')} aria-label="Navigasi utama">
      {items.map(({ href, label, icon: Icon }) => {
        const active = href === '/' ? pathname === '/' : pathname.startsWith(href);
        return (
          <Link
            key={href}
            href={href}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'flex items-center gap-2 rounded-md px-3 py-2 text-sm',
              active ? 'bg-accent font-semibold text-primary' : 'text-muted-foreground hover:bg-accent',
            )}
          >
            <Icon className="h-4 w-4" />
            {!compact && label}
          </Link>
        );
      })}
    </nav>
  );
}
