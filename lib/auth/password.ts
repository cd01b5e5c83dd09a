import bcrypt from 'bcryptjs';

// bcryptjs: pure JavaScript (no native build on install), maintained, cost 10 ≈ 60 ms here.
const COST = 10;

export const hashPassword = (plain: string) => bcrypt.hash(plain, COST);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

// Compared against when the account does not exist, so a miss costs the same time as a hit
// and response timing does not reveal which emails have accounts.
export const DUMMY_HASH = '$2b$10$yG2ZZEJeunaxgB67E7ILbujOYGFRUC3gjFct.UG3dLabfNpcjbddm';
