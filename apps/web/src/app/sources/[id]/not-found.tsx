import type { Metadata } from 'next';
import { NotFoundState } from '../../../components/states';

export const metadata: Metadata = { title: 'Source not found' };

export default function SourceNotFound() {
  return (
    <NotFoundState title="Source not found">
      <p>ClaimGraph has no outlet, official, body or document at this address.</p>
    </NotFoundState>
  );
}
