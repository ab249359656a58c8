// `.graphql` files imported by the bundle arrive as text (esbuild's text loader).
declare module '*.graphql' {
  const text: string;
  export default text;
}
