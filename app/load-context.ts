// What the Express server hands every loader and action (server.js, getLoadContext).
declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    clientAddress: string;
  }
  // Single fetch: loader data keeps its types (Date, Map...) instead of their JSON shapes.
  interface Future {
    v3_singleFetch: true;
  }
}

export {};
