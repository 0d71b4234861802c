// What the demo aggregator shows: the accounts, their balances and a page of transactions, read from
// this server's API with the access token and a fresh DPoP proof per call (openid-client). An access
// token lives minutes; when the API says it has expired, the refresh token (valid as long as the link,
// not rotated) gets a new one with the same DPoP key — as an aggregator does — so the page still shows
// the data when it is reloaded later.
import "server-only";
import * as client from "openid-client";
import type { JWK } from "jose";
import { issuerFor } from "@/lib/config/origin";
import { addDays, jstIsoDate } from "@/lib/time/jst";
import { demoClientConfig, dpopHandle } from "./demo-client";
import type { TDemoState } from "./demo-cookie";

type TAccount = { accountId: string; branchName: string; branchCode: string; accountTypeName: string; accountNumber: string; accountName: string };
type TBalance = { accountId: string; balance: string; withdrawableAmount: string; previousDayBalance: string; baseDate: string; baseTime: string };
type TTransaction = { transactionDate: string; transactionType: string; amount: string; remarks: string; balance: string; itemKey: string };

export type TDemoData = {
  accounts: TAccount[];
  balances: TBalance[] | null;
  transactions: { accountId: string; dateFrom: string; dateTo: string; hasNext: boolean; count: number; transactions: TTransaction[] } | null;
};

export async function fetchDemoData(demo: TDemoState): Promise<TDemoData> {
  const config = await demoClientConfig(demo.slug);
  const dpop = await dpopHandle(config, demo.dpopJwk as JWK);
  const api = `${issuerFor(demo.slug)}/api/v1`;
  let accessToken = demo.accessToken!;
  const call = (path: string) =>
    client.fetchProtectedResource(config, accessToken, new URL(`${api}${path}`), "GET", undefined, undefined, { DPoP: dpop })
      .catch((error: { response?: Response }) => {
        if (error.response) return error.response;
        throw error;
      });
  const get = async <T,>(path: string): Promise<T> => {
    let res = await call(path);
    if (res.status === 401 && demo.refreshToken) {
      accessToken = (await client.refreshTokenGrant(config, demo.refreshToken, undefined, { DPoP: dpop })).access_token;
      res = await call(path);
    }
    if (!res.ok) throw new Error(`API ${path}: ${res.status}`);
    return (await res.json()) as T;
  };
  const { accounts } = await get<{ accounts: TAccount[] }>("/accounts");
  const balances = demo.scopes.includes("balances") ? (await get<{ balances: TBalance[] }>("/accounts/balances")).balances : null;
  let transactions: TDemoData["transactions"] = null;
  if (demo.scopes.includes("transactions") && accounts[0]) {
    const now = new Date();
    transactions = await get(`/accounts/transactions?accountId=${encodeURIComponent(accounts[0].accountId)}&dateFrom=${jstIsoDate(addDays(now, -30))}&dateTo=${jstIsoDate(now)}`);
  }
  return { accounts, balances, transactions };
}
