package dev.corroborate.extract;

import java.util.regex.Pattern;

/** Currency amounts, which shopping widgets leave in a page and product lists name on every row. */
public final class Prices {
    /** A currency amount as a regex: "$92", "£1,199", "AU$2,199.99". */
    public static final String AMOUNT = "(?:[$£€]|US\\$|AU?\\$|CA?\\$)\\s?\\d[\\d,]*(?:\\.\\d{1,2})?";

    private static final Pattern ANY = Pattern.compile(AMOUNT);

    private Prices() {
    }

    /** True when {@code text} names a currency amount anywhere. */
    public static boolean named(CharSequence text) {
        return ANY.matcher(text).find();
    }
}
