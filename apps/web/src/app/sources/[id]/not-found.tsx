import { NotFoundState } from '../../../components/states';

export default function SourceNotFound() {
  return (
    <NotFoundState title="Source not found">
      <p>ClaimGraph has no outlet, official, body or document at this address.</p>
    </NotFoundState>
  );
}
