import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { requireEnv } from "@/lib/env";
import type { UserRole } from "@/lib/db/generated/enums";
import { clientAddress } from "@/lib/http/client-address";
import { refuseSignInPastLimits, SignInRefused } from "./sign-in-refusal";
import { isUserRole } from "./user-role";
import { verifyCredentials } from "./verify-credentials";

declare module "next-auth" {
  interface User {
    role?: UserRole;
  }
  interface Session {
    user: { id: string; role: UserRole; name: string; email?: string | null };
  }
}

// A function, so the secret is read when a request arrives and not during `next build`.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: requireEnv("AUTH_SECRET"),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  logger: {
    // A wrong password or a stale cookie is an everyday event, not a server error with a stack trace.
    error(error) {
      const type = "type" in error ? error.type : error.name;
      if (error instanceof SignInRefused) console.warn("[auth] a sign-in was refused: too many attempts");
      else if (type === "CredentialsSignin") console.warn("[auth] a sign-in failed: wrong email, username or password");
      else if (type === "JWTSessionError") console.warn("[auth] ignored a session cookie that does not verify");
      else console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { identifier: { label: "Email or username" }, password: { label: "Password", type: "password" } },
      authorize: async (credentials, request) => {
        const actor = await refuseSignInPastLimits(() => verifyCredentials(credentials, clientAddress(request.headers)));
        return actor && { id: actor.id, name: actor.name, role: actor.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && isUserRole(token.role)) {
        session.user.id = token.sub;
        session.user.role = token.role;
      }
      return session;
    },
  },
}));
