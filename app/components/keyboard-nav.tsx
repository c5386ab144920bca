"use client";
import { useCallback, useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { KeyboardHelp } from "./keyboard-help";
import { isTyping, STATUS_KEYS } from "./keyboard-keys";

/**
 * On a group list, the items are the page's `[data-nav-group]` elements, each holding its group's link and
 * `data-article` (the article at its first claim); j/k move focus between their links. On a group page, `group`
 * names this group, its neighbours in the story and the article at the chosen claim, and j/k go to the neighbours.
 */
type Props =
  | { mode: "list" }
  | { mode: "group"; group: { key: string; label: string; article: string; previous?: string; next?: string } };

type Target = { key: string; label: string; article: string };

const items = () => [...document.querySelectorAll<HTMLElement>("[data-nav-group]")];

function selectedItem(): HTMLElement | undefined {
  return items().find((i) => i.contains(document.activeElement));
}

function targetOf(props: Props): Target | null {
  if (props.mode === "group") return props.group;
  const item = selectedItem();
  if (!item) return null;
  return { key: item.dataset.navGroup!, label: item.dataset.label ?? "", article: item.dataset.article! };
}

export function KeyboardNav(props: Props) {
  const router = useRouter();
  const [help, setHelp] = useState(false);
  const [said, say] = useState("");

  const move = useCallback(
    (step: 1 | -1) => {
      if (props.mode === "group") {
        const to = step === 1 ? props.group.next : props.group.previous;
        // A whole page load, not router.push: the next group's page is read fresh, shortcuts and all.
        if (to) window.location.assign(to);
        else say(step === 1 ? "This is the last group." : "This is the first group.");
        return;
      }
      const all = items();
      const at = all.findIndex((i) => i.contains(document.activeElement));
      const next = all[Math.min(all.length - 1, Math.max(0, at + step))];
      next?.querySelector<HTMLElement>("a")?.focus();
    },
    [props],
  );

  const setStatus = useCallback(
    async (status: string) => {
      const target = targetOf(props);
      if (!target) return say("Select a group first (j or k).");
      const response = await fetch(`/api/groups/${target.key}/reviews`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status }),
      });
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      say(response.ok ? `${target.label}: marked ${status}.` : `Not saved: ${body.error ?? response.statusText}`);
      if (response.ok) router.refresh();
    },
    [props, router],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      if (e.key === "?") setHelp((h) => !h);
      else if (help) return;
      else if (e.key === "j" || e.key === "ArrowDown") move(1);
      else if (e.key === "k" || e.key === "ArrowUp") move(-1);
      else if (e.key === "o") {
        const target = targetOf(props);
        // A page load, so the browser scrolls to the claim's mark in the article.
        if (target) window.location.assign(target.article);
      } else {
        const status = STATUS_KEYS.find((s) => s.key === e.key)?.status;
        if (!status) return;
        void setStatus(status);
      }
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    // Says the shortcuts are live: keys pressed before hydration do nothing, so scripts and tests wait for this.
    document.documentElement.dataset.keys = "on";
    return () => {
      window.removeEventListener("keydown", onKey);
      delete document.documentElement.dataset.keys;
    };
  }, [help, move, props, router, setStatus]);

  return (
    <>
      <p className="small muted keys-hint">
        Keyboard: <kbd>j</kbd>/<kbd>k</kbd> next and previous group, <kbd>1</kbd>–<kbd>4</kbd> set a status,{" "}
        <kbd>o</kbd> open the article; <kbd>?</kbd> for all shortcuts.
      </p>
      <p role="status" aria-live="polite" className="keys-said">
        {said}
      </p>
      <KeyboardHelp open={help} onClose={() => setHelp(false)} />
    </>
  );
}
