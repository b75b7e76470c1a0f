-- Account lifecycle (disabled accounts, a password change forced at next login) and revocable sessions, matching
-- IncubatorUser and Session in src/Client/Accounts. Every cookie and bearer token names its session; logging out
-- revokes it, and a refresh token rotates its generation (a reused one revokes the session: its whole token family).
ALTER TABLE accounts."AspNetUsers" ADD COLUMN "Disabled" boolean NOT NULL DEFAULT false;
ALTER TABLE accounts."AspNetUsers" ADD COLUMN "MustChangePassword" boolean NOT NULL DEFAULT false;

CREATE TABLE accounts."Sessions" (
    "Id" uuid NOT NULL,
    "UserId" text NOT NULL,
    "Kind" character varying(16) NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "RefreshGeneration" integer NOT NULL DEFAULT 0,
    "RevokedAt" timestamp with time zone,
    "RevokedReason" character varying(32),
    CONSTRAINT "PK_Sessions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Sessions_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES accounts."AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Sessions_UserId" ON accounts."Sessions" ("UserId");
CREATE INDEX "IX_Sessions_ExpiresAt" ON accounts."Sessions" ("ExpiresAt");
