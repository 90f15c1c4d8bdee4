import type { Metadata } from 'next';
import { NotFoundState } from '../components/states';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <NotFoundState title="Page not found">
      <p>There is nothing at this address. It may have been mistyped, or the page may have moved.</p>
    </NotFoundState>
  );
}
