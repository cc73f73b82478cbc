package com.cms.system;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Unique strings to put into personal fields, so that any copy left behind can be found in a dump. */
record Markers(String name, String email, String phone) {

    static Markers fresh() {
        String word = "Mrk" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
        String digits = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        return new Markers("Person " + word + "n", word + "e@example.com", "+" + digits);
    }

    String json() {
        return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"phone\":\"" + phone + "\"}";
    }

    /** The parts that must not survive: the whole values, and the unique word of the name. */
    List<String> all() {
        return List.of(name, email, phone, name.substring("Person ".length()));
    }
}
