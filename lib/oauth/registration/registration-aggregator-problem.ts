// Which aggregator a registration may name — one rule for every door that writes a client (RFC 7591
// registration, the console, `renkei client add`; lib/oauth/registration/create-client-record.ts asks it inside its
// transaction). The consent and links pages show the aggregator's name and 登録番号 to the customer, so a
// registrant must not be able to pose as another licensed aggregator (docs/security-habits.md, "one tenant
// writing another's data"):
//   - a 登録番号 names one 電子決済等代行業者: a second company under a number already registered is refused,
//     whoever asks (the register of 電子決済等代行業者 gives each company its own number)
//   - an initial access token issued for one aggregator (its name and 登録番号 fixed in the token by the
//     operator who issued it) registers clients of that aggregator only
//   - a token bound to no aggregator (RENKEI_INITIAL_ACCESS_TOKEN, or a token issued before tokens were bound)
//     may only create a new aggregator: a name or a 登録番号 already registered is refused
//   - an aggregator's 登録番号 changes only through a door scoped to every institution (an operator of all of them)
// Pure: the caller reads the rows and passes them in.

export type TAggregatorIdentity = { name: string; registrationNumber: string };

/** Who is registering: through an initial access token (bound to an aggregator or to none), or an operator / the shell. */
export type TRegistrationDoor =
  | { kind: "token"; aggregator: TAggregatorIdentity | null }
  | { kind: "operator"; everyInstitution: boolean };

export type TAggregatorRefusal =
  | { reason: "not-the-token-aggregator"; field: "aggregator_name" | "aggregator_registration_number"; token: TAggregatorIdentity }
  | { reason: "number-taken"; field: "aggregator_registration_number"; number: string; holder: string }
  | { reason: "already-registered"; field: "aggregator_name" | "aggregator_registration_number"; aggregator: string }
  | { reason: "number-change"; field: "aggregator_registration_number"; aggregator: string; registered: string };

export function registrationAggregatorProblem(
  asked: TAggregatorIdentity,
  existing: { byName: TAggregatorIdentity | null; byNumber: TAggregatorIdentity | null },
  door: TRegistrationDoor,
): TAggregatorRefusal | null {
  if (door.kind === "token" && door.aggregator) {
    const token = door.aggregator;
    if (asked.name !== token.name) return { reason: "not-the-token-aggregator", field: "aggregator_name", token };
    if (asked.registrationNumber !== token.registrationNumber) return { reason: "not-the-token-aggregator", field: "aggregator_registration_number", token };
  }
  const { byName, byNumber } = existing;
  if (byNumber && byNumber.name !== asked.name) {
    return { reason: "number-taken", field: "aggregator_registration_number", number: asked.registrationNumber, holder: byNumber.name };
  }
  if (door.kind === "token" && !door.aggregator && (byName || byNumber)) {
    return { reason: "already-registered", field: byName ? "aggregator_name" : "aggregator_registration_number", aggregator: (byName ?? byNumber)!.name };
  }
  if (byName && byName.registrationNumber !== asked.registrationNumber && !(door.kind === "operator" && door.everyInstitution)) {
    return { reason: "number-change", field: "aggregator_registration_number", aggregator: byName.name, registered: byName.registrationNumber };
  }
  return null;
}

/** RFC 7591 §3.2.2's error_description for a refusal (the console says it in Japanese beside the field). */
export function aggregatorRefusalDescription(refusal: TAggregatorRefusal): string {
  switch (refusal.reason) {
    case "not-the-token-aggregator":
      return `${refusal.field}: this initial access token was issued for ${refusal.token.name} (${refusal.token.registrationNumber}); it registers clients of that aggregator only`;
    case "number-taken":
      return `aggregator_registration_number: ${refusal.number} is the registration number of ${refusal.holder}; a registration number names one aggregator`;
    case "already-registered":
      return `${refusal.field}: ${refusal.aggregator} is already registered; register its clients with an initial access token the bank issued for it`;
    case "number-change":
      return `aggregator_registration_number: ${refusal.aggregator} is registered as ${refusal.registered}; only an operator of every institution changes it`;
  }
}

/** The console's message beside the field. */
export function aggregatorRefusalJa(refusal: TAggregatorRefusal): string {
  switch (refusal.reason) {
    case "not-the-token-aggregator":
      return `このトークンは ${refusal.token.name}（${refusal.token.registrationNumber}）のために発行されています。`;
    case "number-taken":
      return `登録番号「${refusal.number}」は ${refusal.holder} の登録番号です。1つの登録番号で登録できる電子決済等代行業者は1社だけです。`;
    case "already-registered":
      return `${refusal.aggregator} はすでに登録されています。`;
    case "number-change":
      return `${refusal.aggregator} は登録番号「${refusal.registered}」で登録されています。登録番号を変更できるのは、すべての金融機関を担当する運用者だけです。`;
  }
}
