import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { currentEditor } from '../../lib/session';

// The desk is for editors: a visitor (or a key since revoked) is sent to sign in.
export default async function DeskLayout({ children }: { children: ReactNode }) {
  if (!(await currentEditor())) redirect('/sign-in?next=/desk');
  return <div className="desk">{children}</div>;
}
