// The two seams of one institution, in the mode its settings choose (lib/bank/core-mode.ts).
import "server-only";
import type { TInstitutionSettings } from "@/lib/institutions/settings";
import type { IAccountData } from "./account-data";
import type { ICustomerAuth } from "./customer-auth";
import { coreMode } from "./core-mode";
import { embeddedAccountData } from "./embedded/embedded-account-data";
import { embeddedCustomerAuth } from "./embedded/embedded-customer-auth";
import { httpAccountData } from "./http/http-account-data";
import { httpCustomerAuth } from "./http/http-customer-auth";
import { bankTransportFor } from "./transport/bank-transport";

export type TBankInstitution = { id: string; slug: string; settings: TInstitutionSettings };

export function customerAuthFor(institution: TBankInstitution): ICustomerAuth {
  switch (coreMode(institution.settings)) {
    case "embedded": return embeddedCustomerAuth(institution.id);
    case "http": return httpCustomerAuth(bankTransportFor(institution));
  }
}

export function accountDataFor(institution: TBankInstitution): IAccountData {
  switch (coreMode(institution.settings)) {
    case "embedded": return embeddedAccountData(institution.id);
    case "http": return httpAccountData(bankTransportFor(institution));
  }
}
