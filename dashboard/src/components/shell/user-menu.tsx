'use client';
// Who is signed in (a link to Akun saya), and the logout button.
import { LogOut } from 'lucide-react';
import Link from 'next/link';
import { Button } from '../ui/button.tsx';

export function UserMenu({ name, role, email }: { name: string; role: string; email: string }) {
  async function logout() {
    await fetch('/api/auth/logout', { method: 'POST' });
    window.location.assign('/login');
  }
  return (
    <div className="flex items-center gap-3">
      <Link href="/akun" className="text-right text-sm leading-tight hover:underline" title="Akun saya">
        <div className="font-medium" data-testid="user-name">
          {name}
        </div>
        <div className="text-xs text-muted-foreground" title={email}>
          {role}
        </div>
      </Link>
      <Button variant="ghost" size="icon" onClick={logout} aria-label="Keluar" title="Keluar">
        <LogOut className="h-4 w-4" />
      </Button>
    </div>
  );
}
