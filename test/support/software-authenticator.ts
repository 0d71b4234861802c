// A software WebAuthn authenticator for tests (a fixture, not product code): an ES256 key from node:crypto,
// and the attestation and assertion a real one would make — authenticatorData (RP ID hash, flags, counter,
// attested credential data), clientDataJSON, a DER signature over authenticatorData ‖ SHA-256(clientDataJSON).
// CBOR through @simplewebauthn's own encoder. Each field can be made wrong on purpose (another RP ID or
// origin, no user verification, a counter that went back) to test what Renkei refuses.
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();

export type TCeremony = { challenge: string; rpId?: string; origin?: string; userVerified?: boolean };

export class SoftwareAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  counter = 0;
  userHandle: string | undefined;

  constructor(private readonly options: { backupEligible?: boolean; rpId?: string; origin?: string } = {}) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  get id(): string {
    return b64url(this.credentialId);
  }

  private cosePublicKey(): Uint8Array {
    const jwk = this.publicKey.export({ format: "jwk" });
    // COSE_Key: kty EC2 (2), alg ES256 (-7), crv P-256 (1), x, y
    return isoCBOR.encode(new Map<number, number | Uint8Array>([
      [1, 2], [3, -7], [-1, 1], [-2, Buffer.from(jwk.x!, "base64url")], [-3, Buffer.from(jwk.y!, "base64url")],
    ]));
  }

  private authenticatorData(rpId: string, userVerified: boolean, counter: number, attested: boolean): Buffer {
    const be = this.options.backupEligible ? 0x08 | 0x10 : 0; // BE and BS: a synced passkey
    const flags = 0x01 | (userVerified ? 0x04 : 0) | be | (attested ? 0x40 : 0);
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    const parts = [sha256(rpId), Buffer.from([flags]), count];
    if (attested) {
      const length = Buffer.alloc(2);
      length.writeUInt16BE(this.credentialId.length);
      parts.push(Buffer.alloc(16), length, this.credentialId, Buffer.from(this.cosePublicKey()));
    }
    return Buffer.concat(parts);
  }

  private clientData(type: "webauthn.create" | "webauthn.get", ceremony: TCeremony): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge: ceremony.challenge, origin: ceremony.origin ?? this.options.origin ?? "http://localhost:3000", crossOrigin: false }));
  }

  /** navigator.credentials.create, as @simplewebauthn/browser serialises it; `userHandle` is the options' user.id. */
  register(ceremony: TCeremony & { userHandle: string }): RegistrationResponseJSON {
    this.userHandle = ceremony.userHandle;
    const authData = this.authenticatorData(ceremony.rpId ?? this.options.rpId ?? "localhost", ceremony.userVerified ?? true, this.counter, true);
    const attestationObject = isoCBOR.encode(new Map<string, unknown>([["fmt", "none"], ["attStmt", new Map()], ["authData", authData]]) as never);
    return {
      id: this.id, rawId: this.id, type: "public-key", clientExtensionResults: {}, authenticatorAttachment: "platform",
      response: { clientDataJSON: b64url(this.clientData("webauthn.create", ceremony)), attestationObject: b64url(attestationObject), transports: ["internal"] },
    };
  }

  /** navigator.credentials.get. The counter moves on by one unless `counter` says what to send. */
  assert(ceremony: TCeremony & { counter?: number; userHandle?: string }): AuthenticationResponseJSON {
    const counter = ceremony.counter ?? (this.options.backupEligible ? 0 : ++this.counter);
    const authData = this.authenticatorData(ceremony.rpId ?? this.options.rpId ?? "localhost", ceremony.userVerified ?? true, counter, false);
    const clientDataJSON = this.clientData("webauthn.get", ceremony);
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientDataJSON)]), this.privateKey); // DER, as WebAuthn's ES256
    return {
      id: this.id, rawId: this.id, type: "public-key", clientExtensionResults: {}, authenticatorAttachment: "platform",
      response: { clientDataJSON: b64url(clientDataJSON), authenticatorData: b64url(authData), signature: b64url(signature), userHandle: ceremony.userHandle ?? this.userHandle },
    };
  }
}
