import { connection } from "next/server";
import { pageActor } from "@/server/auth/page-actor";
import { listUsers } from "@/server/auth/users";
import { ROLES } from "@/server/actor";

export const metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await connection();
  await pageActor("admin");
  const [users, { saved }] = await Promise.all([listUsers(), searchParams]);
  return (
    <>
      <h1>Users</h1>
      {saved && (
        <p className="saved" role="status">
          Saved the role of {saved}.
        </p>
      )}
      <p>
        Viewers read; editors also import, review and restructure; admins also manage users. Add a user with{" "}
        <code>npm run cli -- users add &lt;name&gt; --role &lt;role&gt;</code> and a token for scripts with{" "}
        <code>npm run cli -- tokens create &lt;name&gt;</code>.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col">API tokens</th>
            <th scope="col">Since</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td>
                <form method="post" action="/api/admin/users">
                  <input type="hidden" name="name" value={u.name} />
                  <label>
                    <span className="visually-hidden">Role of {u.name}</span>
                    <select name="role" defaultValue={u.role}>
                      {ROLES.map((r) => (
                        <option key={r}>{r}</option>
                      ))}
                    </select>
                  </label>{" "}
                  <button type="submit">Save</button>
                </form>
              </td>
              <td>{u.tokens}</td>
              <td>{u.createdAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
