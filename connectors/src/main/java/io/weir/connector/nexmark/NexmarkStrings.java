package io.weir.connector.nexmark;

import java.util.SplittableRandom;

/**
 * Pools of the strings Nexmark events carry, in the shapes of the benchmark's reference generator, made once from a
 * fixed seed so that every run (and every JVM) draws from the same pools. Picking a string is an array read: an event
 * allocates no string of its own.
 */
final class NexmarkStrings {
    static final String[] CITIES = {"Phoenix", "Los Angeles", "San Francisco", "Boise", "Portland", "Bend",
            "Redmond", "Seattle", "Kent", "Cheyenne"};
    static final String[] STATES = {"AZ", "CA", "ID", "OR", "WA", "WY"};
    static final String[] HOT_CHANNELS = {"Google", "Facebook", "Baidu", "Apple"};
    static final int CHANNEL_COUNT = 10_000;
    /** Size of the pools of random strings; a power of two. */
    static final int POOL_SIZE = 4096;
    /** Longest extra string: above every average size the generator asks for. */
    static final int MAX_EXTRA_LENGTH = 600;
    private static final int EXTRA_VARIANTS = 4;
    private static final String[] FIRST_NAMES = {"Peter", "Paul", "Luke", "John", "Saul", "Vicky", "Kate", "Julie",
            "Sarah", "Deiter", "Walter"};
    private static final String[] LAST_NAMES = {"Shultz", "Abrams", "Spencer", "White", "Bartels", "Walton", "Smith",
            "Jones", "Noris"};

    static final String[] NAMES;
    static final String[] EMAILS = new String[POOL_SIZE];
    static final String[] CREDIT_CARDS = new String[POOL_SIZE];
    static final String[] ITEM_NAMES = new String[POOL_SIZE];
    static final String[] DESCRIPTIONS = new String[POOL_SIZE];
    static final String[] HOT_URLS = new String[HOT_CHANNELS.length];
    static final String[] CHANNELS = new String[CHANNEL_COUNT];
    static final String[] CHANNEL_URLS = new String[CHANNEL_COUNT];
    private static final String[][] EXTRAS = new String[MAX_EXTRA_LENGTH + 1][EXTRA_VARIANTS];

    static {
        SplittableRandom random = new SplittableRandom(0x4E45584D41524BL);
        NAMES = new String[FIRST_NAMES.length * LAST_NAMES.length];
        for (int f = 0; f < FIRST_NAMES.length; f++) {
            for (int l = 0; l < LAST_NAMES.length; l++) {
                NAMES[f * LAST_NAMES.length + l] = FIRST_NAMES[f] + " " + LAST_NAMES[l];
            }
        }
        for (int i = 0; i < POOL_SIZE; i++) {
            EMAILS[i] = randomWord(random, 7, ' ') + "@" + randomWord(random, 5, ' ') + ".com";
            CREDIT_CARDS[i] = String.format("%04d %04d %04d %04d", random.nextInt(10_000), random.nextInt(10_000),
                    random.nextInt(10_000), random.nextInt(10_000));
            ITEM_NAMES[i] = randomWord(random, 20, ' ');
            DESCRIPTIONS[i] = randomWord(random, 100, ' ');
        }
        for (int i = 0; i < HOT_URLS.length; i++) {
            HOT_URLS[i] = baseUrl(random);
        }
        for (int i = 0; i < CHANNEL_COUNT; i++) {
            CHANNELS[i] = "channel-" + i;
            String url = baseUrl(random);
            // Most channels' urls carry the channel's id, so that a query can extract it (Nexmark q21).
            CHANNEL_URLS[i] = random.nextInt(10) > 0 ? url + "&channel_id=" + Math.abs(Integer.reverse(i)) : url;
        }
        char[] letters = new char[MAX_EXTRA_LENGTH * 8];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        String source = new String(letters);
        for (int length = 0; length <= MAX_EXTRA_LENGTH; length++) {
            for (int v = 0; v < EXTRA_VARIANTS; v++) {
                int start = random.nextInt(source.length() - length + 1);
                EXTRAS[length][v] = source.substring(start, start + length);
            }
        }
    }

    private NexmarkStrings() {
    }

    static String name(EventRandom random) {
        return NAMES[random.nextInt(NAMES.length)];
    }

    static String pick(String[] pool, EventRandom random) {
        return pool[random.nextInt(pool.length)];
    }

    /**
     * Padding that brings an event's size to about {@code averageSize} characters: its length is the missing size
     * give or take 20 %, uniformly, or nothing when the fields alone exceed the average.
     */
    static String extra(EventRandom random, int currentSize, int averageSize) {
        if (currentSize > averageSize) {
            return "";
        }
        int missing = averageSize - currentSize;
        int delta = (int) Math.round(missing * 0.2);
        int length = missing - delta + (delta == 0 ? 0 : random.nextInt(2 * delta));
        return EXTRAS[Math.min(length, MAX_EXTRA_LENGTH)][random.nextInt(EXTRA_VARIANTS)];
    }

    /** Three to {@code maxLength - 1} letters, about one in 13 replaced by {@code special}, trimmed. */
    private static String randomWord(SplittableRandom random, int maxLength, char special) {
        int length = 3 + random.nextInt(maxLength - 3);
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(random.nextInt(13) == 0 ? special : (char) ('a' + random.nextInt(26)));
        }
        return b.toString().trim();
    }

    private static String baseUrl(SplittableRandom random) {
        return "https://www.nexmark.com/" + randomWord(random, 5, '_') + '/' + randomWord(random, 5, '_') + '/'
                + randomWord(random, 5, '_') + "/item.htm?query=1";
    }
}
