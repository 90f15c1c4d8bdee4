import { NotFoundState } from '../components/states';

export default function NotFound() {
  return (
    <NotFoundState title="Page not found">
      <p>There is nothing at this address. It may have been mistyped, or the page may have moved.</p>
    </NotFoundState>
  );
}
