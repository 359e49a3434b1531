/** An empty value in a table or fact list: a dash that screen readers read as "saknas". */
export function Missing() {
  return (
    <span className="sb-muted">
      <span aria-hidden="true">–</span>
      <span className="sb-visually-hidden">saknas</span>
    </span>
  );
}
