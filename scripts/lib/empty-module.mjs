// Stands in for the `server-only` package in the machine bundle (scripts/build-machine.mjs): that package
// throws outside React Server Components, and the production server's lean path is server code by nature.
export {};
