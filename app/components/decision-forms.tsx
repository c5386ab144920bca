import { REVIEW_STATUSES } from "@/server/reviews";
import { FLAG_KINDS } from "@/server/decisions-store";
import type { GroupDecisions } from "@/server/decisions-view";

type Option = { key: string; label: string };

function Choice({ name, label, options }: { name: string; label: string; options: Option[] }) {
  return (
    <label>
      {label}{" "}
      <select name={name} required>
        {options.map((o) => (
          <option key={o.key} value={o.key}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Form({
  action,
  back,
  title,
  children,
}: {
  action: string;
  back: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <form className="decision" method="post" action={`/api/decisions/${action}`} aria-label={title}>
      <input type="hidden" name="back" value={back} />
      <h3>{title}</h3>
      {children}
      <button type="submit">{title}</button>
    </form>
  );
}

/** An editor's review of one claim, from the group page or the claim's own page (`back`: its group or claim key). */
export function ClaimReviewForm({ back, claims }: { back: string; claims: Option[] }) {
  return (
    <Form action="claim-review" back={back} title="Review one claim">
      <Choice name="claimKey" label="Claim" options={claims} />
      <Choice name="status" label="Status" options={REVIEW_STATUSES.map((s) => ({ key: s, label: s }))} />
      <label>
        Note <textarea name="note" maxLength={2000} />
      </label>
    </Form>
  );
}

/**
 * The editor's decisions on a group: plain forms that work without script, each posting to /api/decisions/NAME and
 * coming back here (or to the group the claims are in now).
 */
export function DecisionForms({
  groupKey,
  claims,
  decisions,
}: {
  groupKey: string;
  claims: Option[];
  decisions: Pick<GroupDecisions, "targets">;
}) {
  const otherClaims = decisions.targets.flatMap((g) => g.claims);
  const groups = decisions.targets.map((g) => ({ key: g.key, label: g.label }));
  // A group holds one claim per article: groups sharing an article with this one cannot merge with it.
  const mergeable = decisions.targets.filter((g) => g.mergeable).map((g) => ({ key: g.key, label: g.label }));
  return (
    <div className="decisions">
      <ClaimReviewForm back={groupKey} claims={claims} />
      <Form action="flag" back={groupKey} title="Flag an inconsistency">
        <Choice name="claimKey" label="Claim" options={claims} />
        <Choice name="otherClaimKey" label="is inconsistent with" options={[...claims, ...otherClaims]} />
        <Choice name="kind" label="Kind" options={FLAG_KINDS.map((k) => ({ key: k, label: k }))} />
        <label>
          Note <textarea name="note" maxLength={2000} />
        </label>
      </Form>
      {claims.length > 1 && (
        <Form action="split" back={groupKey} title="Split claims out">
          <input type="hidden" name="groupKey" value={groupKey} />
          <fieldset>
            <legend>Claims that leave this group, together</legend>
            {claims.map((c) => (
              <label key={c.key} className="check">
                <input type="checkbox" name="claimKeys" value={c.key} /> {c.label}
              </label>
            ))}
          </fieldset>
        </Form>
      )}
      {claims.length > 1 && (
        <Form action="apart" back={groupKey} title="Not the same fact">
          <Choice name="claimKey" label="Claim" options={claims} />
          <Choice
            name="otherClaimKey"
            label="is not the same fact as (this one leaves)"
            options={[...claims].reverse()}
          />
        </Form>
      )}
      {groups.length > 0 && (
        <Form action="move" back={groupKey} title="Move a claim">
          <Choice name="claimKey" label="Claim" options={claims} />
          <Choice name="groupKey" label="into" options={groups} />
        </Form>
      )}
      {mergeable.length > 0 && (
        <Form action="merge" back={groupKey} title="Merge groups">
          <input type="hidden" name="keys" value={groupKey} />
          <Choice name="keys" label="Merge this group with" options={mergeable} />
        </Form>
      )}
    </div>
  );
}
