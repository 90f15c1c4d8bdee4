import { NotFoundState } from '../../../components/states';

export default function ActorNotFound() {
  return (
    <NotFoundState title="Actor not found">
      <p>ClaimGraph has no state, organisation, person or group at this address.</p>
    </NotFoundState>
  );
}
