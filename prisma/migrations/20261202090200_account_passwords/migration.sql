-- Accounts (issue 14): an admin resets a password and the user must choose a new one at their
-- next sign-in; everyone changes their own password and name on /account (lib/data/account.ts).

-- Account events name no article, which the CHECKs already allow for the 'user' entity. No event
-- ever holds a password or a hash: a reset records only that it happened.
ALTER TYPE "EventAction" ADD VALUE 'user.passwordReset';
ALTER TYPE "EventAction" ADD VALUE 'user.passwordChange';
ALTER TYPE "EventAction" ADD VALUE 'user.rename';

-- AlterTable
ALTER TABLE "users" ADD COLUMN "must_change_password" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "password_changed_at" TIMESTAMP(3);
