import Link from "next/link";
import { DISCREPANCY_KINDS, VERDICTS } from "@/server/column-values";
import { REVIEW_STATUSES } from "@/server/reviews";
import type { GroupFilter } from "@/lib/desk/group-filter";

type Props = { action: string; filter: GroupFilter; outlets: string[] };

function Choice({
  name,
  label,
  values,
  value,
}: {
  name: string;
  label: string;
  values: readonly string[];
  value?: string;
}) {
  return (
    <span>
      <label htmlFor={`filter-${name}`}>{label}</label>{" "}
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">any</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </span>
  );
}

/**
 * The group list's filters as a plain GET form: submitting writes them into the URL, so a filtered list is a link
 * to share, and the page works without scripts.
 */
export function FilterForm({ action, filter, outlets }: Props) {
  return (
    <form method="get" action={action} className="filters" aria-label="Filter groups">
      <Choice name="verdict" label="Verdict" values={VERDICTS} value={filter.verdict} />
      <Choice name="kind" label="Discrepancy" values={DISCREPANCY_KINDS} value={filter.kind} />
      <Choice name="severity" label="Severity at least" values={["1", "2", "3"]} value={filter.severity?.toString()} />
      <Choice name="outlet" label="Outlet" values={outlets} value={filter.outlet} />
      <Choice name="status" label="Review" values={REVIEW_STATUSES} value={filter.status} />
      <label>
        Reviewer <input name="reviewer" defaultValue={filter.reviewer ?? ""} size={12} />
      </label>
      <label>
        Published from <input type="date" name="from" defaultValue={filter.from ?? ""} />
      </label>
      <label>
        to <input type="date" name="to" defaultValue={filter.to ?? ""} />
      </label>
      <label>
        Words <input type="search" name="q" defaultValue={filter.q ?? ""} size={16} />
      </label>
      <button type="submit">Filter</button> <Link href={action}>Clear</Link>
    </form>
  );
}
