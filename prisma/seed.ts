// `npm run db:seed`: migrate, then seed the demo data (prisma/seed/index.ts).
import { migrate } from "../lib/db/migrate";

async function main() {
  await migrate();
  const { db } = await import("../lib/db");
  const { seedDemo } = await import("./seed/index");
  await seedDemo(db, (line) => console.log(`seed: ${line}`));
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
