'use client';
// The main navigation; the current page is highlighted.
import {
  Activity,
  BarChart3,
  BookOpen,
  FileWarning,
  Home,
  MessageSquare,
  Settings,
  Smartphone,
} from 'lucide-react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '../ui/cn.ts';

const ITEMS = [
  { href: '/', label: 'Beranda', icon: Home },
  { href: '/pengaduan', label: 'Pengaduan', icon: FileWarning },
  { href: '/pesan', label: 'Pesan Masuk', icon: MessageSquare },
  { href: '/pengetahuan', label: 'Basis Pengetahuan', icon: BookOpen },
  { href: '/analitik', label: 'Analitik', icon: BarChart3 },
  { href: '/aktivitas', label: 'Log Aktivitas', icon: Activity, adminOnly: true },
  { href: '/pengaturan', label: 'Pengaturan', icon: Settings, adminOnly: true },
  { href: '/simulator', label: 'Simulator', icon: Smartphone, simulator: true },
];

export function AppNav({
  compact = false,
  canSeeActivity,
  showSimulator,
}: {
  compact?: boolean;
  /** Log Aktivitas and Pengaturan: village admin and superadmin. */
  canSeeActivity: boolean;
  showSimulator: boolean;
}) {
  const pathname = usePathname();
  const items = ITEMS.filter((i) => (!i.adminOnly || canSeeActivity) && (!i.simulator || showSimulator));
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
