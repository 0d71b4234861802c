// A client's status at an institution, as the console says it (ClientInstitution.status).
export const CLIENT_STATUS_JA: Record<string, string> = { pending: "有効化待ち", active: "有効", suspended: "停止中" };
