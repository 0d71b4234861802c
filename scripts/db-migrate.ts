// `npm run db:migrate`: applies the SQL migrations to DATABASE_URL (lib/db/migrate.ts).
import { migrate } from "../lib/db/migrate";

migrate().then(
  (applied) => console.log(applied.length ? `migrated: ${applied.join(", ")}` : "database is up to date"),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
