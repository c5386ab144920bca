"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Re-renders the page from the server every `ms` while it is shown: a job page watching its job until it ends. */
export function RefreshWhilePending({ ms }: { ms: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), ms);
    return () => clearInterval(timer);
  }, [router, ms]);
  return null;
}
