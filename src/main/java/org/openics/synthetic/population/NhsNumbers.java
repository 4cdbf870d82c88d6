package org.openics.synthetic.population;

import java.util.Arrays;
import org.openics.kernel.NhsNumber;

/**
 * Synthetic NHS numbers, the n-th person always getting the same one. The test range 999 000 0000 to
 * 999 999 9999 holds only 909,091 valid numbers, so a larger population continues into 998, 997 ...:
 * like 999 these lie outside the ranges issued to patients in England and Wales (400-499, 600-799).
 * Within a block the order is scrambled so that neighbours do not get consecutive numbers.
 */
public final class NhsNumbers {

    static final int FIRST_BLOCK = 999;
    private static final int BLOCK = 1_000_000;
    /** Prime, so coprime with 10^6: stepping by it visits every six-digit suffix once. */
    private static final long STRIDE = 7_919;

    /** The numbers handed out so far, all ten digits, check digit included. */
    private long[] numbers = new long[0];

    private int count;
    private int block = FIRST_BLOCK;
    private long step;

    /** The first nine digits of the n-th number (0-based), as a number. */
    public long firstNine(int n) {
        return tenDigits(n) / 10;
    }

    public String number(int n) {
        return Long.toString(tenDigits(n));
    }

    public NhsNumber nhsNumber(int n) {
        return new NhsNumber(number(n));
    }

    private synchronized long tenDigits(int n) {
        while (count <= n) {
            extend();
        }
        return numbers[n];
    }

    private void extend() {
        if (count == numbers.length) {
            numbers = Arrays.copyOf(numbers, Math.max(1024, numbers.length * 2));
        }
        while (true) {
            if (step == BLOCK) {
                step = 0;
                block--;
                if (block < 900) {
                    throw new IllegalStateException("more people than synthetic NHS numbers");
                }
            }
            long suffix = (step++ * STRIDE + 123_457) % BLOCK;
            long nine = (long) block * BLOCK + suffix;
            int check = NhsNumber.checkDigit(nine);
            if (check < 10) {
                numbers[count++] = nine * 10 + check;
                return;
            }
        }
    }
}
