import type { Metadata } from 'next';
import { NotFoundState } from '../../../components/states';

export const metadata: Metadata = { title: 'Claim not found' };

export default function ClaimNotFound() {
  return (
    <NotFoundState title="Claim not found">
      <p>ClaimGraph has no claim at this address. The link may be mistyped, or the claim may have been withdrawn.</p>
    </NotFoundState>
  );
}
