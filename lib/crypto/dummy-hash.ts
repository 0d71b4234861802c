// A hash to verify against when the user does not exist, so that an unknown ID takes as long as a
// wrong password and the answer is the same (no user enumeration).
import "server-only";
import { hashSecret } from "./password";

let dummy: Promise<string> | undefined;

export function dummyHash(): Promise<string> {
  dummy ??= hashSecret("renkei-dummy-password");
  return dummy;
}
