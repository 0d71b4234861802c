// The operator console's own next-auth instance (Auth.js v5): Credentials against Operator.loginId /
// passwordHash, JWT sessions. Its own basePath and cookie names, so it never reads or overwrites the
// customer-side sessions (/api/auth/customer, renkei.customer-session). AUTH_SECRET signs and encrypts.
import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { appCookie } from "@/lib/http/app-cookie";
import { clientIp } from "@/lib/http/client-ip";
import { authenticateOperator } from "./authenticate-operator";

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
  logger: { error: (error) => { if (error.name !== "CredentialsSignin") console.error(`[operator-auth] ${error.name}: ${error.message}`); } },
  pages: { signIn: "/console/login", error: "/console/login" },
  providers: [
    Credentials({
      credentials: { loginId: { label: "ログインID" }, password: { label: "パスワード", type: "password" } },
      authorize: async (credentials, request) => authenticateOperator(credentials, clientIp(request)),
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => (user?.id ? { ...token, operatorId: user.id } : token),
    session: ({ session, token }) => ({ ...session, operatorId: typeof token.operatorId === "string" ? token.operatorId : null }),
  },
});
