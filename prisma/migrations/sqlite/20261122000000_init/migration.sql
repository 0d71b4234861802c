CREATE TABLE "Institution" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bankCode" TEXT NOT NULL,
    "settings" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "consentDays" INTEGER NOT NULL DEFAULT 90,
    "clientCaPem" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE "Aggregator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "registrationNumber" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

CREATE TABLE "Client" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "aggregatorId" TEXT NOT NULL,
    "clientName" TEXT NOT NULL,
    "serviceDescription" TEXT NOT NULL DEFAULT '',
    "redirectUris" TEXT NOT NULL,
    "jwks" TEXT,
    "jwksUri" TEXT,
    "tokenEndpointAuthMethod" TEXT NOT NULL,
    "tlsClientAuthSubjectDn" TEXT,
    "clientSecretHash" TEXT,
    "sandbox" BOOLEAN NOT NULL DEFAULT false,
    "channels" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT 'balances transactions',
    "registrationAccessTokenHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Client_aggregatorId_fkey" FOREIGN KEY ("aggregatorId") REFERENCES "Aggregator" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE "ClientInstitution" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "personalSince" TEXT,
    "corporateSince" TEXT,
    "status" TEXT NOT NULL DEFAULT 'active',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ClientInstitution_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClientInstitution_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "InitialAccessToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "label" TEXT NOT NULL DEFAULT '',
    "institutionId" TEXT,
    "createdBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME,
    "revokedAt" DATETIME,
    "lastUsedAt" DATETIME,
    CONSTRAINT "InitialAccessToken_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "Contract" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "institutionId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "contractNumber" TEXT NOT NULL,
    "holderName" TEXT NOT NULL,
    "holderNameKana" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Contract_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "institutionId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "loginId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "totpSecretEnc" TEXT,
    "secretQuestion" TEXT,
    "secretAnswerHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "User_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "User_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "UserCertificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "fingerprint256" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "notAfter" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "UserCertificate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "Account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "institutionId" TEXT NOT NULL,
    "contractId" TEXT NOT NULL,
    "branchCode" TEXT NOT NULL,
    "branchName" TEXT NOT NULL,
    "accountTypeCode" TEXT NOT NULL,
    "accountTypeName" TEXT NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "accountName" TEXT NOT NULL,
    "accountNameKana" TEXT NOT NULL,
    "currencyCode" TEXT NOT NULL DEFAULT 'JPY',
    "currencyName" TEXT NOT NULL DEFAULT '円',
    "memo" TEXT NOT NULL DEFAULT '',
    "inquiryPinHash" TEXT NOT NULL,
    "pinRegisteredAt" DATETIME,
    "balance" BIGINT NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Account_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Account_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "Transaction" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "accountId" TEXT NOT NULL,
    "transactionDate" TEXT NOT NULL,
    "valueDate" TEXT NOT NULL,
    "transactionType" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "balance" BIGINT NOT NULL,
    "remarks" TEXT NOT NULL,
    CONSTRAINT "Transaction_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "PushedRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestUriHash" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PushedRequest_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PushedRequest_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "Interaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "pushedRequestId" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "channel" TEXT,
    "userId" TEXT,
    "step" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT '{}',
    "browserHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Interaction_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Interaction_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Interaction_pushedRequestId_fkey" FOREIGN KEY ("pushedRequestId") REFERENCES "PushedRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Interaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "Grant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "dpopJkt" TEXT,
    "certThumbprint" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "revokedBy" TEXT,
    "lastAccessAt" DATETIME,
    CONSTRAINT "Grant_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Grant_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Grant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "GrantAccount" (
    "grantId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    PRIMARY KEY ("grantId", "accountId"),
    CONSTRAINT "GrantAccount_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "GrantAccount_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "AuthorizationCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "codeHash" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "redirectUri" TEXT NOT NULL,
    "codeChallenge" TEXT NOT NULL,
    "dpopJkt" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuthorizationCode_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AuthorizationCode_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "AccessToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "jkt" TEXT,
    "certThumbprint" TEXT,
    "codeId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AccessToken_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AccessToken_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "RefreshToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "grantId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "jkt" TEXT,
    "certThumbprint" TEXT,
    "codeId" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RefreshToken_grantId_fkey" FOREIGN KEY ("grantId") REFERENCES "Grant" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RefreshToken_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "ReplayRecord" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

CREATE TABLE "LoginAttempt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "institutionId" TEXT NOT NULL,
    "userId" TEXT,
    "factor" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "ip" TEXT NOT NULL,
    "ipPrefix" TEXT NOT NULL,
    "deviceHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LoginAttempt_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LoginAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "institutionId" TEXT,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "ip" TEXT,
    "details" TEXT NOT NULL DEFAULT '{}',
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

