import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { requireEnv } from "@/lib/env";
import type { UserRole } from "@/lib/db/generated/enums";
import { TooManyRequests } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { refuseSignInWhenUnable, SignInRefused } from "./sign-in-refusal";
import { endSession, SESSION_IDLE_SECONDS, startSession } from "./session-records";
import { isUserRole } from "./user-role";
import { verifyCredentials } from "./verify-credentials";

declare module "next-auth" {
  interface User {
    role?: UserRole;
  }
  interface Session {
    /** sessionId: the user_sessions row this cookie stands for. */
    user: { id: string; role: UserRole; name: string; email?: string | null; sessionId?: string };
  }
}

// A function, so the secret is read when a request arrives and not during `next build`.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: requireEnv("AUTH_SECRET"),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/signin" },
  logger: {
    // A wrong password or a stale cookie is an everyday event, not a server error with a stack trace.
    error(error) {
      const type = "type" in error ? error.type : error.name;
      if (error instanceof SignInRefused) {
        console.warn(`[auth] a sign-in was refused: ${error.refusal instanceof TooManyRequests ? "too many attempts" : "the database cannot be reached"}`);
      }
      else if (type === "CredentialsSignin") console.warn("[auth] a sign-in failed: wrong email, username or password");
      else if (type === "JWTSessionError") console.warn("[auth] ignored a session cookie that does not verify");
      else console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: { label: "Email or username" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials, request) => {
        const actor = await refuseSignInWhenUnable(() => verifyCredentials(credentials, clientAddress(request.headers)));
        return actor && { id: actor.id, name: actor.name, role: actor.role };
      },
    }),
  ],
  callbacks: {
    // Only a sign-in (`user` is what authorize returned) starts a session. Nothing a client
    // sends, such as the `update` data of POST /api/auth/session, is copied into the token.
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
        token.sid = await startSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && isUserRole(token.role)) {
        session.user.id = token.sub;
        session.user.role = token.role;
        if (typeof token.sid === "string") session.user.sessionId = token.sid;
      }
      return session;
    },
  },
  events: {
    // Both the sign-out button (a server action) and POST /api/auth/signout come here.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sub && typeof token.sid === "string") await endSession(token.sub, token.sid);
    },
  },
}));
