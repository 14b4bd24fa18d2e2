// NHS numbers: ten digits whose last is a modulus 11 check digit, so a random ten-digit number is told apart from one.

/**
 * True when `digits` (exactly ten digits, no spaces) is a valid NHS number: the first nine
 * weighted 10 down to 2 and summed, 11 minus the sum modulo 11 is the tenth (11 counts as 0,
 * and 10 is never valid). See NHS Digital's data dictionary, "NHS NUMBER".
 *
 * @example isValidNhsNumber("9434765919") // true
 * @example isValidNhsNumber("9434765918") // false: the check digit should be 9
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
