import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/current-actor";

export default async function HomePage() {
  redirect((await getCurrentActor()) ? "/assignments" : "/signin");
}
