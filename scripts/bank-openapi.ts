// `npm run bank-openapi`: writes docs/bank-protocol.openapi.json from the protocol's schemas (lib/bank/wire/), the
// document a bank's integration team implements. A test fails while the file is not what this writes.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { bankProtocolDocument } from "../lib/bank/openapi/bank-protocol-document";

export const BANK_OPENAPI_FILE = path.resolve(__dirname, "../docs/bank-protocol.openapi.json");
writeFileSync(BANK_OPENAPI_FILE, `${JSON.stringify(bankProtocolDocument(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), BANK_OPENAPI_FILE)}`);
