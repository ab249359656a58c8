// The database roles deploy/postgres-init.sql creates: one per subgraph, owner
// of its database, never a superuser (a superuser can switch the access log's
// append-only triggers off with session_replication_role).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../deploy/${file}`, import.meta.url), 'utf8');
const withoutComments = (sql: string) => sql.replace(/--.*$/gm, '');
const init = withoutComments(read('postgres-init.sql'));
const role = withoutComments(read('postgres-subgraph-role.psql'));

describe('deploy/postgres-init.sql', () => {
  it('makes a role and a database for each subgraph', () => {
    const included = [...init.matchAll(/\\set name (\w+)\s+\\ir postgres-subgraph-role\.psql/g)].map((match) => match[1]);
    expect(included).toEqual(['vgr', 'kommun', 'samverkan']);
  });

  it('creates login roles that are no superuser and cannot create databases or roles', () => {
    const create = role.match(/CREATE ROLE[^;]*;/g) ?? [];
    expect(create).toHaveLength(1);
    for (const attribute of ['LOGIN', 'NOSUPERUSER', 'NOCREATEDB', 'NOCREATEROLE', 'NOBYPASSRLS']) expect(create[0]).toContain(` ${attribute}`);
    expect(`${init}\n${role}`).not.toMatch(/(?<!NO)SUPERUSER(?!\w)/);
    expect(`${init}\n${role}`).not.toMatch(/GRANT\s+(pg_|postgres)/i);
  });

  it("makes each role the owner of its database and its schema, and shuts other roles out", () => {
    expect(role).toMatch(/CREATE DATABASE :"role" OWNER :"role";/);
    expect(role).toMatch(/REVOKE ALL ON DATABASE :"role" FROM PUBLIC;/);
    expect(role).toMatch(/ALTER SCHEMA public OWNER TO :"role";/);
  });

  it('takes the password from the secret, never from the file itself', () => {
    expect(role).toMatch(/PASSWORD :'password'/);
    expect(role).not.toMatch(/PASSWORD '/);
  });
});
