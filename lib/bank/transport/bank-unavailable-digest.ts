// The digest a BankUnavailableError carries through Next's rendering: Next keeps an error's own digest (instead of a
// hash of its message) on the way to an error boundary, so the consent screens' boundary
// (app/[institution]/authorize/[interaction]/error.tsx, a client component) can tell "the bank is unavailable now"
// from any other failure without seeing the error itself. No "server-only": the boundary imports it.
export const BANK_UNAVAILABLE_DIGEST = "RENKEI_BANK_UNAVAILABLE";
