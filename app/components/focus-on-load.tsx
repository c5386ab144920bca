"use client";
import { useEffect } from "react";

/** Moves keyboard focus to the element with `id` once the page is shown (after a save, or to a linked claim). */
export function FocusOnLoad({ id }: { id: string }) {
  useEffect(() => {
    const target = document.getElementById(id);
    target?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: "start" });
  }, [id]);
  return null;
}
