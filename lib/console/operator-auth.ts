// The operator console's own next-auth instance (Auth.js v5): Credentials against Operator.loginId /
// passwordHash, JWT sessions. Its own basePath and cookie names, so it never reads or overwrites the
// customer-side sessions (/api/auth/customer, renkei.customer-session). AUTH_SECRET signs and encrypts.
// The JWT also carries a server-side session id (lib/console/operator-session.ts), started at sign-in and
// ended at sign-out, which lib/console/current-operator-scope.ts checks on every request.
import "server-only";
import { logger } from "@/lib/observability/logger";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { appCookie } from "@/lib/http/app-cookie";
import { clientIp } from "@/lib/http/client-ip";
import { authenticateOperator } from "./authenticate-operator";
import { endOperatorSession, startOperatorSession } from "./operator-session";

export const { handlers, auth, signIn, signOut } = NextAuth({
  basePath: "/api/auth/operator",
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 3600 },
  // names and flags as every cookie of the app has them (__Host-…, Secure on an https origin)
  cookies: {
    sessionToken: appCookie("renkei.operator-session"),
    csrfToken: appCookie("renkei.operator-csrf"),
    callbackUrl: appCookie("renkei.operator-callback"),
  },
  // a wrong password is an ordinary answer (audited by authenticateOperator), not a server error to log with a stack
  logger: { error: (error) => { if (error.name !== "CredentialsSignin") logger().error({ err: { name: error.name, message: error.message } }, "operator-auth: sign-in error"); } },
  pages: { signIn: "/console/login", error: "/console/login" },
  providers: [
    Credentials({
      credentials: { loginId: { label: "ログインID" }, password: { label: "パスワード", type: "password" } },
      authorize: async (credentials, request) => authenticateOperator(credentials, clientIp(request)),
    }),
  ],
  callbacks: {
    // at sign-in (a user is given only then): the operator, and a new server-side session
    jwt: async ({ token, user }) => (user?.id ? { ...token, operatorId: user.id, sid: await startOperatorSession(user.id) } : token),
    session: ({ session, token }) => ({
      ...session,
      operatorId: typeof token.operatorId === "string" ? token.operatorId : null,
      sid: typeof token.sid === "string" ? token.sid : null,
    }),
  },
  events: {
    // both doors out (the console's ログアウト and /api/auth/operator/signout) end the server-side session
    signOut: async (message) => {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endOperatorSession(sid);
    },
  },
});
