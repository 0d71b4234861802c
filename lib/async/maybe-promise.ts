// A step that is synchronous on one engine and asynchronous on another, written once. better-sqlite3's
// transactions must run to their end without awaiting (lib/db/hot/sqlite-hot-queries.ts), pg's cannot avoid awaiting
// (lib/db/hot/postgres-hot-queries.ts); the hot commit's steps and the audit chain's append serve both with these.
export type TMaybePromise<T> = T | Promise<T>;

/** f(value) at once when value is not a promise, else after it settles. */
export function thenMaybe<T, R>(value: TMaybePromise<T>, f: (value: T) => TMaybePromise<R>): TMaybePromise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** step(item) for each item in order, each after the previous one's end; synchronous when every step is. */
export function eachMaybe<T>(items: readonly T[], step: (item: T) => TMaybePromise<void>, from = 0): TMaybePromise<void> {
  if (from >= items.length) return undefined;
  return thenMaybe(step(items[from]), () => eachMaybe(items, step, from + 1));
}
