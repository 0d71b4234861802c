// Stands in for "server-only" under vitest: tests run server code outside React's server graph.
export {};
