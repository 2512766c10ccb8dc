package org.studiopaths.exercise;

/** The two paths a learner tries: arranging loops (production) and balancing a mix (engineering). */
public enum Side {
    PRODUCTION("production"),
    ENGINEERING("engineering");

    private final String id;

    Side(String id) {
        this.id = id;
    }

    /** The name used in files and on the command line: {@code production} or {@code engineering}. */
    public String id() {
        return id;
    }

    public Side other() {
        return this == PRODUCTION ? ENGINEERING : PRODUCTION;
    }

    /**
     * The side with this id.
     *
     * @throws IllegalArgumentException with a one-line message naming the allowed ids
     */
    public static Side parse(String id) {
        for (Side s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("side is \"" + id + "\"; allowed \"production\" or \"engineering\"");
    }
}
