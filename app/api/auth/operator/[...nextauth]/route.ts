// Auth.js endpoints of the operator console (sign-in callback, session, sign-out): lib/console/operator-auth.ts.
import { handlers } from "@/lib/console/operator-auth";

export const { GET, POST } = handlers;
