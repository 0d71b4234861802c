// An operator's sign-in over HTTP, as the console's login form posts it (next-auth at /api/auth/operator):
// the session cookie ("name=value") when it succeeded, null when it did not.
export async function signInOperator(baseUrl: string, loginId: string, password: string): Promise<string | null> {
  const csrf = await fetch(`${baseUrl}/api/auth/operator/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${baseUrl}/api/auth/operator/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, loginId, password, callbackUrl: `${baseUrl}/console` }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("renkei.operator-session="));
  return session ? session.split(";")[0]! : null;
}
