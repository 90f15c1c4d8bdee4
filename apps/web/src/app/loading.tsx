export default function Loading() {
  return (
    <div role="status" className="status">
      <h1>Reports</h1>
      <p>Loading reports…</p>
    </div>
  );
}
