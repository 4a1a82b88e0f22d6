import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { answerSignInRoute } from "@/lib/auth/sign-in-refusal";

export const { GET } = handlers;

/** Auth.js's sign-in and sign-out; a sign-in refused by a limit is a 429, not a redirect. */
export const POST = (request: NextRequest) => answerSignInRoute(() => handlers.POST(request));
