// `pg` ships no types for its utilities module; inlineParameters.ts needs the one that turns a JavaScript value
// into the text `pg` sends for a parameter.
declare module 'pg/lib/utils.js' {
  const utilities: { prepareValue(value: unknown): unknown };
  export default utilities;
}