CREATE TABLE "Operator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "loginId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "allInstitutions" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "OperatorInstitution" (
    "operatorId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    PRIMARY KEY ("operatorId", "institutionId"),
    CONSTRAINT "OperatorInstitution_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Operator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OperatorInstitution_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "resetAt" DATETIME NOT NULL
);

CREATE UNIQUE INDEX "Institution_slug_key" ON "Institution"("slug");

CREATE UNIQUE INDEX "Institution_bankCode_key" ON "Institution"("bankCode");

CREATE UNIQUE INDEX "Aggregator_name_key" ON "Aggregator"("name");

CREATE UNIQUE INDEX "Client_clientId_key" ON "Client"("clientId");

CREATE INDEX "Client_aggregatorId_idx" ON "Client"("aggregatorId");

CREATE UNIQUE INDEX "ClientInstitution_clientId_institutionId_key" ON "ClientInstitution"("clientId", "institutionId");

CREATE INDEX "ClientInstitution_institutionId_idx" ON "ClientInstitution"("institutionId");

CREATE UNIQUE INDEX "InitialAccessToken_tokenHash_key" ON "InitialAccessToken"("tokenHash");

CREATE UNIQUE INDEX "Contract_institutionId_contractNumber_key" ON "Contract"("institutionId", "contractNumber");

CREATE UNIQUE INDEX "User_contractId_loginId_key" ON "User"("contractId", "loginId");

CREATE INDEX "User_institutionId_loginId_idx" ON "User"("institutionId", "loginId");

CREATE UNIQUE INDEX "UserCertificate_fingerprint256_key" ON "UserCertificate"("fingerprint256");

CREATE UNIQUE INDEX "Account_institutionId_branchCode_accountTypeCode_accountNumber_key" ON "Account"("institutionId", "branchCode", "accountTypeCode", "accountNumber");

CREATE INDEX "Account_contractId_idx" ON "Account"("contractId");

CREATE INDEX "Transaction_accountId_transactionDate_id_idx" ON "Transaction"("accountId", "transactionDate", "id");

CREATE UNIQUE INDEX "PushedRequest_requestUriHash_key" ON "PushedRequest"("requestUriHash");

CREATE INDEX "PushedRequest_expiresAt_idx" ON "PushedRequest"("expiresAt");

CREATE INDEX "Interaction_status_expiresAt_idx" ON "Interaction"("status", "expiresAt");

CREATE INDEX "Grant_clientId_userId_status_idx" ON "Grant"("clientId", "userId", "status");

CREATE INDEX "Grant_institutionId_status_idx" ON "Grant"("institutionId", "status");

CREATE INDEX "Grant_userId_status_idx" ON "Grant"("userId", "status");

CREATE INDEX "GrantAccount_accountId_idx" ON "GrantAccount"("accountId");

CREATE UNIQUE INDEX "AuthorizationCode_codeHash_key" ON "AuthorizationCode"("codeHash");

CREATE INDEX "AuthorizationCode_grantId_idx" ON "AuthorizationCode"("grantId");

CREATE UNIQUE INDEX "AccessToken_tokenHash_key" ON "AccessToken"("tokenHash");

CREATE INDEX "AccessToken_grantId_idx" ON "AccessToken"("grantId");

CREATE INDEX "AccessToken_expiresAt_idx" ON "AccessToken"("expiresAt");

CREATE UNIQUE INDEX "RefreshToken_tokenHash_key" ON "RefreshToken"("tokenHash");

CREATE INDEX "RefreshToken_grantId_idx" ON "RefreshToken"("grantId");

CREATE INDEX "ReplayRecord_expiresAt_idx" ON "ReplayRecord"("expiresAt");

CREATE INDEX "LoginAttempt_userId_factor_createdAt_idx" ON "LoginAttempt"("userId", "factor", "createdAt");

CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");

CREATE UNIQUE INDEX "AuditEvent_prevHash_key" ON "AuditEvent"("prevHash");

CREATE UNIQUE INDEX "AuditEvent_hash_key" ON "AuditEvent"("hash");

CREATE INDEX "AuditEvent_institutionId_at_idx" ON "AuditEvent"("institutionId", "at");

CREATE INDEX "AuditEvent_action_at_idx" ON "AuditEvent"("action", "at");

CREATE UNIQUE INDEX "Operator_loginId_key" ON "Operator"("loginId");
