import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { currentEditor } from '../../lib/session';

// The desk is for editors: a visitor (or a key since revoked) is sent to sign in, and back here after.
export default async function DeskLayout({ children }: { children: ReactNode }) {
  if (!(await currentEditor())) {
    const asked = (await headers()).get('x-claimgraph-path');
    const next = asked?.startsWith('/desk') ? asked : '/desk';
    redirect(`/sign-in?next=${encodeURIComponent(next)}`);
  }
  return <div className="desk">{children}</div>;
}
