// Apollo Server's CSRF prevention, with Authorization among the headers that show a browser preflighted the request:
// a page of another site can send a simple GET or form POST, but none with an Authorization header, and Samsyn's
// tokens travel only there (never in a cookie). So a query over GET with its token goes through, as GraphQL over
// HTTP has it, and a cross-site request without one is still refused before it has a context.
export const csrfPrevention = {
  requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'],
};
