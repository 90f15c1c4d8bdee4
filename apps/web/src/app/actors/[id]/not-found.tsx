import type { Metadata } from 'next';
import { NotFoundState } from '../../../components/states';

export const metadata: Metadata = { title: 'Actor not found' };

export default function ActorNotFound() {
  return (
    <NotFoundState title="Actor not found">
      <p>ClaimGraph has no state, organisation, person or group at this address.</p>
    </NotFoundState>
  );
}
