// Placeholder until the page is built.
export function TokenPage() {
  return <h1>Token</h1>;
}
